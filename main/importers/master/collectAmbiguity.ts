import type { Ambiguity } from '../../../shared/importResult.ts';

/** Adds an ambiguity, or the new lines to the one already asked about the same symbol and field. */
export function collectAmbiguity(list: Ambiguity[], ambiguity: Ambiguity): void {
  const same = list.find((known) =>
    known.kind === 'instrument' && ambiguity.kind === 'instrument'
      ? known.rawSymbol === ambiguity.rawSymbol && known.field === ambiguity.field
      : known.kind === 'dateOrder' && ambiguity.kind === 'dateOrder' && known.column === ambiguity.column,
  );
  if (!same) {
    list.push(ambiguity);
    return;
  }
  for (const line of ambiguity.lines) {
    // Rows arrive in line order, so the common case is one comparison, not a search.
    if (line > (same.lines.at(-1) ?? 0)) same.lines.push(line);
    else if (!same.lines.includes(line)) same.lines.splice(same.lines.findIndex((known) => known > line), 0, line);
  }
}
