const figure = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const small = new Intl.NumberFormat('en-US', { maximumSignificantDigits: 4 });

/** A greek or contribution in the grid: two decimals, or four significant digits when below 1. */
export function formatFigure(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '';
  return Math.abs(value) < 1 && value !== 0 ? small.format(value) : figure.format(value);
}
