import type { BrokerFormat, ImportOptions, ImportResult, ImportWarning, RowError } from '../../shared/importResult.ts';
import { detectTableFormat } from './detectTableFormat.ts';
import { finishImport } from './finishImport.ts';
import { isDeribitPositionsJson, readDeribitPositionsJson } from './formats/deribitPositionsJson.ts';
import { isIbFlexXml, readIbFlexXml } from './formats/ibFlexXml.ts';
import { emptyOutput, type ReaderOutput } from './readerOutput.ts';
import { readXlsxTable } from './readXlsxTable.ts';
import type { SourceTable } from './sourceTable.ts';
import { decodeText, stripBom } from './text/decodeText.ts';
import { parseCsvTable } from './text/parseCsvTable.ts';

export interface BrokerFileInput {
  /** For messages only: the format is recognised from the content. */
  fileName: string;
  text?: string;
  /** The file's bytes (needed for .xlsx; text files in any common encoding). */
  bytes?: Uint8Array;
  options?: ImportOptions;
}

const zipMagic = [0x50, 0x4b, 0x03, 0x04];
const oleMagic = [0xd0, 0xcf, 0x11, 0xe0];

/**
 * Reads one broker export: recognises its format from the content (Flex XML, Deribit JSON,
 * an .xlsx workbook, or one of the CSV formats), reads every position row, fills what the
 * file lacks from the instrument master, applies the user's overrides, and accounts for
 * every data row as a position or an error with its line. Pure: no file system, no clock.
 */
export async function readBrokerFile(input: BrokerFileInput): Promise<ImportResult> {
  const options = input.options ?? {};
  const { bytes } = input;
  if (bytes !== undefined && startsWith(bytes, zipMagic)) {
    const { table, warnings, errors } = await readXlsxTable(bytes);
    return finish(readTable(table, options), options, warnings, errors);
  }
  if (bytes !== undefined && startsWith(bytes, oleMagic)) {
    return finish({ format: 'unknown', output: emptyOutput() }, options, [], [{ line: 1, message: `${input.fileName} is a legacy Excel .xls workbook: save it as .xlsx or CSV` }]);
  }
  const warnings: ImportWarning[] = [];
  let text = input.text;
  if (text === undefined && bytes !== undefined) {
    const decoded = decodeText(bytes);
    text = decoded.text;
    if (decoded.warning) warnings.push({ message: decoded.warning });
  }
  if (text === undefined) return finish({ format: 'unknown', output: emptyOutput() }, options, warnings, [{ line: 1, message: `${input.fileName}: no content` }]);
  text = stripBom(text);
  if (text.trim() === '') return finish({ format: 'unknown', output: emptyOutput() }, options, warnings, [{ line: 1, message: `${input.fileName} is empty` }]);
  if (isIbFlexXml(text)) return finish({ format: 'ib-flex-xml', output: readIbFlexXml(text, options) }, options, warnings, []);
  if (/^\s*</.test(text)) {
    return finish({ format: 'unknown', output: emptyOutput() }, options, warnings, [{ line: 1, message: `${input.fileName} is XML but not an Interactive Brokers Flex Query statement` }]);
  }
  if (isDeribitPositionsJson(text)) return finish({ format: 'deribit-positions-json', output: readDeribitPositionsJson(text, options) }, options, warnings, []);
  if (/^\s*[[{]/.test(text)) {
    return finish({ format: 'unknown', output: emptyOutput() }, options, warnings, [{ line: 1, message: `${input.fileName} is JSON but not Deribit positions (no "instrument_name")` }]);
  }
  const { table, errors } = parseCsvTable(text);
  return finish(readTable(table, options), options, warnings, errors);
}

function readTable(table: SourceTable, options: ImportOptions): { format: BrokerFormat; output: ReaderOutput } {
  if (table.rows.length === 0) return { format: 'unknown', output: emptyOutput() };
  const { format, headerIndex } = detectTableFormat(table);
  return { format: format.format, output: format.read(table, headerIndex, options) };
}

function finish(read: { format: BrokerFormat; output: ReaderOutput }, options: ImportOptions, warnings: ImportWarning[], errors: RowError[]): ImportResult {
  const output = { ...read.output, warnings: [...warnings, ...read.output.warnings], errors: [...errors, ...read.output.errors] };
  const result: ImportResult = { format: read.format, ...finishImport(output, options) };
  if (result.rows.length === 0 && result.errors.length === 0) {
    const reason = result.warnings.length > 0 ? 'see the notes for why' : 'the file holds no position rows';
    result.errors.push({ line: 1, message: `no positions to import: ${reason}` });
  }
  return result;
}

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((byte, index) => bytes[index] === byte);
}
