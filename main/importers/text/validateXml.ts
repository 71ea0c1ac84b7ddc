import { XMLValidator } from 'fast-xml-parser';
import type { ImportWarning, RowError } from '../../../shared/importResult.ts';

/**
 * Checks that a text is well-formed XML before anything is read from it, so a truncated or
 * damaged file fails with its line instead of importing part of itself. A repeated attribute
 * (seen in real Flex statements, on elements Scanline does not read) is blanked out with a
 * warning; line and column positions stay as they were.
 */
export function validateXml(text: string): { text: string; warnings: ImportWarning[]; error?: RowError } {
  const warnings: ImportWarning[] = [];
  let checked = text;
  for (let attempt = 0; attempt < 100; attempt++) {
    const result = XMLValidator.validate(checked);
    if (result === true) return { text: checked, warnings };
    const { line, col, msg } = result.err;
    const repeated = /^Attribute '([^']+)' is repeated/.exec(msg);
    const offset = offsetOf(checked, line, col);
    const attribute = repeated ? new RegExp(`^${escape(repeated[1] ?? '')}\\s*=\\s*("[^"]*"|'[^']*')`).exec(checked.slice(offset)) : null;
    if (!attribute) return { text: checked, warnings, error: { line: Math.max(1, line), message: `not well-formed XML: ${msg}` } };
    warnings.push({ line, message: `repeated attribute ${repeated?.[1] ?? ''} ignored` });
    checked = checked.slice(0, offset) + attribute[0].replace(/[^\r\n]/g, ' ') + checked.slice(offset + attribute[0].length);
  }
  return { text: checked, warnings, error: { line: 1, message: 'not well-formed XML: too many repeated attributes' } };
}

function offsetOf(text: string, line: number, col: number): number {
  let offset = 0;
  for (let current = 1; current < line; current++) {
    const next = text.indexOf('\n', offset);
    if (next < 0) break;
    offset = next + 1;
  }
  return offset + Math.max(0, col - 1);
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
