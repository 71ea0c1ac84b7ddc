/**
 * `next` with each row that equals, field by field, the previous row of the same id replaced by
 * that previous object. The grid tells changed rows by identity, so after an edit or a new set
 * of figures on a 50,000-position book it redraws, re-filters and re-sorts only the rows whose
 * values moved, not every row that was merely rebuilt.
 */
export function keepUnchangedRows<T extends { rowId: string }>(previous: readonly T[], next: readonly T[]): T[] {
  if (previous.length === 0) return [...next];
  let before: Map<string, T> | null = null;
  return next.map((row, i) => {
    // Rows mostly stay where they were: look the previous one up by id only when it moved.
    let old = previous[i];
    if (old?.rowId !== row.rowId) {
      before ??= new Map(previous.map((r) => [r.rowId, r]));
      old = before.get(row.rowId);
    }
    return old !== undefined && sameFields(old, row) ? old : row;
  });
}

function sameFields<T extends object>(a: T, b: T): boolean {
  if (a === b) return true;
  const keys = Object.keys(b) as (keyof T)[];
  if (keys.length !== Object.keys(a).length) return false;
  for (const key of keys) if (!Object.is(a[key], b[key])) return false;
  return true;
}
