import type { BrokerFormat, ImportedInstrument, ImportOptions, ImportResult, ImportWarning, MappingProfile } from '../../shared/importResult.ts';
import type { ImportFormat, ParsedImportRequest } from '../../shared/importRequest.ts';
import { readBrokerFile } from '../importers/readBrokerFile.ts';
import { normaliseHeader } from '../importers/text/columnReader.ts';
import { decodeText, stripBom } from '../importers/text/decodeText.ts';
import { parseCsvTable } from '../importers/text/parseCsvTable.ts';
import { readOptionChain, type OptionChain } from './readOptionChain.ts';
import { isPortfolioDocument, readPortfolioImport, type PortfolioImport } from './readPortfolioImport.ts';
import { readPriceHistory, type PriceHistory } from './readPriceHistory.ts';

/** A file read, before it is planned against the book. */
export type ImportRead = { fileName: string; sourceLine: (line: number) => string; decodeWarnings: ImportWarning[] } & (
  | { kind: 'positions'; result: ImportResult; mappingProfile?: MappingProfile; remembered: Record<string, Partial<ImportedInstrument>> }
  | { kind: 'portfolio'; portfolio: PortfolioImport }
  | { kind: 'prices'; history: PriceHistory }
  | { kind: 'optionChain'; chain: OptionChain }
);

export interface ReadContext {
  /** Remembered overrides by raw symbol; the request's own answers win over them. */
  savedOverrides: Record<string, Partial<ImportedInstrument>>;
  /** Saved mapping profiles, the most recent first. */
  profiles: MappingProfile[];
  /** The book's as-of date (or today): decides one-digit futures years and a chain's time to expiry. */
  asOf: string;
  /** The book's price of an instrument (an option chain's underlying when the file has none). */
  priceOf: (id: string) => number | undefined;
}

const zipMagic = [0x50, 0x4b, 0x03, 0x04];
const oleMagic = [0xd0, 0xcf, 0x11, 0xe0];
const sniffLines = 30;

/**
 * Reads the file of an import request: a portfolio document, a price history, an option chain
 * or a broker export (`readBrokerFile`), recognised from the content unless the request names
 * the format (then a file of another format is an error at line 1). Broker files are read with
 * the remembered overrides under the request's answers, and a generic CSV whose columns could
 * not be guessed with the saved mapping profile whose columns it has.
 */
export async function readImportFile(request: ParsedImportRequest, context: ReadContext): Promise<ImportRead> {
  const bytes = request.base64 === undefined ? undefined : new Uint8Array(Buffer.from(request.base64, 'base64'));
  const binary = bytes !== undefined && (startsWith(bytes, zipMagic) || startsWith(bytes, oleMagic));
  const decodeWarnings: ImportWarning[] = [];
  let text = request.text;
  if (text === undefined && bytes !== undefined && !binary) {
    const decoded = decodeText(bytes);
    text = decoded.text;
    if (decoded.warning) decodeWarnings.push({ message: decoded.warning });
  }
  if (text !== undefined) text = stripBom(text);
  const base = { fileName: request.fileName, sourceLine: sourceLines(text), decodeWarnings };
  const wants = request.format;
  const mismatch = (found: ImportFormat | 'unknown') => ({ line: 1, message: `${request.fileName} reads as ${found}, not ${wants}` });

  if (text !== undefined && (wants === 'scanline-portfolio' || (wants === 'auto' && isPortfolioDocument(text)))) {
    return { ...base, kind: 'portfolio', portfolio: readPortfolioImport(text) };
  }
  if (text !== undefined && (wants === 'auto' || wants === 'price-history' || wants === 'option-chain') && !/^\s*[<{[]/.test(text)) {
    const head = parseCsvTable(leadingLines(text, sniffLines)).table;
    const dateOrder = request.options.dateOrder;
    const chainOptions = { asOf: request.options.asOf ?? context.asOf, ...(dateOrder === undefined ? {} : { dateOrder }), underlyingPrice: context.priceOf };
    if (wants !== 'option-chain' && readPriceHistory(head, request.fileName, {}) !== undefined) {
      const history = readPriceHistory(parseCsvTable(text).table, request.fileName, { ...(request.series === undefined ? {} : { series: request.series }), ...(dateOrder === undefined ? {} : { dateOrder }) });
      if (history) return { ...base, kind: 'prices', history };
    }
    if (wants !== 'price-history' && readOptionChain(head, chainOptions) !== undefined) {
      const chain = readOptionChain(parseCsvTable(text).table, chainOptions);
      if (chain) return { ...base, kind: 'optionChain', chain };
    }
  }
  const profile = request.options.mappingProfile ?? context.profiles.find((p) => p.name === request.mappingProfileName);
  const options: ImportOptions = {
    ...request.options,
    asOf: request.options.asOf ?? context.asOf,
    overrides: mergeOverrides(context.savedOverrides, request.options.overrides ?? {}),
    ...(profile === undefined ? {} : { mappingProfile: profile }),
  };
  const file = binary ? { fileName: request.fileName, bytes, options } : { fileName: request.fileName, text: text ?? '', options };
  let result = await readBrokerFile(file);
  let mappingProfile = profile;
  if (result.mappingRequest && profile === undefined) {
    const columns = new Set(result.mappingRequest.columns.map(normaliseHeader));
    const fitting = context.profiles.find((p) => Object.keys(p.columns).every((column) => columns.has(normaliseHeader(column))));
    if (fitting) {
      result = await readBrokerFile({ ...file, options: { ...options, mappingProfile: fitting } });
      mappingProfile = fitting;
      result.warnings.unshift({ message: `read with the saved column mapping "${fitting.name}"` });
    }
  }
  if (request.mappingProfileName !== undefined && profile === undefined) {
    result.errors.unshift({ line: 1, message: `no saved mapping profile named "${request.mappingProfileName}"` });
  }
  if (wants !== 'auto' && (wants as BrokerFormat) !== result.format) result.errors.unshift(mismatch(result.format));
  result.warnings.unshift(...decodeWarnings);
  const symbols = new Set(result.rows.map((row) => row.rawSymbol));
  const remembered = Object.fromEntries(Object.entries(context.savedOverrides).filter(([symbol]) => symbols.has(symbol)));
  return { ...base, kind: 'positions', result, remembered, ...(mappingProfile === undefined ? {} : { mappingProfile }) };
}

/** Per raw symbol, the request's fields over the remembered ones. */
function mergeOverrides(
  saved: Record<string, Partial<ImportedInstrument>>,
  given: Record<string, Partial<ImportedInstrument>>,
): Record<string, Partial<ImportedInstrument>> {
  const merged = { ...saved };
  for (const [symbol, override] of Object.entries(given)) merged[symbol] = { ...saved[symbol], ...override };
  return merged;
}

/** The text of a 1-based line as the importers count them (CRLF and CR are line ends too). */
function sourceLines(text: string | undefined): (line: number) => string {
  if (text === undefined) return () => '';
  let lines: string[] | undefined;
  return (line) => {
    lines ??= text.split(/\r\n|\r|\n/);
    const source = lines[line - 1] ?? '';
    return source.length > 400 ? `${source.slice(0, 400)}…` : source;
  };
}

/** The first `count` lines of a text (without reading the rest). */
function leadingLines(text: string, count: number): string {
  let end = 0;
  for (let line = 0; line < count && end >= 0; line++) end = text.indexOf('\n', end + 1);
  return end < 0 ? text : text.slice(0, end);
}

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((byte, index) => bytes[index] === byte);
}
