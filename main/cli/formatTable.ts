/** A plain-text table: the first column left-aligned, numbers right-aligned with separators. */
export function formatTable(headers: readonly string[], rows: readonly (string | number | null)[][]): string {
  const text = rows.map((r) => r.map((cell) => (cell === null ? '' : typeof cell === 'number' ? cell.toLocaleString('en-US', { maximumFractionDigits: 2 }) : cell)));
  const widths = headers.map((h, k) => Math.max(h.length, ...text.map((r) => (r[k] ?? '').length)));
  const line = (cells: readonly string[], numeric: readonly boolean[]) => cells.map((c, k) => (numeric[k] ? c.padStart(widths[k]!) : c.padEnd(widths[k]!))).join('  ').trimEnd();
  const numeric = headers.map((_, k) => rows.some((r) => typeof r[k] === 'number'));
  return [line(headers, numeric), line(widths.map((w) => '-'.repeat(w)), numeric), ...text.map((r) => line(r, numeric))].join('\n');
}
