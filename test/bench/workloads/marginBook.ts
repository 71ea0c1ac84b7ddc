import { computeMargin } from '../../../main/engine/margin/computeMargin.ts';
import { readRuleSetFile } from '../../../main/services/readRuleSetFile.ts';
import { marginMethodIds } from '../../../shared/marginResult.ts';
import type { Instrument } from '../../../shared/instrument.ts';
import { portfolioFormat, type PortfolioDocument, type Position } from '../../../shared/portfolioDocument.ts';
import type { RuleSetDocument } from '../../../shared/rules/ruleSetDocument.ts';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { BenchWorkload } from '../benchWorkload.ts';

const asOf = '2024-03-15';
const targetMs = 250;
const rulesDir = join(import.meta.dirname, '..', '..', '..', 'resources', 'rules');

/**
 * A 10,000-position mixed book margined under every method with the shipped rule sets:
 * equity and index options with their stock (EQUITY), futures and options on futures on ES, NQ,
 * CL, GC, SI (FUTURES), BTC and ETH futures and options (CRYPTO). Each method runs on the whole
 * book (positions outside its scope are excluded with a reason, as in the app's comparison).
 * Wall time per method from the document: resolve, value, combine; median of 3 after a warm-up.
 */
export const workload: BenchWorkload = {
  id: 'marginBook',
  description: '10,000-position mixed book (equity/index options, futures and options on futures, BTC/ETH) under every margin method',
  async run() {
    const doc = mixedBook();
    const rules = new Map<string, RuleSetDocument>();
    for (const file of readdirSync(rulesDir).filter((f) => f.endsWith('.json')).sort()) {
      const r = readRuleSetFile(join(rulesDir, file));
      if (!rules.has(r.method)) rules.set(r.method, r);
    }
    const figures: Record<string, number | boolean | string> = { positions: doc.positions.length, instruments: doc.instruments.length, targetMs };
    let slowest = 0;
    for (const method of marginMethodIds) {
      const r = rules.get(method);
      if (!r) continue;
      const times: number[] = [];
      try {
        for (let i = 0; i < 4; i++) {
          const t0 = performance.now();
          computeMargin(doc, method, r, 1);
          if (i > 0) times.push(performance.now() - t0);
        }
      } catch (error) {
        figures[`${method}Failed`] = true;
        console.error(`${method}: ${(error as Error).message}`);
        slowest = Number.POSITIVE_INFINITY;
        continue;
      }
      const ms = times.sort((a, b) => a - b)[1]!;
      figures[`${method}Ms`] = Math.round(ms * 10) / 10;
      slowest = Math.max(slowest, ms);
    }
    figures.slowestMs = Math.round(slowest * 10) / 10;
    figures.meetsTarget = slowest < targetMs;
    return figures;
  },
};

function mixedBook(): PortfolioDocument {
  const instruments: Instrument[] = [];
  const positions: Position[] = [];
  let seed = 7;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const hold = (account: string, instrument: string) => positions.push({ account, instrument, quantity: Math.round((random() - 0.5) * 40) || 1 });
  const optionChain = (account: string, underlying: string, spot: number, expiries: string[], strikes: number, multiplier: number, extra: Partial<Instrument> = {}) => {
    for (const expiry of expiries) {
      for (let k = 0; k < strikes; k++) {
        const strike = Math.round(spot * (0.7 + (0.6 * k) / strikes));
        for (const right of ['call', 'put'] as const) {
          const id = `${underlying} ${expiry} ${right[0]!.toUpperCase()}${strike}`;
          instruments.push({ id, kind: 'option', underlying, right, strike, expiry, multiplier, vol: 0.2 + 0.1 * random(), ...extra });
          hold(extra.settlement === 'inverse' ? 'CRYPTO' : account, id);
        }
      }
    }
  };
  // Equity and index options: 40 underlyings × 3 expiries × 24 strikes × 2, plus the stock: 5,799 positions.
  const equityExpiries = ['2024-04-19', '2024-06-21', '2024-09-20'];
  for (let u = 0; u < 40; u++) {
    const id = u === 0 ? 'SPX' : u === 1 ? 'SPY' : `STK${u}`;
    const price = u === 0 ? 5117 : 50 + 10 * u;
    instruments.push({ id, kind: u === 0 ? 'index' : u === 1 ? 'etf' : 'equity', class: u < 2 ? 'broadIndex' : 'equity', price, dividendYield: 0.01 });
    if (u > 0) hold('EQUITY', id);
    optionChain('EQUITY', id, price, equityExpiries, 24, 100);
  }
  // Futures and options on futures: 5 roots × 4 expiries × (1 future + 50 strikes × 2): 2,020 positions.
  const roots: [string, string, number, number][] = [
    ['ES', 'SPX', 5175, 50],
    ['NQ', 'NDX', 18240, 20],
    ['CL', 'WTI', 81, 1000],
    ['GC', 'GOLD', 2161, 100],
    ['SI', 'SILVER', 25, 5000],
  ];
  const futureExpiries = ['2024-06-21', '2024-09-20', '2024-12-20', '2025-03-21'];
  for (const [root, index, price, multiplier] of roots) {
    futureExpiries.forEach((expiry, e) => {
      const id = `${root}${e}`;
      instruments.push({ id, kind: 'future', underlying: index, expiry, multiplier, price: price * (1 + 0.01 * e) });
      hold('FUTURES', id);
      optionChain('FUTURES', id, price, [expiry], 50, multiplier);
    });
  }
  // Crypto: BTC and ETH, 4 expiries × (1 inverse future + 150 strikes × 2 coin-settled options): 2,408 positions.
  for (const [coin, price] of [['BTC', 68390], ['ETH', 3735]] as const) {
    instruments.push({ id: coin, kind: 'spot', price });
    futureExpiries.forEach((expiry, e) => {
      const id = `${coin}-F${e}`;
      instruments.push({ id, kind: 'future', underlying: coin, expiry, multiplier: 1, price: price * (1 + 0.02 * e), settlement: 'inverse' });
      hold('CRYPTO', id);
      optionChain('CRYPTO', id, price, [expiry], 150, 1, { settlement: 'inverse' });
    });
  }
  return {
    format: portfolioFormat,
    asOf,
    baseCurrency: 'USD',
    accounts: ['EQUITY', 'FUTURES', 'CRYPTO'].map((id) => ({ id, currency: 'USD', equity: 10_000_000 })),
    instruments,
    market: { rates: { USD: 0.053, BTC: 0, ETH: 0 } },
    positions,
  };
}
