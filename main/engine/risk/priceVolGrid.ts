import { scenariosFormat } from '../../../shared/scenarioSet.ts';
import type { ScenarioDocument, ScenarioSetDocument } from './scenarioSetDocument.ts';

/**
 * The price × vol grid the desk reads first (`../shared/spec/methodologies.md` §6): every
 * underlying moves by each relative price move, combined with each relative vol move, prices in
 * the outer order. Ids `px<price %>_vol<vol %>` ("px-30_vol-50", "px0_vol100"); the default
 * steps reproduce `resources/scenarios/price-vol-grid.json` (−30..+30% × −50..+100% vol).
 */
export function priceVolGrid(priceMoves: readonly number[] = [-0.3, -0.15, 0, 0.15, 0.3], volMoves: readonly number[] = [-0.5, 0, 0.5, 1]): ScenarioSetDocument {
  if (priceMoves.length === 0 || volMoves.length === 0) throw new RangeError('a price × vol grid needs at least one price move and one vol move');
  const scenarios: ScenarioDocument[] = [];
  for (const price of priceMoves) {
    for (const vol of volMoves) {
      scenarios.push({
        id: `px${percent(price)}_vol${percent(vol)}`,
        name: `Prices ${signed(price)}%, vol ${signed(vol)}%`,
        shocks: [{ target: { all: true }, price: { type: 'relative', value: price }, vol: { type: 'relative', value: vol } }],
      });
    }
  }
  const range = (moves: readonly number[]) => `${typographic(Math.min(...moves))}%..${typographic(Math.max(...moves))}%`;
  return {
    format: scenariosFormat,
    id: 'price-vol-grid',
    name: 'Price × vol grid',
    description: `${range(priceMoves)} prices × ${range(volMoves)} vol, relative.`,
    scenarios,
  };
}

function percent(move: number): string {
  return String(Math.round(move * 100));
}

function signed(move: number): string {
  return move >= 0 ? `+${percent(move)}` : percent(move);
}

/** "−30" and "+100", with a true minus sign, as the description reads. */
function typographic(move: number): string {
  return move < 0 ? `−${percent(-move)}` : `+${percent(move)}`;
}
