import type { EditableField } from './api.ts';

/**
 * One change to the book's positions, as a batch (paste, what-if commit) or a single edit
 * sends it: add a position, remove one, or set a quantity / its instrument's price or vol.
 */
export type PositionChange =
  | { op: 'add'; account: string; instrument: string; quantity: number }
  | { op: 'remove'; positionId: number }
  | { op: 'change'; positionId: number; field: EditableField; value: number };

/** What the changes are checked against: the book as it is now. */
export interface PositionChangeBook {
  accounts: ReadonlySet<string>;
  /** Instrument id → its kind. */
  instruments: ReadonlyMap<string, string>;
  /** Position id → the account and instrument it holds. */
  positions: ReadonlyMap<number, { account: string; instrument: string }>;
}

/** The highest vol accepted: vols are decimals (0.25 for 25%), so 25 is almost surely a typo. */
export const maxVol = 10;

/**
 * Every reason the changes cannot be applied in order to `book`, with the (0-based) index of
 * the change it concerns; empty when all of them can. Later changes see earlier ones (a
 * position removed earlier in the batch cannot be changed; one added cannot be added twice).
 */
export function checkPositionChanges(changes: readonly PositionChange[], book: PositionChangeBook): { index: number; message: string }[] {
  const held = new Set([...book.positions.values()].map((p) => `${p.account}\u0000${p.instrument}`));
  const removed = new Set<number>();
  const issues: { index: number; message: string }[] = [];
  changes.forEach((change, index) => {
    const refuse = (message: string) => issues.push({ index, message });
    if (change.op === 'add') {
      const key = `${change.account}\u0000${change.instrument}`;
      if (!book.accounts.has(change.account)) refuse(`account "${change.account}" is not in the book`);
      else if (!book.instruments.has(change.instrument)) refuse(`instrument "${change.instrument}" is not in the book (import it first)`);
      else if (held.has(key)) refuse(`${change.account} already holds ${change.instrument}: edit its quantity instead`);
      else if (change.quantity === 0) refuse('quantity: a position of 0 holds nothing');
      else held.add(key);
      return;
    }
    const position = removed.has(change.positionId) ? undefined : book.positions.get(change.positionId);
    if (!position) return refuse(`position ${change.positionId} is not in the book`);
    if (change.op === 'remove') {
      removed.add(change.positionId);
      held.delete(`${position.account}\u0000${position.instrument}`);
      return;
    }
    const kind = book.instruments.get(position.instrument);
    if (change.field === 'price' && kind === 'option' && change.value < 0) refuse(`price: an option price cannot be negative (${change.value})`);
    if (change.field === 'vol') {
      if (kind !== 'option') refuse(`vol: ${position.instrument} is not an option; only options have a volatility`);
      else if (change.value <= 0) refuse(`vol: expected a volatility above 0 (${change.value})`);
      else if (change.value > maxVol) refuse(`vol: ${change.value} is a decimal (0.25 for 25%); above ${maxVol} is refused`);
    }
  });
  return issues;
}

/** The issues as one message: "line N: …" per issue when the batch has more than one change. */
export function describeChangeIssues(issues: readonly { index: number; message: string }[], changes: number): string {
  return issues.map((i) => (changes > 1 ? `line ${i.index + 1}: ${i.message}` : i.message)).join('; ');
}
