import type { AccountRow } from '../../shared/bookView.ts';
import type { MarginHeadline } from '../../shared/marginView.ts';
import type { PositionGridRow } from './gridRows.ts';

export const groupings = ['none', 'account', 'underlying', 'expiry'] as const;
export type Grouping = (typeof groupings)[number];

/** A subtotal row: an account's total (pinned, with its requirement) or a group's (under its rows). */
export interface SubtotalRow {
  rowId: string;
  /** The group this row closes (`groupKeyOf`); the account for account totals. */
  group: string;
  account: string;
  instrument: string;
  currency: string | null;
  positions: number;
  marketValue: number | null;
  delta: number | null;
  gamma: number | null;
  vega: number | null;
  theta: number | null;
  marginContribution: number | null;
  /** The account's requirement in the latest run (account totals only). */
  margin: number | null;
}

export const groupKeyOf = (row: PositionGridRow, grouping: Grouping): string =>
  grouping === 'account' ? row.account : grouping === 'underlying' ? row.root : grouping === 'expiry' ? (row.expiry ?? 'no expiry') : '';

const summedFields = ['marketValue', 'delta', 'gamma', 'vega', 'theta', 'marginContribution'] as const;
type SummedField = (typeof summedFields)[number];

/**
 * Sums of a group's rows, what-if removals left out. Money (value, vega, theta, margin
 * contribution) is summed only within one currency; delta and gamma only within one underlying.
 */
function subtotal(rowId: string, group: string, label: string, rows: readonly PositionGridRow[], oneUnderlying: boolean): Omit<SubtotalRow, 'account' | 'margin'> {
  // One pass without intermediate arrays: this runs over every row of the book on each update.
  const sums = { marketValue: 0, delta: 0, gamma: 0, vega: 0, theta: 0, marginContribution: 0 };
  const seen = { marketValue: false, delta: false, gamma: false, vega: false, theta: false, marginContribution: false };
  let positions = 0;
  let currency: string | null | undefined;
  for (const r of rows) {
    if (r.whatIf === 'removed') continue;
    positions++;
    currency = currency === undefined || currency === r.currency ? r.currency : null;
    for (const field of summedFields) {
      const v = r[field];
      if (v === null) continue;
      sums[field] += v;
      seen[field] = true;
    }
  }
  const one = currency ?? null;
  const sum = (field: SummedField, summable: boolean) => (summable && seen[field] ? sums[field] : null);
  return {
    rowId,
    group,
    instrument: label,
    currency: one,
    positions,
    marketValue: sum('marketValue', one !== null),
    delta: sum('delta', oneUnderlying),
    gamma: sum('gamma', oneUnderlying),
    vega: sum('vega', one !== null),
    theta: sum('theta', one !== null),
    marginContribution: sum('marginContribution', one !== null),
  };
}

/** One subtotal row per group, in the order the groups first appear. */
export function groupSubtotals(rows: readonly PositionGridRow[], grouping: Grouping): SubtotalRow[] {
  if (grouping === 'none') return [];
  const groups = new Map<string, PositionGridRow[]>();
  for (const r of rows) {
    const key = groupKeyOf(r, grouping);
    const held = groups.get(key);
    if (held) held.push(r);
    else groups.set(key, [r]);
  }
  return [...groups].map(([key, held]) => ({ ...subtotal(`group:${key}`, key, `Subtotal ${key}`, held, grouping === 'underlying'), account: grouping === 'account' ? key : '', margin: null }));
}

/** Up to this many accounts get a pinned total row each; more get one per currency (group by account for each). */
export const maxPinnedAccountTotals = 6;

/**
 * The pinned totals under the grid: one row per account with its requirement in the latest
 * run, or, for a book of many accounts, one row per currency with the requirements summed.
 */
export function pinnedTotals(accounts: readonly AccountRow[], rows: readonly PositionGridRow[], margin: MarginHeadline | null): SubtotalRow[] {
  const requirement = new Map(margin?.accounts.map((m) => [m.id, m.requirement]));
  if (accounts.length <= maxPinnedAccountTotals) {
    const byAccount = Map.groupBy(rows, (r) => r.account);
    return accounts.map((a) => ({ ...subtotal(`total:${a.id}`, a.id, `Total ${a.id}`, byAccount.get(a.id) ?? [], false), account: a.id, margin: requirement.get(a.id) ?? null }));
  }
  const byCurrency = Map.groupBy(rows, (r) => r.currency);
  return [...Map.groupBy(accounts, (a) => a.currency)].map(([currency, held]) => {
    const figures = held.map((a) => requirement.get(a.id));
    return {
      ...subtotal(`total:${currency}`, currency, `Total ${currency} · ${held.length} account${held.length === 1 ? '' : 's'}`, byCurrency.get(currency) ?? [], false),
      account: '',
      margin: figures.every((f) => f !== undefined) ? figures.reduce((x, y) => x + y, 0) : null,
    };
  });
}
