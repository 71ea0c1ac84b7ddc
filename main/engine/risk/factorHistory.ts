import { LINEAR, type ResolvedBook } from '../resolvedBook.ts';
import type { PriceSeries } from './priceSeries.ts';
import type { FactorColumns } from './scenariosFromMoves.ts';

/** The book's risk factors matched to price histories. */
export interface FactorHistory {
  /** The risk factors: `book.underlyingIds`. */
  ids: readonly string[];
  /** Per risk factor (`book.underlyingIds`): 1 when a counted position sits on it. */
  held: Uint8Array;
  /** Per risk factor: its price series (held factors found in the history). */
  price: (PriceSeries | undefined)[];
  /** Per risk factor: why its positions are left out (held factors not found in the history). */
  problem: (string | undefined)[];
  /** Per risk factor: the vol index moving its options' vols (mapped and found in the history). */
  vol: (PriceSeries | undefined)[];
  /** Per held factor with options whose vols stay unchanged: why. */
  volNotes: string[];
  /** Series moved by absolute price changes (`absoluteFactors`). */
  absoluteIds: Set<string>;
}

/**
 * Matches the risk factors the counted positions sit on (`account[p]` ≥ 0) to histories: the
 * price series is `series[factor]`, else the one named like the factor; the vol index is
 * `volIndex[factor]`. A held factor without a price series leaves its positions out; an
 * option's factor without a vol index (not mapped, or not in the history) keeps its vols, and
 * a note says so.
 */
export function factorHistory(
  book: ResolvedBook,
  account: Int32Array,
  history: readonly PriceSeries[],
  mapping: { series: Readonly<Record<string, string>>; volIndex: Readonly<Record<string, string>>; absoluteFactors: readonly string[] },
): FactorHistory {
  const factors = book.underlyingIds.length;
  const byId = new Map(history.map((s) => [s.id, s]));
  const held = new Uint8Array(factors);
  const hasOptions = new Uint8Array(factors);
  book.positions.instrument.forEach((row, p) => {
    if ((account[p] as number) < 0) return;
    const u = book.instruments.underlying[row] as number;
    held[u] = 1;
    if (book.instruments.model[row] !== LINEAR) hasOptions[u] = 1;
  });
  const price: (PriceSeries | undefined)[] = new Array(factors).fill(undefined);
  const problem: (string | undefined)[] = new Array(factors).fill(undefined);
  const vol: (PriceSeries | undefined)[] = new Array(factors).fill(undefined);
  const volNotes: string[] = [];
  const absoluteIds = new Set<string>();
  book.underlyingIds.forEach((factor, u) => {
    if (held[u] !== 1) return;
    const mapped = mapping.series[factor];
    const series = byId.get(mapped ?? factor);
    if (series === undefined) {
      problem[u] = mapped === undefined ? `no price history for "${factor}"` : `no price history "${mapped}" (mapped to "${factor}")`;
      return;
    }
    price[u] = series;
    if (mapping.absoluteFactors.includes(factor)) absoluteIds.add(series.id);
    if (hasOptions[u] !== 1) return;
    const index = mapping.volIndex[factor];
    const volSeries = index === undefined ? undefined : byId.get(index);
    if (volSeries !== undefined) vol[u] = volSeries;
    else volNotes.push(index === undefined ? `options on "${factor}" keep their vols: no vol index is mapped to it` : `options on "${factor}" keep their vols: the vol index "${index}" is not in the history`);
  });
  return { ids: book.underlyingIds, held, price, problem, vol, volNotes, absoluteIds };
}

/**
 * The columns a return matrix needs for a run: the price series of the factors that have one
 * (each series once, however many factors share it), then, with `vol`, their vol indices. With
 * `covering`, a series counts only when it spans the window (first date on or before `from`,
 * last on or after `to`); a factor whose price series does not is a problem for that window,
 * a vol index that does not leaves vols unchanged there (`notes`).
 */
export function historyColumns(
  history: FactorHistory,
  options: { vol: boolean; covering?: { from: string; to: string } },
): { series: PriceSeries[]; columns: FactorColumns; problem: (string | undefined)[]; notes: string[] } {
  const factors = history.price.length;
  const covering = options.covering;
  const covers = (s: PriceSeries) => covering === undefined || (s.dates.length > 0 && s.dates[0]! <= covering.from && s.dates[s.dates.length - 1]! >= covering.to);
  const series: PriceSeries[] = [];
  const columnOf = new Map<string, number>();
  const column = (s: PriceSeries): number => {
    let c = columnOf.get(s.id);
    if (c === undefined) {
      c = series.length;
      columnOf.set(s.id, c);
      series.push(s);
    }
    return c;
  };
  const price = new Int32Array(factors).fill(-1);
  const vol = new Int32Array(factors).fill(-1);
  const problem = [...history.problem];
  const notes: string[] = [];
  history.price.forEach((s, u) => {
    if (s === undefined) return;
    if (covers(s)) price[u] = column(s);
    else problem[u] = `the price history "${s.id}" does not span ${covering!.from}..${covering!.to}`;
  });
  if (options.vol) {
    history.vol.forEach((s, u) => {
      if (s === undefined || price[u]! < 0) return;
      if (covers(s)) vol[u] = column(s);
      else notes.push(`${covering!.from}..${covering!.to}: options on "${history.ids[u]!}" keep their vols: the vol index "${s.id}" does not span the window`);
    });
  }
  return { series, columns: { price, vol }, problem, notes };
}
