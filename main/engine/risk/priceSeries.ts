/**
 * One price history: closes by date, oldest first, one close per date. `dates` are ISO
 * `YYYY-MM-DD` (daily) or `YYYY-MM` (monthly series such as gold's); closes may be zero or
 * negative (WTI spot closed at −36.98 on 2020-04-20). What the history readers
 * (`main/importers/history/`) produce and the risk engine reads.
 */
export interface PriceSeries {
  id: string;
  dates: readonly string[];
  closes: Float64Array;
}
