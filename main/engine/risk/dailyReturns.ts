import type { PriceSeries } from './priceSeries.ts';
import type { ReturnMatrix } from './returnMatrix.ts';

/** Which moves to keep, by the date each one ends on. */
export interface ReturnRange {
  /** Last end date kept (the valuation date, or a stress window's end). */
  to: string;
  /** First end date kept; absent: from the start of the common history. */
  from?: string;
  /** Keep only the last `last` moves of the range. */
  last?: number;
}

/**
 * Aligns series on the dates they all have (the intersection: a BTC series that trades on
 * weekends and an S&P series that does not give weekday rows, BTC's Friday-to-Monday move in
 * one row) and returns one row per move between consecutive common dates, for the moves
 * ending in `range`.
 *
 * Returns are relative, P_t / P_{t−1} − 1, except for series in `absoluteIds` and for any
 * series with a close ≤ 0 on the dates the kept moves read (their base close included): those
 * are absolute, P_t − P_{t−1}, because a relative move from or to a price at or below zero is
 * meaningless (WTI spot went from 18.31 to −36.98 on 2020-04-20: −55.29 is the move to apply).
 */
export function dailyReturns(series: readonly PriceSeries[], range: ReturnRange, absoluteIds: ReadonlySet<string> = new Set()): ReturnMatrix {
  const width = series.length;
  const common = commonDates(series, range.to);
  let first = 1;
  if (range.from !== undefined) while (first < common.length && common[first]! < range.from) first++;
  if (range.last !== undefined) first = Math.max(first, common.length - range.last);
  const rows = Math.max(0, common.length - first);
  const dates = common.slice(first);
  const moves = new Float64Array(rows * width);
  const absolute = new Uint8Array(width);
  series.forEach((s, column) => {
    const closes = closesOn(s, common);
    let nonPositive = false;
    for (let k = first - 1; k < common.length && rows > 0; k++) if (!((closes[k] as number) > 0)) nonPositive = true;
    const isAbsolute = nonPositive || absoluteIds.has(s.id);
    absolute[column] = isAbsolute ? 1 : 0;
    for (let row = 0; row < rows; row++) {
      const now = closes[first + row] as number;
      const before = closes[first + row - 1] as number;
      moves[row * width + column] = isAbsolute ? now - before : now / before - 1;
    }
  });
  return { ids: series.map((s) => s.id), absolute, dates, moves };
}

/** Dates on or before `to` that every series has, oldest first. */
function commonDates(series: readonly PriceSeries[], to: string): string[] {
  if (series.length === 0) return [];
  let common = series[0]!.dates.filter((d) => d <= to);
  for (const s of series.slice(1)) {
    const next: string[] = [];
    let j = 0;
    for (const date of common) {
      while (j < s.dates.length && s.dates[j]! < date) j++;
      if (j < s.dates.length && s.dates[j] === date) next.push(date);
    }
    common = next;
  }
  return common;
}

/** The series' closes on `dates` (a subset of its own, both oldest first). */
function closesOn(s: PriceSeries, dates: readonly string[]): Float64Array {
  const out = new Float64Array(dates.length);
  let j = 0;
  dates.forEach((date, k) => {
    while (s.dates[j] !== date) j++;
    out[k] = s.closes[j] as number;
  });
  return out;
}
