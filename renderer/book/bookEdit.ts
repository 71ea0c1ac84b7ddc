import type { EditableField } from '../../shared/api.ts';
import type { PositionRow } from '../../shared/bookView.ts';
import type { PositionChange } from '../../shared/positionChange.ts';

/**
 * A change to the book named by account and instrument (a position is one of each), so that
 * undo/redo and the what-if list survive a position being removed and added again under a new id.
 */
export type BookEdit =
  | { op: 'add'; account: string; instrument: string; quantity: number }
  | { op: 'remove'; account: string; instrument: string }
  | { op: 'change'; account: string; instrument: string; field: EditableField; value: number };

/** A row as the edits see it: the position with its instrument's vol. */
export type EditableRow = Pick<PositionRow, 'id' | 'account' | 'instrument' | 'quantity' | 'price'> & { vol: number | null };

const find = (rows: readonly EditableRow[], e: BookEdit) => rows.find((r) => r.account === e.account && r.instrument === e.instrument);

/** The edits that take `edits` back, in reverse order, read against the rows before them. */
export function inverseOf(edits: readonly BookEdit[], rows: readonly EditableRow[]): BookEdit[] {
  return edits
    .map((e): BookEdit => {
      const row = find(rows, e);
      if (e.op === 'add') return { op: 'remove', account: e.account, instrument: e.instrument };
      if (e.op === 'remove') return { op: 'add', account: e.account, instrument: e.instrument, quantity: row?.quantity ?? 0 };
      return { ...e, value: row?.[e.field] ?? 0 };
    })
    .reverse();
}

/** The edits as the Api's changes: positions by id, looked up in `rows` (the book as it is). */
export function toPositionChanges(edits: readonly BookEdit[], rows: readonly EditableRow[]): PositionChange[] {
  return edits.map((e) => {
    if (e.op === 'add') return e;
    const row = find(rows, e);
    if (!row) throw new Error(`${e.account} holds no ${e.instrument}`);
    return e.op === 'remove' ? { op: 'remove', positionId: row.id } : { op: 'change', positionId: row.id, field: e.field, value: e.value };
  });
}
