import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePortfolioDocument, readPortfolioDocument } from '../../../shared/portfolioDocument.ts';
import { InputError } from '../../../shared/validationError.ts';

const root = join(import.meta.dirname, '..', '..', '..');
const sample = () => JSON.parse(readFileSync(join(root, 'resources', 'sample-book.json'), 'utf8')) as Record<string, unknown> & { positions: Record<string, unknown>[]; instruments: Record<string, unknown>[]; accounts: Record<string, unknown>[] };

describe('portfolio document schema (spec/portfolio-document.md)', () => {
  it('accepts the example of the spec', () => {
    const example = {
      format: 'scanline.portfolio/1',
      asOf: '2024-03-15',
      baseCurrency: 'USD',
      accounts: [{ id: 'DESK-A', equity: 2500000 }],
      instruments: [
        { id: 'SPX', kind: 'index', class: 'broadIndex', price: 5117.09 },
        { id: 'AAPL', kind: 'equity', price: 172.62, dividendYield: 0.0055 },
        { id: 'AAPL 240621C00180000', kind: 'option', underlying: 'AAPL', right: 'call', strike: 180, expiry: '2024-06-21', multiplier: 100, exercise: 'american', vol: 0.215, price: 4.35 },
        { id: 'ESM4', kind: 'future', underlying: 'SPX', expiry: '2024-06-21', multiplier: 50, price: 5175.25 },
        { id: 'BTC-28JUN24', kind: 'future', underlying: 'BTC', expiry: '2024-06-28', multiplier: 1, settlement: 'inverse', price: 70250 },
        { id: 'BTC-28JUN24-80000-C', kind: 'option', underlying: 'BTC-28JUN24', right: 'call', strike: 80000, expiry: '2024-06-28', multiplier: 1, settlement: 'inverse', vol: 0.62 },
      ],
      market: { rates: { USD: 0.053, BTC: 0 } },
      positions: [
        { account: 'DESK-A', instrument: 'AAPL 240621C00180000', quantity: -20 },
        { account: 'DESK-A', instrument: 'AAPL', quantity: 2000 },
      ],
    };
    const parsed = parsePortfolioDocument(example);
    expect(parsed.ok).toBe(true);
  });

  it('names the JSON path of each problem', () => {
    const doc = sample();
    doc.positions[3]!.quantity = 'ten';
    expect(parsePortfolioDocument(doc)).toEqual({ ok: false, issues: [{ path: 'positions[3].quantity', message: 'expected a number' }] });
  });

  it('checks references between sections', () => {
    const doc = sample();
    doc.positions[0]!.account = 'DESK-Z';
    doc.positions[1]!.instrument = 'NOPE';
    doc.instruments[4]!.underlying = 'GHOST';
    doc.accounts.push({ id: 'DESK-A' });
    const parsed = parsePortfolioDocument(doc);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.issues).toEqual([
      { path: 'accounts[3].id', message: 'duplicate account id "DESK-A"' },
      { path: 'instruments[4].underlying', message: 'unknown instrument "GHOST"' },
      { path: 'positions[0].account', message: 'unknown account "DESK-Z"' },
      { path: 'positions[1].instrument', message: 'unknown instrument "NOPE"' },
    ]);
  });

  it('requires the option fields and refuses a negative option price', () => {
    const doc = sample();
    delete doc.instruments[4]!.expiry;
    doc.instruments[5]!.price = -1;
    const parsed = parsePortfolioDocument(doc);
    expect(parsed.ok ? [] : parsed.issues).toEqual([
      { path: 'instruments[4].expiry', message: 'an option needs expiry' },
      { path: 'instruments[5].price', message: 'an option price cannot be negative' },
    ]);
  });

  it('allows a negative price on a future (WTI settled at −37.63 on 2020-04-20)', () => {
    const doc = sample();
    const cl = doc.instruments.find((i) => i.id === 'CLK4')!;
    cl.price = -37.63;
    expect(parsePortfolioDocument(doc).ok).toBe(true);
  });

  it('reports unreadable JSON and a byte-order mark is fine', () => {
    expect(() => readPortfolioDocument('{ nope', 'desk.json')).toThrow(InputError);
    expect(() => readPortfolioDocument('{ nope', 'desk.json')).toThrow(/^desk\.json: \(document\): not valid JSON/);
    expect(readPortfolioDocument(`\uFEFF${JSON.stringify(sample())}`, 'desk.json').accounts).toHaveLength(3);
  });
});
