import type { Ambiguity, DateOrder, ImportOptions, ImportWarning } from '../../../shared/importResult.ts';
import { collectAmbiguity } from '../master/collectAmbiguity.ts';
import { detectDateOrder } from './detectDateOrder.ts';
import { numericDateParts } from './parseDate.ts';

/**
 * The date order to read a column with: the user's answer, else what the whole column
 * shows, else `fallback` with an ambiguity listing the undecidable values so the app can ask.
 */
export function resolveDateOrder(
  column: string,
  cells: { line: number; value: string }[],
  options: ImportOptions,
  fallback: DateOrder,
  report: { ambiguities: Ambiguity[]; warnings: ImportWarning[] },
): DateOrder {
  if (options.dateOrder) return options.dateOrder;
  const detected = detectDateOrder(cells.map((cell) => cell.value));
  if (detected === 'dmy' || detected === 'mdy') return detected;
  if (detected === 'conflict') {
    report.warnings.push({ message: `column ${column} mixes day-first and month-first dates; read as ${fallback === 'dmy' ? 'day-first' : 'month-first'}, the rows that do not fit are errors` });
    return fallback;
  }
  const numeric = cells.filter((cell) => numericDateParts(cell.value) !== undefined);
  if (numeric.length > 0) {
    collectAmbiguity(report.ambiguities, {
      kind: 'dateOrder',
      column,
      question: `Are the dates in column ${column} day-first (31/12) or month-first (12/31)? No value in it settles it.`,
      lines: numeric.map((cell) => cell.line),
      samples: [...new Set(numeric.map((cell) => cell.value))].slice(0, 5),
      assumed: fallback,
    });
  }
  return fallback;
}
