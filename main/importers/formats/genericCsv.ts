import type { DateOrder, ImportOptions, MappingField, RowError } from '../../../shared/importResult.ts';
import type { InstrumentKind } from '../../../shared/instrument.ts';
import { collectAmbiguity } from '../master/collectAmbiguity.ts';
import { emptyOutput, noteDefaultAccount, type ReaderOutput } from '../readerOutput.ts';
import type { SourceTable, TableRow } from '../sourceTable.ts';
import { interpretSymbol, type ExplicitFields } from '../symbols/interpretSymbol.ts';
import { parseOsiSymbol } from '../symbols/osiSymbol.ts';
import type { TableFormat } from '../tableFormat.ts';
import { normaliseHeader } from '../text/columnReader.ts';
import { detectDecimalSeparator } from '../text/detectDecimalSeparator.ts';
import { parseDate } from '../text/parseDate.ts';
import { parseNumber, type DecimalSeparator } from '../text/parseNumber.ts';
import { resolveDateOrder } from '../text/resolveDateOrder.ts';
import { dataRows, findLayout } from './genericLayout.ts';

const defaultAccount = 'DEFAULT';

/** A CSV of OSI option symbols and quantities (with or without a header). */
export const osiCsv: TableFormat = {
  format: 'osi-csv',
  detect: (table) => {
    const layout = findLayout(table, undefined);
    if ('request' in layout || layout.columns.symbol === undefined) return undefined;
    const symbols = dataRows(table, layout).slice(0, 50).map((row) => row.cells[layout.columns.symbol ?? 0] ?? '').filter((symbol) => symbol !== '');
    return symbols.length > 0 && symbols.every((symbol) => parseOsiSymbol(symbol) !== undefined) ? 0 : undefined;
  },
  read: (table, _headerIndex, options) => readGenericCsv(table, options),
};

/**
 * Any other CSV: columns are found by a mapping profile, else guessed from their headers; when
 * the symbol and quantity columns cannot be found, the result asks for a mapping.
 */
export const genericCsv: TableFormat = {
  format: 'generic-csv',
  detect: () => 0,
  read: (table, _headerIndex, options) => readGenericCsv(table, options),
};

function readGenericCsv(table: SourceTable, options: ImportOptions): ReaderOutput {
  const output = emptyOutput();
  const layout = findLayout(table, options.mappingProfile);
  if ('request' in layout) {
    output.mappingRequest = layout.request;
    output.errors.push(layout.error);
    return output;
  }
  const rows = dataRows(table, layout);
  const firstLine = table.rows[0]?.line;
  if (layout.headerIndex > 0 && firstLine !== undefined) {
    output.warnings.push({ line: firstLine, message: `lines ${firstLine}–${(table.rows[layout.headerIndex]?.line ?? 2) - 1} come before the header row and were not read as positions` });
  }
  const cell = (row: TableRow, field: MappingField) => {
    const at = layout.columns[field];
    return at === undefined ? '' : (row.cells[at] ?? '').trim();
  };
  const header = (field: MappingField) => layout.headers[layout.columns[field] ?? -1] ?? field;
  const decimal = detectDecimalSeparator(rows.flatMap((row) => (['quantity', 'price', 'strike', 'multiplier'] as const).map((field) => cell(row, field))), table.delimiter);
  const fallbackOrder: DateOrder = decimal === ',' ? 'dmy' : 'mdy';
  const expiryCells = rows.map((row) => ({ line: row.line, value: cell(row, 'expiry') })).filter((entry) => entry.value !== '');
  const dateOrder = resolveDateOrder(header('expiry'), expiryCells, options, fallbackOrder, output);
  const referenceYear = options.asOf && /^\d{4}-\d{2}-\d{2}$/.test(options.asOf) ? Number(options.asOf.slice(0, 4)) : undefined;
  const headerRow = layout.headerIndex >= 0 ? table.rows[layout.headerIndex]?.cells : undefined;
  const repeatsHeader = (row: TableRow) => headerRow !== undefined && row.cells.length === headerRow.length && row.cells.every((value, index) => value === headerRow[index]);
  for (const row of rows) {
    const symbol = cell(row, 'symbol');
    if (/^(sub)?total\b/i.test(symbol) || /^(sub)?total\b/i.test(row.cells[0] ?? '') || repeatsHeader(row)) continue;
    const problem = (field: MappingField, message: string): RowError => ({ line: row.line, field: header(field), message });
    if (!symbol) {
      output.errors.push(problem('symbol', 'no symbol'));
      continue;
    }
    const quantityText = cell(row, 'quantity');
    const size = parseNumber(quantityText, decimal);
    if (size === undefined) {
      output.errors.push(problem('quantity', `${symbol}: quantity "${quantityText}" is not a number`));
      continue;
    }
    const sign = sideSign(cell(row, 'side'));
    if (sign === undefined) {
      output.errors.push(problem('side', `${symbol}: side "${cell(row, 'side')}" is not buy/sell or long/short`));
      continue;
    }
    const explicit = explicitFields(row, cell, decimal, dateOrder);
    if ('field' in explicit) {
      output.errors.push(problem(explicit.field, `${symbol}: ${explicit.message}`));
      continue;
    }
    const interpretation = interpretSymbol(symbol, explicit, referenceYear);
    if ('message' in interpretation) {
      output.errors.push(problem('symbol', interpretation.message));
      continue;
    }
    if (size === 0) {
      output.warnings.push({ line: row.line, message: `${symbol}: quantity 0 (flat); not imported` });
      continue;
    }
    const { alternative, kindGuessed, ...reading } = interpretation;
    if (alternative) {
      collectAmbiguity(output.ambiguities, { kind: 'instrument', rawSymbol: symbol, lines: [row.line], assumed: 0, ...alternative });
    }
    output.rows.push({
      line: row.line,
      account: cell(row, 'account') || defaultAccount,
      quantity: sign === 0 ? size : sign * Math.abs(size),
      rawSymbol: symbol,
      ...reading,
      ...(kindGuessed ? { kindGuessed } : {}),
    });
  }
  noteDefaultAccount(output, defaultAccount, options.accountOverride);
  return output;
}

function explicitFields(
  row: TableRow,
  cell: (row: TableRow, field: MappingField) => string,
  decimal: DecimalSeparator,
  dateOrder: DateOrder,
): ExplicitFields | { field: MappingField; message: string } {
  const explicit: ExplicitFields = {};
  for (const field of ['price', 'multiplier', 'strike'] as const) {
    const text = cell(row, field);
    if (text === '') continue;
    const value = parseNumber(text, decimal);
    if (value === undefined) return { field, message: `${field} "${text}" is not a number` };
    explicit[field] = value;
  }
  const expiry = cell(row, 'expiry');
  if (expiry !== '') {
    explicit.expiry = parseDate(expiry, dateOrder);
    if (explicit.expiry === undefined) return { field: 'expiry', message: `expiry "${expiry}" is not a date` };
  }
  const right = cell(row, 'right').toUpperCase();
  if (right !== '') {
    explicit.right = right === 'C' || right === 'CALL' ? 'call' : right === 'P' || right === 'PUT' ? 'put' : undefined;
    if (explicit.right === undefined) return { field: 'right', message: `right "${right}" is not C/P or call/put` };
  }
  const kind = cell(row, 'kind');
  if (kind !== '') {
    explicit.kind = kindOf(kind);
    if (explicit.kind === undefined) return { field: 'kind', message: `"${kind}" is not a kind of instrument Scanline knows (stock, ETF, index, future, perpetual, spot, option)` };
  }
  if (cell(row, 'underlying') !== '') explicit.underlying = cell(row, 'underlying').toUpperCase();
  if (cell(row, 'currency') !== '') explicit.currency = cell(row, 'currency').toUpperCase();
  return explicit;
}

const kinds: Record<string, InstrumentKind> = {
  stk: 'equity', stock: 'equity', stocks: 'equity', equity: 'equity', equities: 'equity', share: 'equity', shares: 'equity', cs: 'equity', common: 'equity',
  etf: 'etf', ind: 'index', index: 'index',
  opt: 'option', option: 'option', options: 'option', fop: 'option', call: 'option', put: 'option',
  fut: 'future', future: 'future', futures: 'future',
  perp: 'perpetual', perpetual: 'perpetual', swap: 'perpetual',
  spot: 'spot', cash: 'spot', fx: 'spot', forex: 'spot', crypto: 'spot',
};

function kindOf(text: string): InstrumentKind | undefined {
  return kinds[normaliseHeader(text)];
}

/** 1 long, -1 short, 0 when there is no side (the quantity's own sign counts); undefined if unreadable. */
function sideSign(text: string): number | undefined {
  const side = normaliseHeader(text);
  if (side === '') return 0;
  if (['b', 'buy', 'bot', 'bought', 'long', 'l'].includes(side)) return 1;
  if (['s', 'sell', 'sld', 'sold', 'short', 'ss'].includes(side)) return -1;
  return undefined;
}
