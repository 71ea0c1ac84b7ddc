import type { AccountRow, PositionRow } from '../../shared/bookView.ts';
import type { BookAnalytics, PositionAnalytics } from '../../shared/positionAnalytics.ts';
import type { WhatIfPosition } from '../../shared/whatIf.ts';
import type { BookEdit } from './bookEdit.ts';

/** How a row differs from the book in what-if mode. */
export type WhatIfMark = 'added' | 'changed' | 'removed';

/** A position row of the grid: the position, its figures, and its what-if mark. */
export interface PositionGridRow extends PositionRow, Omit<PositionAnalytics, 'positionId'> {
  rowId: string;
  whatIf: WhatIfMark | null;
}

const noFigures: Omit<PositionAnalytics, 'positionId'> = { value: null, delta: null, gamma: null, vega: null, theta: null, vol: null, volImplied: false, marginContribution: null, excluded: null };

/**
 * The positions with their figures, and (what-if mode) the local edits applied on top: added
 * rows take the instrument's terms from a row holding it, removed rows stay, marked; added or
 * changed rows take their value and greeks from the what-if preview (`valued`) once it has
 * come, and have no margin contribution (that is the latest run's, on the book).
 */
export function gridRows(
  positions: readonly PositionRow[],
  analytics: BookAnalytics | null,
  accounts: readonly AccountRow[],
  edits: readonly BookEdit[] = [],
  valued: readonly WhatIfPosition[] = [],
): PositionGridRow[] {
  const figures = new Map(analytics?.positions.map((p) => [p.positionId, p]));
  const rows: PositionGridRow[] = positions.map((p) => bookRow(p, figures.get(p.id)));
  edits.forEach((e, k) => {
    const at = rows.findIndex((r) => r.account === e.account && r.instrument === e.instrument && r.whatIf !== 'removed');
    const row = rows[at];
    if (e.op === 'add') {
      const like = rows.find((r) => r.instrument === e.instrument);
      const currency = accounts.find((a) => a.id === e.account)?.currency ?? 'USD';
      const base: PositionRow = like
        ? { ...like, id: -1 - k, account: e.account, quantity: e.quantity, marketValue: null }
        : { id: -1 - k, account: e.account, instrument: e.instrument, kind: 'equity', underlying: null, root: e.instrument, expiry: null, quantity: e.quantity, price: null, multiplier: 1, currency, marketValue: null };
      rows.push(withValue({ ...base, ...noFigures, vol: like?.vol ?? null, rowId: `whatif:${e.account}:${e.instrument}`, whatIf: 'added' }));
    } else if (row && e.op === 'remove') {
      if (row.whatIf === 'added') rows.splice(at, 1);
      else rows[at] = { ...row, whatIf: 'removed' };
    } else if (row && e.op === 'change') {
      const mark = row.whatIf ?? 'changed';
      // Price and vol belong to the instrument: every row holding it shows the new value.
      rows.forEach((r, i) => {
        if (i === at || (e.field !== 'quantity' && r.instrument === e.instrument)) rows[i] = withValue({ ...r, [e.field]: e.value, whatIf: i === at ? mark : (r.whatIf ?? 'changed') });
      });
    }
  });
  if (valued.length === 0) return rows;
  const preview = new Map(valued.map((v) => [`${v.account}\u0000${v.instrument}`, v]));
  return rows.map((r) => {
    const v = r.whatIf === 'added' || r.whatIf === 'changed' ? preview.get(`${r.account}\u0000${r.instrument}`) : undefined;
    if (!v) return r;
    const { account: _a, instrument: _i, notValued, ...greeks } = v;
    return { ...r, ...greeks, marginContribution: null, excluded: notValued };
  });
}

const built = new WeakMap<PositionRow, { figures: PositionAnalytics | undefined; row: PositionGridRow }>();

/** A position with its figures; the same position and figures objects give the same row object. */
function bookRow(position: PositionRow, figures: PositionAnalytics | undefined): PositionGridRow {
  const known = built.get(position);
  if (known !== undefined && known.figures === figures) return known.row;
  const { positionId: _, ...f } = figures ?? { positionId: position.id, ...noFigures };
  const row: PositionGridRow = { ...position, ...f, rowId: String(position.id), whatIf: null };
  built.set(position, { figures, row });
  return row;
}

const withValue = (r: PositionGridRow): PositionGridRow => ({ ...r, marketValue: r.price === null ? null : r.quantity * r.price * r.multiplier });
