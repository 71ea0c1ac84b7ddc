/** CME month codes: F Jan, G Feb, H Mar, J Apr, K May, M Jun, N Jul, Q Aug, U Sep, V Oct, X Nov, Z Dec. */
export const monthCodes = 'FGHJKMNQUVXZ';

/** A futures code's parts: `ESM4` → ES, 2024, June (given a reference year near 2024). */
export interface FuturesCode {
  root: string;
  year: number;
  month: number;
}

const codePattern = /^([A-Z0-9]{1,5}?)([FGHJKMNQUVXZ])(\d{1,2})$/;

/**
 * Reads `ESM4`, `ESM24`, `MNQZ24`, `6EU5`, `FDAXH5`. A one-digit year is the year ending in
 * that digit from two years before `referenceYear` to seven after (a statement holds no
 * contract that expired longer ago, and lists no contract further out); without a
 * reference year a one-digit code is not read.
 */
export function parseFuturesCode(code: string, referenceYear?: number): FuturesCode | undefined {
  const match = codePattern.exec(code.trim().toUpperCase());
  if (!match) return undefined;
  const [, root = '', letter = '', digits = ''] = match;
  const month = monthCodes.indexOf(letter) + 1;
  if (digits.length === 2) return { root, year: 2000 + Number(digits), month };
  if (referenceYear === undefined) return undefined;
  const low = referenceYear - 2;
  const year = low + ((Number(digits) - (low % 10) + 10) % 10);
  return { root, year, month };
}

/** The one-digit-year code exchanges use: `futuresCode('ES', 2024, 6)` → `ESM4`. */
export function futuresCode(root: string, year: number, month: number): string {
  return `${root}${monthCodes[month - 1] ?? '?'}${year % 10}`;
}
