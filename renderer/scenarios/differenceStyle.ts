/** Differences below half a cent count as none. */
export const noDifference = 0.005;

/**
 * The background of a difference cell: red for a worse P&L on the right, green for a better
 * one, stronger the larger the difference relative to `scale` (the largest in the grid).
 */
export function differenceStyle(value: number | null | undefined, scale: number): { backgroundColor: string } | null {
  if (value === null || value === undefined || Math.abs(value) < noDifference || !(scale > 0)) return null;
  const alpha = (0.12 + 0.43 * Math.min(1, Math.abs(value) / scale)).toFixed(2);
  return { backgroundColor: value < 0 ? `rgba(198, 40, 40, ${alpha})` : `rgba(46, 125, 50, ${alpha})` };
}

export function differenceClass(value: number | null | undefined): string {
  if (value === null || value === undefined) return 'diff-none';
  return Math.abs(value) < noDifference ? 'diff-zero' : value < 0 ? 'diff-negative' : 'diff-positive';
}
