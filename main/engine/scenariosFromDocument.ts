import type { ScenarioSet as ScenarioSetDocument } from '../../shared/scenarioSet.ts';
import type { ResolvedBook } from './resolvedBook.ts';
import { createScenarioSet, type ScenarioSet } from './scenarioSet.ts';

/**
 * Turns a saved scenario set (`scanline.scenarios/1`) into per-risk-factor numbers for
 * `revalueInstruments`. Shocks apply in order; a later shock on the same underlying replaces
 * the earlier one's price or vol move. Targets: `all`, one `underlying` (a risk factor id), or
 * a `group` named in `groups` (group → underlying ids). Price `set` becomes the relative move
 * from the risk factor's current level; vol `points` are vol points (5 → +0.05).
 * Returns warnings for targets the book does not hold (not an error: a library set is shared
 * across books).
 */
export function scenariosFromDocument(document: ScenarioSetDocument, book: ResolvedBook, groups: Readonly<Record<string, readonly string[]>> = {}): { scenarios: ScenarioSet; warnings: string[] } {
  const factors = book.underlyingIds;
  const index = new Map(factors.map((id, i) => [id, i]));
  const levels = rootLevels(book);
  const scenarios = createScenarioSet(document.scenarios.length, factors.length);
  const warnings = new Set<string>();
  document.scenarios.forEach((scenario, s) => {
    scenarios.daysForward[s] = scenario.daysForward;
    for (const shock of scenario.shocks) {
      const targets =
        'all' in shock.target ? factors.map((_, i) => i) : 'underlying' in shock.target ? [index.get(shock.target.underlying)] : (groups[shock.target.group] ?? []).map((id) => index.get(id));
      if ('group' in shock.target && !groups[shock.target.group]) warnings.add(`scenario "${scenario.id}": no group "${shock.target.group}"`);
      for (const u of targets) {
        if (u === undefined) {
          if ('underlying' in shock.target) warnings.add(`scenario "${scenario.id}": the book holds nothing on "${shock.target.underlying}"`);
          continue;
        }
        const cell = s * factors.length + u;
        if (shock.price) {
          scenarios.priceRelative[cell] = 0;
          scenarios.priceAbsolute[cell] = 0;
          if (shock.price.type === 'relative') scenarios.priceRelative[cell] = shock.price.value;
          else if (shock.price.type === 'absolute') scenarios.priceAbsolute[cell] = shock.price.value;
          else {
            const level = levels[u]!;
            if (Number.isFinite(level) && level !== 0) scenarios.priceRelative[cell] = shock.price.value / level - 1;
            else warnings.add(`scenario "${scenario.id}": "${factors[u]}" has no price to set from`);
          }
        }
        if (shock.vol) {
          scenarios.volRelative[cell] = shock.vol.type === 'relative' ? shock.vol.value : 0;
          scenarios.volAbsolute[cell] = shock.vol.type === 'points' ? shock.vol.value / 100 : 0;
        }
      }
    }
  });
  return { scenarios, warnings: [...warnings] };
}

/** The current price of each risk factor: its own row's level where the factor is an instrument. */
function rootLevels(book: ResolvedBook): Float64Array {
  const levels = new Float64Array(book.underlyingIds.length).fill(Number.NaN);
  const rowOf = new Map(book.instruments.id.map((id, row) => [id, row]));
  book.underlyingIds.forEach((id, u) => {
    const row = rowOf.get(id);
    if (row !== undefined) levels[u] = book.instruments.level[row]!;
  });
  return levels;
}
