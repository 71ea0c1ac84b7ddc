import { describe, expect, it } from 'vitest';
import { black76 } from '../../../main/engine/black76.ts';
import { AMERICAN, EUROPEAN, LINEAR, type ResolvedBook } from '../../../main/engine/resolvedBook.ts';
import { resolveBook, type BookInput } from '../../../main/engine/resolveBook.ts';
import { PRICE } from '../../../main/engine/valuationFields.ts';
import type { Instrument } from '../../../shared/instrument.ts';
import { parsePortfolioDocument } from '../../../shared/portfolioDocument.ts';
import { specExample } from '../../fixtures/portfolios/specExample.ts';

const rowOf = (book: ResolvedBook, id: string) => book.instruments.id.indexOf(id);
const reasonOf = (book: ResolvedBook, id: string) => book.excludedInstruments.find((e) => e.instrument === id)?.reason;
const book = (instruments: Instrument[], extra: Partial<BookInput> = {}) =>
  resolveBook({ asOf: '2024-03-15', instruments, positions: [], market: { rates: { USD: 0.05 } }, ...extra });

describe('resolveBook', () => {
  it('resolves the spec’s example document completely', () => {
    const parsed = parsePortfolioDocument(specExample);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
    const resolved = resolveBook(parsed.value);
    const t = resolved.instruments;
    expect(resolved.excludedInstruments).toEqual([]);
    expect(resolved.excludedPositions).toEqual([]);
    expect(new Set(resolved.underlyingIds)).toEqual(new Set(['SPX', 'AAPL', 'BTC']));
    const aapl = rowOf(resolved, 'AAPL 240621C00180000');
    expect(t.model[aapl]).toBe(AMERICAN); // dividend yield 0.55% > 0: early exercise can pay
    expect(t.level[aapl]).toBe(172.62);
    expect(t.expiry[aapl]).toBe(98 / 365);
    expect(t.rate[aapl]).toBe(0.053);
    expect(t.carry[aapl]).toBeCloseTo(0.053 - 0.0055, 15);
    expect(t.multiplier[aapl]).toBe(100);
    expect(resolved.underlyingIds[t.underlying[aapl] as number]).toBe('AAPL');
    const btc = rowOf(resolved, 'BTC-28JUN24-80000-C');
    expect([t.model[btc], t.inverse[btc], t.onFuture[btc], t.currency[btc], t.rate[btc], t.carry[btc]]).toEqual([EUROPEAN, 1, 1, 'BTC', 0, 0]);
    expect(resolved.underlyingIds[t.underlying[btc] as number]).toBe('BTC');
    const es = rowOf(resolved, 'ESM4');
    expect([t.model[es], t.level[es], t.group[es], t.node[es]]).toEqual([LINEAR, 5175.25, -1, -1]);
    expect(resolved.underlyingIds[t.underlying[es] as number]).toBe('SPX');
    expect(resolved.positions.account).toEqual(['DESK-A', 'DESK-A']);
    expect(Array.from(resolved.positions.quantity)).toEqual([-20, 2000]);
    expect(Array.from(resolved.positions.instrument)).toEqual([aapl, rowOf(resolved, 'AAPL')]);
    expect(Array.from(resolved.positions.source)).toEqual([0, 1]);
  });

  it('excludes what cannot be valued, with the reason, and keeps the rest', () => {
    const option = (id: string, fields: Partial<Instrument>): Instrument => ({ id, kind: 'option', underlying: 'XYZ', right: 'call', strike: 100, expiry: '2024-06-21', vol: 0.3, ...fields });
    const instruments: Instrument[] = [
      { id: 'XYZ', kind: 'equity', price: 100 },
      { id: 'NOPX', kind: 'equity' },
      { id: 'CLK0', kind: 'future', expiry: '2024-05-19', price: -37.63, multiplier: 1000 },
      { id: 'OLD', kind: 'future', expiry: '2024-03-14', price: 10 },
      { id: 'INV', kind: 'future', expiry: '2024-06-28', price: -1, settlement: 'inverse' },
      { id: 'LOOP1', kind: 'future', underlying: 'LOOP2', expiry: '2024-06-28', price: 1 },
      { id: 'LOOP2', kind: 'future', underlying: 'LOOP1', expiry: '2024-06-28', price: 1 },
      option('NO-VOL', { vol: undefined }),
      option('ON-UNPRICED', { underlying: 'NOPX' }),
      option('EXPIRED', { expiry: '2024-03-14' }),
      option('ON-NEGATIVE', { underlying: 'CLK0', strike: 20 }),
      option('NO-RATE', { currency: 'EUR' }),
      option('BELOW-INTRINSIC', { vol: undefined, strike: 50, price: 40 }),
      option('ON-OPTION', { underlying: 'NO-VOL' }),
      option('ZERO-STRIKE', { strike: 0 }),
      option('GOOD', {}),
    ];
    const resolved = resolveBook({
      asOf: '2024-03-15',
      instruments,
      positions: [
        { account: 'A', instrument: 'GOOD', quantity: 1 },
        { account: 'B', instrument: 'NO-VOL', quantity: -3 },
        { account: 'A', instrument: 'CLK0', quantity: 2 },
        { account: 'B', instrument: 'GHOST', quantity: 1 },
      ],
      market: { rates: { USD: 0.05 } },
    });
    expect(reasonOf(resolved, 'NOPX')).toBe('no price');
    expect(reasonOf(resolved, 'OLD')).toBe('expired on 2024-03-14 (asOf 2024-03-15)');
    expect(reasonOf(resolved, 'INV')).toMatch(/inverse .* needs a positive price/);
    expect(reasonOf(resolved, 'LOOP1')).toMatch(/loops back/);
    expect(reasonOf(resolved, 'NO-VOL')).toBe('neither vol nor price: give one to value this option');
    expect(reasonOf(resolved, 'ON-UNPRICED')).toBe('underlying "NOPX" is not valued: no price');
    expect(reasonOf(resolved, 'EXPIRED')).toBe('expired on 2024-03-14 (asOf 2024-03-15)');
    expect(reasonOf(resolved, 'ON-NEGATIVE')).toMatch(/price -37.63 is not positive: lognormal models .* no normal \(Bachelier\) model/);
    expect(reasonOf(resolved, 'NO-RATE')).toBe('no discount rate for "EUR": add market.rates.EUR');
    expect(reasonOf(resolved, 'BELOW-INTRINSIC')).toMatch(/none implied from price 40: price 40 is below the intrinsic value/);
    expect(reasonOf(resolved, 'ON-OPTION')).toMatch(/options on options are not supported/);
    expect(reasonOf(resolved, 'ZERO-STRIKE')).toMatch(/strike 0 is not positive/);
    // WTI at −37.63 (2020-04-20): the future itself is valued as it is.
    expect(resolved.instruments.level[rowOf(resolved, 'CLK0')]).toBe(-37.63);
    expect(new Set(resolved.instruments.id)).toEqual(new Set(['XYZ', 'CLK0', 'GOOD']));
    expect(resolved.excludedPositions).toEqual([
      { position: 1, account: 'B', instrument: 'NO-VOL', reason: 'neither vol nor price: give one to value this option' },
      { position: 3, account: 'B', instrument: 'GHOST', reason: 'unknown instrument "GHOST"' },
    ]);
    expect(resolved.positions.account).toEqual(['A', 'A']);
  });

  it('implies a vol from the price (in the coin for inverse options)', () => {
    const F = 9352.58;
    const usd = black76(false, F, 9250, 0.0222, 0, 0.7687)[PRICE] as number;
    const resolved = book(
      [
        { id: 'BTC-22MAY20', kind: 'future', expiry: '2020-05-22', price: F, currency: 'BTC' },
        { id: 'P', kind: 'option', underlying: 'BTC-22MAY20', right: 'put', strike: 9250, expiry: '2020-05-22', settlement: 'inverse', price: usd / F },
      ],
      { asOf: '2020-05-14', market: { rates: { BTC: 0 } } },
    );
    const row = rowOf(resolved, 'P');
    expect(resolved.instruments.volImplied[row]).toBe(1);
    expect(resolved.instruments.currency[row]).toBe('BTC');
    // T is 8/365 here (dates, not timestamps), so the vol differs from 0.7687; reprice instead (1e-10).
    const repriced = black76(false, F, 9250, 8 / 365, 0, resolved.instruments.vol[row] as number)[PRICE] as number;
    expect(Math.abs(repriced - usd)).toBeLessThan(1e-10 * F);
  });

  it('prices an option expiring today at its exercise value, without a vol', () => {
    const resolved = book([
      { id: 'XYZ', kind: 'equity', price: 100 },
      { id: 'C', kind: 'option', underlying: 'XYZ', right: 'call', strike: 90, expiry: '2024-03-15', price: 10 },
    ]);
    const row = rowOf(resolved, 'C');
    expect([resolved.instruments.expiry[row], resolved.instruments.vol[row], resolved.instruments.model[row]]).toEqual([0, 0, EUROPEAN]);
  });

  it('uses the European model where early exercise never pays', () => {
    const resolved = book(
      [
        { id: 'XYZ', kind: 'equity', price: 100 },
        { id: 'F', kind: 'future', expiry: '2024-09-20', price: 100 },
        { id: 'C', kind: 'option', underlying: 'XYZ', right: 'call', strike: 100, expiry: '2024-06-21', vol: 0.3, exercise: 'american' },
        { id: 'P', kind: 'option', underlying: 'XYZ', right: 'put', strike: 100, expiry: '2024-06-21', vol: 0.3, exercise: 'american' },
        { id: 'FC', kind: 'option', underlying: 'F', right: 'call', strike: 100, expiry: '2024-06-21', vol: 0.3, exercise: 'american' },
      ],
      { market: { rates: { USD: 0.05 } } },
    );
    const model = (id: string) => resolved.instruments.model[rowOf(resolved, id)];
    expect([model('C'), model('P'), model('FC')]).toEqual([EUROPEAN, AMERICAN, AMERICAN]);
    const zeroRate = book(
      [
        { id: 'XYZ', kind: 'equity', price: 100 },
        { id: 'P', kind: 'option', underlying: 'XYZ', right: 'put', strike: 100, expiry: '2024-06-21', vol: 0.3, exercise: 'american' },
      ],
      { market: { rates: { USD: 0 } } },
    );
    expect(zeroRate.instruments.model[0 + rowOf(zeroRate, 'P')]).toBe(EUROPEAN);
  });

  it('orders rows so that an expiry shares a group and a call and put at one strike share a node', () => {
    const leg = (id: string, right: 'call' | 'put', strike: number, expiry: string, vol = 0.3): Instrument => ({ id, kind: 'option', underlying: 'XYZ', right, strike, expiry, vol });
    const resolved = book([
      leg('C100', 'call', 100, '2024-06-21'),
      { id: 'XYZ', kind: 'equity', price: 100 },
      leg('P100', 'put', 100, '2024-06-21'),
      leg('C110', 'call', 110, '2024-06-21'),
      leg('C100-SEP', 'call', 100, '2024-09-20'),
      leg('P110', 'put', 110, '2024-06-21', 0.35),
    ]);
    const t = resolved.instruments;
    const at = (id: string) => rowOf(resolved, id);
    expect(t.model[0]).toBe(LINEAR);
    expect(t.node[at('C100')]).toBe(t.node[at('P100')]);
    expect(Math.abs(at('C100') - at('P100'))).toBe(1);
    expect(t.node[at('C110')]).not.toBe(t.node[at('P110')]); // different vols
    expect(t.group[at('C100')]).toBe(t.group[at('P110')]);
    expect(t.group[at('C100')]).not.toBe(t.group[at('C100-SEP')]);
  });
});
