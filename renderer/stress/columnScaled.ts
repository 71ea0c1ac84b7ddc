/**
 * Each cell [x, y, value] with, appended, its value over the largest absolute value in its
 * column x: −1..+1, the column's largest loss or gain at one end. A column of zeros stays 0.
 */
export function columnScaled(cells: [number, number, number][]): [number, number, number, number][] {
  const largest = new Map<number, number>();
  for (const [x, , value] of cells) largest.set(x, Math.max(largest.get(x) ?? 0, Math.abs(value)));
  return cells.map(([x, y, value]) => {
    const scale = largest.get(x) ?? 0;
    return [x, y, value, scale === 0 ? 0 : value / scale];
  });
}
