/** The decimal mark of a file: `.` (`1,234.56`) or `,` (`1.234,56`). */
export type DecimalSeparator = '.' | ',';

const simple = /^-?\d{1,15}$/;
const plain = /^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/;
const grouped = { ',': /^[-+]?\d{1,3}(,\d{3})+$/, '.': /^[-+]?\d{1,3}(\.\d{3})+$/ };

/**
 * Reads a number as a locale writes it: thousands separators (`,` `.` space, no-break space,
 * apostrophe) in groups of three, the file's decimal mark, a leading or Unicode minus,
 * accounting parentheses `(1,234.00)` and exponents (`-2.6E-4`). Undefined when the text is
 * not such a number (`1,5` in a file whose decimal mark is `.`).
 */
export function parseNumber(text: string, decimal: DecimalSeparator = '.'): number | undefined {
  if (simple.test(text)) return Number(text);
  let value = text.trim().replace(/[\s\u00a0\u202f']/g, '').replace(/^\u2212/, '-');
  const parenthesised = /^\((.*)\)$/.exec(value);
  if (parenthesised) value = parenthesised[1] ?? '';
  const thousands = decimal === '.' ? ',' : '.';
  const parts = value.split(decimal);
  if (parts.length > 2) return undefined;
  const [grouping = '', fraction] = parts;
  if (grouping.includes(thousands) && !grouped[thousands].test(grouping)) return undefined;
  const integer = grouping.split(thousands).join('');
  value = fraction === undefined ? integer : `${integer}.${fraction}`;
  if (!plain.test(value)) return undefined;
  const number = Number(value);
  if (!Number.isFinite(number)) return undefined;
  return parenthesised ? -number : number;
}
