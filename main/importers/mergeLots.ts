import type { ImportWarning } from '../../shared/importResult.ts';
import type { DraftPosition } from './draftPosition.ts';

/** A reader's row before lots are merged: `lot` rows detail a position, `summary` rows state it. */
export interface DetailedRow {
  row: DraftPosition;
  detail: 'summary' | 'lot';
  /** Same key = same position (account and instrument). */
  key: string;
}

/**
 * One position per key: the summary rows where there are any (the lots beside them are
 * checked against them and otherwise skipped on purpose), else the sum of the lots. Rows
 * summed into one keep every source line in `lines`.
 */
export function mergeLots(items: DetailedRow[], warnings: ImportWarning[]): DraftPosition[] {
  const groups = new Map<string, DetailedRow[]>();
  for (const item of items) {
    const group = groups.get(item.key);
    if (group) group.push(item);
    else groups.set(item.key, [item]);
  }
  const merged: DraftPosition[] = [];
  for (const group of groups.values()) {
    const summaries = group.filter((item) => item.detail === 'summary').map((item) => item.row);
    const lots = group.filter((item) => item.detail === 'lot').map((item) => item.row);
    const kept = summaries.length > 0 ? summaries : lots;
    const first = kept[0];
    if (first === undefined) continue;
    const quantity = sum(kept);
    if (summaries.length > 0 && lots.length > 0 && Math.abs(sum(lots) - quantity) > 1e-9 * Math.max(1, Math.abs(quantity))) {
      warnings.push({ line: first.line, message: `${first.rawSymbol}: the lots (lines ${lots.map((lot) => lot.line).join(', ')}) add up to ${sum(lots)}, the summary says ${quantity}; the summary is used` });
    }
    const lines = kept.flatMap((row) => row.lines ?? [row.line]);
    merged.push(lines.length > 1 ? { ...first, quantity, lines } : first);
  }
  return merged.sort((a, b) => a.line - b.line);
}

function sum(rows: DraftPosition[]): number {
  return rows.reduce((total, row) => total + row.quantity, 0);
}
