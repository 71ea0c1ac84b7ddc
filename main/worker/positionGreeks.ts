import type { PortfolioDocument } from '../../shared/portfolioDocument.ts';
import type { PositionGreeks } from '../../shared/positionAnalytics.ts';
import { priceInstruments } from '../engine/priceInstruments.ts';
import { resolveBook } from '../engine/resolveBook.ts';
import { LINEAR } from '../engine/resolvedBook.ts';
import { DELTA, GAMMA, PRICE, THETA, VEGA, valuationFieldCount } from '../engine/valuationFields.ts';

/**
 * Each position's value and greeks (`priceInstruments` per unit × quantity × multiplier), in
 * the order of `doc.positions`, with the reason where it could not be valued.
 */
export function positionGreeks(doc: PortfolioDocument): PositionGreeks[] {
  const book = resolveBook(doc);
  const values = priceInstruments(book);
  const valued = new Map<number, number>();
  book.positions.source.forEach((source, k) => valued.set(source, k));
  const notValued = new Map(book.excludedPositions.map((e) => [e.position, e.reason]));
  return doc.positions.map((_, source): PositionGreeks => {
    const k = valued.get(source);
    if (k === undefined) return { value: null, delta: null, gamma: null, vega: null, theta: null, vol: null, volImplied: false, notValued: notValued.get(source) ?? 'not valued' };
    const row = book.positions.instrument[k]!;
    const size = book.positions.quantity[k]! * book.instruments.multiplier[row]!;
    const at = (field: number) => values[row * valuationFieldCount + field]! * size;
    const option = book.instruments.model[row] !== LINEAR;
    return {
      value: at(PRICE),
      delta: at(DELTA),
      gamma: at(GAMMA),
      vega: at(VEGA),
      theta: at(THETA),
      vol: option ? book.instruments.vol[row]! : null,
      volImplied: option && book.instruments.volImplied[row] === 1,
      notValued: null,
    };
  });
}
