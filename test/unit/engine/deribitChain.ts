import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { kitDataDir } from './kitData.ts';

/** One row of the Deribit BTC option chain snapshot of 2020-05-14 (SOURCES.md, options_chains/). */
export interface DeribitOption {
  name: string;
  isCall: boolean;
  strike: number;
  /** underlying_price: the expiry's forward (USD). */
  forward: number;
  /** (expiration_timestamp − timestamp) / 365 days. */
  years: number;
  /** mark_iv / 100. */
  vol: number;
  /** mark_price, in BTC. */
  mark: number;
  greeks: { delta: number; gamma: number; vega: number; theta: number; rho: number };
}

export function readDeribitChain(): DeribitOption[] {
  const file = path.join(kitDataDir, 'options_chains/deribit_btc_option_chain_2020-05-14.csv');
  const rows = parse(readFileSync(file, 'utf8'), { columns: true }) as Record<string, string>[];
  return rows.map((row) => ({
    name: String(row.instrument_name),
    isCall: row.option_type === 'call',
    strike: Number(row.strike),
    forward: Number(row.underlying_price),
    years: (Number(row.expiration_timestamp) - Number(row.timestamp)) / 86_400_000 / 365,
    vol: Number(row.mark_iv) / 100,
    mark: Number(row.mark_price),
    greeks: JSON.parse(String(row.greeks).replaceAll("'", '"')) as DeribitOption['greeks'],
  }));
}
