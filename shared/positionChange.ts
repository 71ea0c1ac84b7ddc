import type { EditableField } from './api.ts';

/**
 * One change to the book's positions, as a batch (paste, what-if commit) or a single edit
 * sends it: add a position, remove one, or set a quantity / its instrument's price or vol.
 */
export type PositionChange =
  | { op: 'add'; account: string; instrument: string; quantity: number }
  | { op: 'remove'; positionId: number }
  | { op: 'change'; positionId: number; field: EditableField; value: number };

/**
 * What the changes are checked against: the book as it is now, asked one question at a time
 * (a single edit of a 50,000-position book looks up a few rows, it does not read them all).
 */
export interface PositionChangeBook {
  hasAccount(id: string): boolean;
  /** The instrument's kind, or undefined when it is not in the book. */
  instrumentKind(id: string): string | undefined;
  /** The account and instrument a position holds, or undefined when it is not in the book. */
  position(id: number): { account: string; instrument: string } | undefined;
  holds(account: string, instrument: string): boolean;
}

/** The highest vol accepted: vols are decimals (0.25 for 25%), so 25 is almost surely a typo. */
export const maxVol = 10;

/**
 * Every reason the changes cannot be applied in order to `book`, with the (0-based) index of
 * the change it concerns; empty when all of them can. Later changes see earlier ones (a
 * position removed earlier in the batch cannot be changed; one added cannot be added twice).
 */
export function checkPositionChanges(changes: readonly PositionChange[], book: PositionChangeBook): { index: number; message: string }[] {
  // What earlier changes of the batch did to the book: positions added, and removed (by id and by key).
  const added = new Set<string>();
  const removed = new Set<number>();
  const removedKeys = new Set<string>();
  const held = (account: string, instrument: string) => {
    const key = `${account}\u0000${instrument}`;
    return added.has(key) || (!removedKeys.has(key) && book.holds(account, instrument));
  };
  const issues: { index: number; message: string }[] = [];
  changes.forEach((change, index) => {
    const refuse = (message: string) => issues.push({ index, message });
    if (change.op === 'add') {
      const key = `${change.account}\u0000${change.instrument}`;
      if (!book.hasAccount(change.account)) refuse(`account "${change.account}" is not in the book`);
      else if (book.instrumentKind(change.instrument) === undefined) refuse(`instrument "${change.instrument}" is not in the book (import it first)`);
      else if (held(change.account, change.instrument)) refuse(`${change.account} already holds ${change.instrument}: edit its quantity instead`);
      else if (change.quantity === 0) refuse('quantity: a position of 0 holds nothing');
      else {
        added.add(key);
        removedKeys.delete(key);
      }
      return;
    }
    const position = removed.has(change.positionId) ? undefined : book.position(change.positionId);
    if (!position) return refuse(`position ${change.positionId} is not in the book`);
    if (change.op === 'remove') {
      const key = `${position.account}\u0000${position.instrument}`;
      removed.add(change.positionId);
      removedKeys.add(key);
      added.delete(key);
      return;
    }
    const kind = book.instrumentKind(position.instrument);
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
