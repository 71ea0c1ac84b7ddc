import type { DecimalSeparator } from './parseNumber.ts';

const commaEvidence = [/^[-+(]?\d+,\d{1,2}\)?$/, /^[-+(]?\d+,\d{4,}\)?$/, /^[-+(]?\d{1,3}(\.\d{3})+,\d+\)?$/, /^[-+(]?\d{1,3}(\.\d{3}){2,}\)?$/];
const pointEvidence = [/^[-+(]?\d+\.\d{1,2}\)?$/, /^[-+(]?\d+\.\d{4,}\)?$/, /^[-+(]?\d{1,3}(,\d{3})+\.\d+\)?$/, /^[-+(]?\d{1,3}(,\d{3}){2,}\)?$/];

/**
 * The decimal mark of a file, from the numbers in it: `5,75` or `1.234,56` say comma,
 * `5.75` or `1,234.56` say point; `1,234` says nothing. With no evidence either way, a
 * semicolon-delimited file (the European export) is taken to use commas.
 */
export function detectDecimalSeparator(values: Iterable<string>, delimiter?: string): DecimalSeparator {
  let comma = 0;
  let point = 0;
  for (const raw of values) {
    const value = raw.trim().replace(/[\s\u00a0\u202f']/g, '');
    if (value === '' || value.length > 30) continue;
    if (commaEvidence.some((pattern) => pattern.test(value))) comma++;
    else if (pointEvidence.some((pattern) => pattern.test(value))) point++;
  }
  if (comma !== point) return comma > point ? ',' : '.';
  return delimiter === ';' ? ',' : '.';
}
