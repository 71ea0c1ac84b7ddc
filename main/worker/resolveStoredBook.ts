import { resolveBook } from '../engine/resolveBook.ts';
import type { ResolvedBook } from '../engine/resolvedBook.ts';
import { readBookVersion } from '../store/bookVersion.ts';
import type { Store } from '../store/openStore.ts';
import { bookDocument } from './bookDocument.ts';
import { readBookSnapshot, type BookSnapshot } from './readBookSnapshot.ts';

/** The stored book resolved for revaluation, with each position's account index or −1 when it is not summed. */
export interface StoredBook {
  snapshot: BookSnapshot;
  book: ResolvedBook;
  /** Per resolved position: its account's index in `snapshot.accounts`, −1 when it settles in another currency. */
  accountOf: Int32Array;
  excluded: { account: string; instrument: string; reason: string }[];
}

const lastResolved = new WeakMap<Store, StoredBook>();

/**
 * One consistent snapshot of the book, resolved. A position that settles in another currency
 * than its account's, or that cannot be valued, is listed as excluded rather than mixed in.
 * Every change to the book bumps its version, so the last book resolved is kept and used again
 * while the version stands: clicking through heat-map cells or rerunning a grid does not read
 * and resolve 50,000 positions each time. Callers only read it.
 */
export function resolveStoredBook(store: Store): StoredBook {
  const last = lastResolved.get(store);
  if (last !== undefined && last.snapshot.bookVersion === readBookVersion(store.db)) return last;
  const resolved = resolveSnapshot(readBookSnapshot(store));
  lastResolved.set(store, resolved);
  return resolved;
}

function resolveSnapshot(snapshot: BookSnapshot): StoredBook {
  const book = resolveBook(bookDocument(snapshot));
  const accountIndex = new Map(snapshot.accounts.map((a, i) => [a.id, i]));
  const excluded: StoredBook['excluded'] = book.excludedPositions.map((e) => ({ account: e.account, instrument: e.instrument, reason: e.reason }));
  const accountOf = new Int32Array(book.positions.quantity.length);
  for (let p = 0; p < accountOf.length; p++) {
    const a = accountIndex.get(book.positions.account[p]!)!;
    const account = snapshot.accounts[a]!;
    const row = book.positions.instrument[p]!;
    const currency = book.instruments.currency[row]!;
    accountOf[p] = currency === account.currency ? a : -1;
    if (currency !== account.currency) excluded.push({ account: account.id, instrument: book.instruments.id[row]!, reason: `settles in ${currency}; the account is in ${account.currency}` });
  }
  return { snapshot, book, accountOf, excluded };
}
