import { describe, expect, it } from 'vitest';
import type { AccountRow } from '../../../shared/bookView.ts';
import type { MarginHeadline } from '../../../shared/marginView.ts';
import type { PositionGridRow } from '../../../renderer/book/gridRows.ts';
import { groupSubtotals, maxPinnedAccountTotals, pinnedTotals } from '../../../renderer/book/subtotalRows.ts';

let nextId = 1;
const row = (account: string, instrument: string, root: string, figures: Partial<PositionGridRow> = {}): PositionGridRow => ({
  id: nextId,
  rowId: String(nextId++),
  account,
  instrument,
  kind: 'future',
  underlying: root,
  root,
  expiry: null,
  quantity: 1,
  price: 1,
  multiplier: 1,
  currency: 'USD',
  marketValue: 100,
  value: null,
  delta: 10,
  gamma: 0,
  vega: 0,
  theta: 0,
  vol: null,
  volImplied: false,
  marginContribution: 5,
  excluded: null,
  whatIf: null,
  ...figures,
});
const account = (id: string, currency = 'USD'): AccountRow => ({ id, name: id, currency, equity: 1e6, marginMethod: 'span' });
const headline = (requirements: Record<string, number>): MarginHeadline => ({
  runId: 1,
  bookVersion: 1,
  computedAt: '2024-03-15T00:00:00Z',
  elapsedMs: 1,
  accounts: Object.entries(requirements).map(([id, requirement]) => ({ id, currency: 'USD', requirement, initial: requirement, maintenance: requirement, equity: 1e6, excess: 1e6 - requirement, components: {}, method: 'span', ruleSet: { id: 'r', version: 1 }, groupCount: 1, excludedCount: 0 })),
});

describe('Book subtotals', () => {
  it('groups by what a position ultimately moves with: an option on CLK4 sits with CLK4 under WTI, deltas summed', () => {
    const rows = [row('B', 'CLK4', 'WTI', { underlying: 'WTI', delta: 8000 }), row('B', 'CLK4 P75', 'WTI', { kind: 'option', underlying: 'CLK4', delta: -3000 }), row('B', 'ESM4', 'SPX', { delta: 600 })];
    const subtotals = groupSubtotals(rows, 'underlying');
    expect(subtotals.map((s) => [s.instrument, s.positions, s.delta])).toEqual([
      ['Subtotal WTI', 2, 5000],
      ['Subtotal SPX', 1, 600],
    ]);
  });

  it('money is summed only within one currency', () => {
    const [total] = groupSubtotals([row('A', 'X', 'X'), row('A', 'Y', 'Y', { currency: 'EUR' })], 'account');
    expect(total).toMatchObject({ currency: null, marketValue: null, positions: 2 });
  });

  it('pins one total per account, with its requirement, for a book of few accounts', () => {
    const accounts = ['A', 'B', 'C'].map((id) => account(id));
    const totals = pinnedTotals(accounts, [row('A', 'X', 'X'), row('A', 'Y', 'Y'), row('C', 'X', 'X')], headline({ A: 1000, B: 0, C: 250 }));
    expect(totals.map((t) => [t.instrument, t.positions, t.marketValue, t.margin])).toEqual([
      ['Total A', 2, 200, 1000],
      ['Total B', 0, null, 0],
      ['Total C', 1, 100, 250],
    ]);
  });

  it('pins one total per currency for a book of many accounts, requirements summed (unknown until every account has one)', () => {
    const ids = Array.from({ length: maxPinnedAccountTotals + 2 }, (_, i) => `L${i}`);
    const accounts = [...ids.map((id) => account(id)), account('EU', 'EUR')];
    const rows = [...ids.map((id) => row(id, 'X', 'X')), row('EU', 'Y', 'Y', { currency: 'EUR', marketValue: 7 })];
    const totals = pinnedTotals(accounts, rows, headline(Object.fromEntries([...ids, 'EU'].map((id) => [id, 10]))));
    expect(totals.map((t) => [t.instrument, t.positions, t.marketValue, t.margin])).toEqual([
      [`Total USD · ${ids.length} accounts`, ids.length, 100 * ids.length, 10 * ids.length],
      ['Total EUR · 1 account', 1, 7, 10],
    ]);
    expect(pinnedTotals(accounts, rows, headline({ L0: 10 }))[0]!.margin).toBeNull();
  });
});
