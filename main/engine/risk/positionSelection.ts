import type { ResolvedBook } from '../resolvedBook.ts';

/** A position a risk figure leaves out, and why (never dropped silently). */
export interface RiskExclusion {
  /** Index of the position in the source document's `positions`. */
  position: number;
  instrument: string;
  reason: string;
}

/** Which account each position of a resolved book counts in. */
export interface PositionSelection {
  /** Per position of `book.positions`: the index of its account in `accounts`, −1 when left out. */
  account: Int32Array;
  /** Per account: the positions left out (unvalued, another currency, no history …), in document order. */
  excluded: RiskExclusion[][];
}

/**
 * Assigns the positions of a resolved book to accounts, leaving out with a reason: positions
 * the book could not value (`book.excludedPositions`); positions settling in another currency
 * than the account's (an inverse BTC future's P&L is in BTC: it is not added to USD); and
 * positions whose risk factor `factorProblem(u)` names a problem for (no price history). A
 * position whose account is not in `accounts` counts nowhere (a validated portfolio document
 * has none).
 */
export function selectPositions(
  book: ResolvedBook,
  accounts: readonly { id: string; currency: string }[],
  factorProblem: (underlying: number) => string | undefined = () => undefined,
): PositionSelection {
  const index = new Map(accounts.map((a, i) => [a.id, i]));
  const excluded: RiskExclusion[][] = accounts.map(() => []);
  for (const e of book.excludedPositions) {
    const a = index.get(e.account);
    if (a !== undefined) excluded[a]!.push({ position: e.position, instrument: e.instrument, reason: e.reason });
  }
  const t = book.instruments;
  const p = book.positions;
  const account = new Int32Array(p.quantity.length).fill(-1);
  for (let k = 0; k < p.quantity.length; k++) {
    const a = index.get(p.account[k]!);
    if (a === undefined) continue;
    const row = p.instrument[k]!;
    const currency = t.currency[row]!;
    const problem = currency !== accounts[a]!.currency ? `settles in ${currency}; the account is in ${accounts[a]!.currency}` : factorProblem(t.underlying[row]!);
    if (problem === undefined) account[k] = a;
    else excluded[a]!.push({ position: p.source[k]!, instrument: t.id[row]!, reason: problem });
  }
  for (const list of excluded) list.sort((x, y) => x.position - y.position);
  return { account, excluded };
}
