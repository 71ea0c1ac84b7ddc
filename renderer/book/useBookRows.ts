import { useCallback, useEffect, useRef, useState } from 'react';
import type { PositionChangesOutcome } from '../../shared/api.ts';
import type { BookView, PositionRow } from '../../shared/bookView.ts';
import type { PositionChange } from '../../shared/positionChange.ts';
import { getApi } from '../api/getApi.ts';
import { useApiData } from '../api/useApiData.ts';

export interface BookRows {
  book: BookView | null;
  error: string | null;
  rows: PositionRow[];
  /** The newest book version this page knows of (its own writes included). */
  version: number;
  /** Applies changes as one write and patches the rows with what it saved. */
  write: (changes: PositionChange[]) => Promise<PositionChangesOutcome>;
}

/**
 * The book for the grid: read once, then kept current. The page's own writes patch its rows in
 * place — a 50,000-position book is not read again for one edited cell — and any other change
 * (an import, a method switch, another window) reads it again. A `bookChanged` that arrives
 * while a write is in flight is judged when the write has said which version it made.
 */
export function useBookRows(): BookRows {
  const book = useApiData(() => getApi().getBook({}));
  const [rows, setRows] = useState<PositionRow[]>([]);
  const [version, setVersion] = useState(0);
  const writes = useRef({ pending: 0, own: new Set<number>(), missed: new Set<number>() });
  const { reload } = book;

  useEffect(() => {
    if (!book.data) return;
    setRows(book.data.positions);
    setVersion((v) => Math.max(v, book.data!.version));
  }, [book.data]);

  useEffect(
    () =>
      getApi().on('bookChanged', (e) => {
        const w = writes.current;
        if (w.pending > 0) w.missed.add(e.version);
        else if (!w.own.has(e.version)) reload();
      }),
    [reload],
  );

  const write = useCallback(
    async (changes: PositionChange[]) => {
      const w = writes.current;
      w.pending++;
      try {
        const outcome = await getApi().applyPositionChanges({ changes });
        w.own.add(outcome.version);
        setVersion((v) => Math.max(v, outcome.version));
        setRows((current) => patchRows(current, outcome));
        return outcome;
      } finally {
        w.pending--;
        if (w.pending === 0) {
          if ([...w.missed].some((v) => !w.own.has(v))) reload();
          w.missed.clear();
        }
      }
    },
    [reload],
  );

  return { book: book.data, error: book.error, rows, version, write };
}

/**
 * The rows with a write's outcome applied: removed rows gone, saved rows replaced, new rows in
 * the book's order (account, then instrument), where reading the book again would put them.
 */
function patchRows(rows: readonly PositionRow[], outcome: PositionChangesOutcome): PositionRow[] {
  const removed = new Set(outcome.removed);
  const saved = new Map(outcome.positions.map((p) => [p.id, p]));
  const kept = rows.filter((r) => !removed.has(r.id)).map((r) => saved.get(r.id) ?? r);
  const present = new Set(rows.map((r) => r.id));
  const added = outcome.positions.filter((p) => !present.has(p.id));
  if (added.length === 0) return kept;
  const order = (a: PositionRow, b: PositionRow) => (a.account < b.account ? -1 : a.account > b.account ? 1 : a.instrument < b.instrument ? -1 : a.instrument > b.instrument ? 1 : 0);
  return [...kept, ...added].sort(order);
}
