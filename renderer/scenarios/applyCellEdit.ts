import { parseNumberInput } from '../../shared/parseNumberInput.ts';
import { emptyShock, priceTypes, volTypes, type ScenarioRow, type ShockCells } from './scenarioRows.ts';

/** A grid column of the scenario editor: a scenario field, or one part of shock slot `k` (`s0.priceValue`). */
export type ScenarioField = 'id' | 'name' | 'daysForward' | `s${number}.${keyof ShockCells}`;

export type CellEdit = { ok: true; row: ScenarioRow } | { ok: false; message: string };

const labels: Record<keyof ShockCells, string> = { target: 'Target', priceType: 'Price type', priceValue: 'Price move', volType: 'Vol type', volValue: 'Vol move' };

/** Shock values as the grid shows them: relative moves in percent (−0.3 → −30), the rest as stored. */
export function displayedValue(type: string, value: number | null): number | null {
  if (value === null) return null;
  return type === 'relative' ? Number((value * 100).toPrecision(12)) : value;
}

/**
 * Applies one typed cell value to a row, or refuses it with the reason. Relative moves are
 * typed in percent ("-25" or "-25%"); a move typed into an empty slot targets every underlying
 * and defaults to a relative move; clearing a target removes the shock.
 */
export function applyCellEdit(rows: readonly ScenarioRow[], row: ScenarioRow, field: ScenarioField, raw: unknown): CellEdit {
  const text = typeof raw === 'string' ? raw.trim() : raw === null || raw === undefined ? '' : String(raw);
  if (field === 'id') {
    if (text === '') return { ok: false, message: 'Id: a scenario needs an id' };
    if (rows.some((r) => r.key !== row.key && r.id === text)) return { ok: false, message: `Id: "${text}" is already the id of another scenario` };
    return { ok: true, row: { ...row, id: text } };
  }
  if (field === 'name') return text === '' ? { ok: false, message: 'Name: a scenario needs a name' } : { ok: true, row: { ...row, name: text } };
  if (field === 'daysForward') {
    const n = parseNumberInput(text, 'Days forward');
    if (!n.ok) return n;
    if (n.value < 0 || n.value > 3660) return { ok: false, message: `Days forward: expected 0 to 3660 days, not ${n.value}` };
    return { ok: true, row: { ...row, daysForward: n.value } };
  }
  const [slotText, part] = field.split('.') as [string, keyof ShockCells];
  const slot = Number(slotText.slice(1));
  const shocks = Array.from({ length: Math.max(row.shocks.length, slot + 1) }, (_, k) => row.shocks[k] ?? emptyShock);
  const before = shocks[slot]!;
  const next = (change: Partial<ShockCells>): CellEdit => {
    const shock = { ...before, ...change };
    if (shock.target === '' && (change.priceType || change.priceValue !== undefined || change.volType || change.volValue !== undefined)) shock.target = 'all';
    shocks[slot] = shock.target === '' ? emptyShock : shock;
    while (shocks.length > 0 && shocks[shocks.length - 1]!.target === '') shocks.pop();
    return { ok: true, row: { ...row, shocks } };
  };
  switch (part) {
    case 'target':
      if (text.startsWith('group:') && text.slice(6).trim() === '') return { ok: false, message: 'Target: name the group after "group:"' };
      return next({ target: text });
    case 'priceType':
      if (!(priceTypes as readonly string[]).includes(text)) return { ok: false, message: `Price type: expected relative, absolute or set, not "${text}"` };
      return next(text === '' ? { priceType: '', priceValue: null } : { priceType: text as ShockCells['priceType'], priceValue: before.priceValue ?? 0 });
    case 'volType':
      if (!(volTypes as readonly string[]).includes(text)) return { ok: false, message: `Vol type: expected points or relative, not "${text}"` };
      return next(text === '' ? { volType: '', volValue: null } : { volType: text as ShockCells['volType'], volValue: before.volValue ?? 0 });
    case 'priceValue':
    case 'volValue': {
      const typeKey = part === 'priceValue' ? 'priceType' : 'volType';
      const n = parseNumberInput(text.replace(/\s*(%|pts?)$/i, ''), labels[part]);
      if (!n.ok) return n;
      const type = before[typeKey] || 'relative';
      if (type === 'set' && n.value <= 0) return { ok: false, message: `${labels[part]}: a price can only be set to a positive level, not ${n.value}` };
      const value = type === 'relative' ? n.value / 100 : n.value;
      if (type === 'relative' && value < -1) return { ok: false, message: `${labels[part]}: cannot fall by more than 100% (${n.value}%)` };
      return next({ [typeKey]: type, [part]: value });
    }
  }
}
