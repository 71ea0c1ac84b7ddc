import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePortfolioDocument, readPortfolioDocument } from '../../../shared/portfolioDocument.ts';
import { InputError } from '../../../shared/validationError.ts';
import { specExample } from '../../fixtures/portfolios/specExample.ts';

const root = join(import.meta.dirname, '..', '..', '..');
const sample = () => JSON.parse(readFileSync(join(root, 'resources', 'sample-book.json'), 'utf8')) as Record<string, unknown> & { positions: Record<string, unknown>[]; instruments: Record<string, unknown>[]; accounts: Record<string, unknown>[] };

describe('portfolio document schema (spec/portfolio-document.md)', () => {
  it('accepts the example of the spec', () => {
    const parsed = parsePortfolioDocument(specExample);
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
