import type { ImportOptions } from '../../../shared/importResult.ts';
import { emptyOutput, noteDefaultAccount, type ReaderOutput } from '../readerOutput.ts';
import { deribitInstrument } from '../symbols/deribitSymbol.ts';
import { jsonElementLines, jsonErrorLine } from '../text/jsonElementLines.ts';

/** Account for files that name none (the warning says so; the account override replaces it). */
const defaultAccount = 'DERIBIT';

/** Whether a text is JSON holding Deribit positions (`instrument_name` fields). */
export function isDeribitPositionsJson(text: string): boolean {
  return /^\s*[[{]/.test(text) && text.includes('"instrument_name"');
}

/**
 * Reads Deribit `private/get_positions` output saved as JSON: the result array itself, or the
 * whole response `{ "result": [...] }`. `size` is signed (USD for futures and perpetuals,
 * coin for options); zero-size entries (recently closed) are listed as warnings.
 */
export function readDeribitPositionsJson(text: string, options: ImportOptions): ReaderOutput {
  const output = emptyOutput();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    output.errors.push({ line: jsonErrorLine(text, (error as Error).message), message: `not valid JSON (${(error as Error).message})` });
    return output;
  }
  const wrapped = json !== null && typeof json === 'object' && !Array.isArray(json);
  const result = wrapped ? (json as Record<string, unknown>).result : json;
  if (!Array.isArray(result)) {
    output.errors.push({ line: 1, message: 'expected the array of positions, or an object with it as "result"' });
    return output;
  }
  const lines = jsonElementLines(text, wrapped ? 2 : 1);
  const lineOf = (index: number) => (lines.length === result.length ? (lines[index] ?? 1) : 1);
  result.forEach((entry: unknown, index) => {
    const line = lineOf(index);
    if (entry === null || typeof entry !== 'object') {
      output.errors.push({ line, message: `position ${index + 1} is not an object` });
      return;
    }
    const position = entry as Record<string, unknown>;
    const name = typeof position.instrument_name === 'string' ? position.instrument_name : '';
    const reading = deribitInstrument(name);
    if (!reading) {
      output.errors.push({ line, field: 'instrument_name', message: `"${name}" is not a Deribit instrument name` });
      return;
    }
    const size = typeof position.size === 'number' ? position.size : Number.NaN;
    if (!Number.isFinite(size)) {
      output.errors.push({ line, field: 'size', message: `${name}: size is not a number` });
      return;
    }
    if (size === 0) {
      output.warnings.push({ line, message: `${name}: size 0 (flat); not imported` });
      return;
    }
    const quantity = position.direction === 'sell' && size > 0 ? -size : size;
    const price = typeof position.mark_price === 'number' ? position.mark_price : undefined;
    output.rows.push({ line, account: defaultAccount, quantity, rawSymbol: name, ...reading, instrument: { ...reading.instrument, price } });
  });
  noteDefaultAccount(output, defaultAccount, options.accountOverride);
  return output;
}
