import type { Scenario, ScenarioSet } from '../../shared/scenarioSet.ts';

export const priceTypes = ['', 'relative', 'absolute', 'set'] as const;
export const volTypes = ['', 'points', 'relative'] as const;
export type PriceType = (typeof priceTypes)[number];
export type VolType = (typeof volTypes)[number];

/** One shock as grid cells; `target` is "all", an underlying id, or "group:<name>" ("" = no shock). */
export interface ShockCells {
  target: string;
  priceType: PriceType;
  priceValue: number | null;
  volType: VolType;
  volValue: number | null;
}

/** One scenario as a grid row; `key` stays fixed while the id is edited. */
export interface ScenarioRow {
  key: string;
  id: string;
  name: string;
  daysForward: number;
  shocks: ShockCells[];
}

export const emptyShock: ShockCells = { target: '', priceType: '', priceValue: null, volType: '', volValue: null };

export function formatTarget(target: Scenario['shocks'][number]['target']): string {
  return 'all' in target ? 'all' : 'underlying' in target ? target.underlying : `group:${target.group}`;
}

export function parseTarget(text: string): Scenario['shocks'][number]['target'] {
  const t = text.trim();
  if (t.toLowerCase() === 'all') return { all: true };
  if (t.startsWith('group:')) return { group: t.slice('group:'.length).trim() };
  return { underlying: t };
}

export function toRows(document: ScenarioSet): ScenarioRow[] {
  return document.scenarios.map((s, i) => ({
    key: `r${i}`,
    id: s.id,
    name: s.name,
    daysForward: s.daysForward,
    shocks: s.shocks.map((shock) => ({
      target: formatTarget(shock.target),
      priceType: shock.price?.type ?? '',
      priceValue: shock.price?.value ?? null,
      volType: shock.vol?.type ?? '',
      volValue: shock.vol?.value ?? null,
    })),
  }));
}

/** The document the rows describe, unvalidated (Save checks it with `validateScenarioSet`); shocks without a target are left out. */
export function toDocument(header: Pick<ScenarioSet, 'id' | 'name' | 'description'>, rows: readonly ScenarioRow[]): unknown {
  return {
    format: 'scanline.scenarios/1',
    id: header.id,
    name: header.name,
    ...(header.description ? { description: header.description } : {}),
    scenarios: rows.map((r) => ({
      id: r.id,
      name: r.name,
      daysForward: r.daysForward,
      shocks: r.shocks
        .filter((s) => s.target.trim() !== '')
        .map((s) => ({
          target: parseTarget(s.target),
          ...(s.priceType ? { price: { type: s.priceType, value: s.priceValue } } : {}),
          ...(s.volType ? { vol: { type: s.volType, value: s.volValue } } : {}),
        })),
    })),
  };
}

/** A row for a new scenario: a free id, and one shock on every underlying with no move yet. */
export function newScenarioRow(rows: readonly ScenarioRow[]): ScenarioRow {
  let n = rows.length + 1;
  while (rows.some((r) => r.id === `s${n}`)) n++;
  return { key: crypto.randomUUID(), id: `s${n}`, name: `Scenario ${n}`, daysForward: 0, shocks: [{ ...emptyShock, target: 'all', priceType: 'relative', priceValue: 0 }] };
}
