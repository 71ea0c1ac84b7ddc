import type { BrokerFormat, ImportOptions } from '../../../shared/importResult.ts';
import { isoDate } from '../calendarDate.ts';
import type { DraftPosition } from '../draftPosition.ts';
import { contractMonthExpiry } from '../master/contractMonthExpiry.ts';
import { rootRule } from '../master/knownRoots.ts';
import { emptyOutput, noteDefaultAccount, type ReaderOutput } from '../readerOutput.ts';
import type { SourceTable } from '../sourceTable.ts';
import { futuresCode } from '../symbols/cmeMonthCode.ts';
import { monthNumber } from '../symbols/dayMonthYear.ts';
import type { TableFormat } from '../tableFormat.ts';
import { columnReader, type ColumnReader } from '../text/columnReader.ts';
import { detectDecimalSeparator } from '../text/detectDecimalSeparator.ts';
import { findHeaderRow } from '../text/findHeaderRow.ts';
import { parseDate } from '../text/parseDate.ts';
import { parseNumber } from '../text/parseNumber.ts';

type Field = 'date' | 'account' | 'currency' | 'exchange' | 'product' | 'type' | 'period' | 'underlyingPeriod' | 'right' | 'strike' | 'net';

interface Dialect {
  format: BrokerFormat;
  defaultAccount: string;
  signature: string[][];
  columns: Record<Field, readonly string[]>;
}

const none: readonly string[] = [];

const dialects: Dialect[] = [
  {
    format: 'cme-spanposconv',
    defaultAccount: 'CME',
    signature: [['pfCode'], ['pe'], ['net']],
    columns: { date: ['date'], account: ['acctId'], currency: ['currency'], exchange: ['exch'], product: ['pfCode'], type: ['pfType'], period: ['pe'], underlyingPeriod: ['undPe'], right: ['o'], strike: ['k'], net: ['net'] },
  },
  {
    format: 'cme-core',
    defaultAccount: 'CME',
    signature: [['Ticker Symbol'], ['Period Code'], ['Net Positions']],
    columns: {
      date: none, account: ['Account'], currency: none, exchange: ['Exchange'], product: ['Ticker Symbol'], type: none,
      period: ['Period Code'], underlyingPeriod: ['Underlying Period Code'], right: ['Put / Call', 'Put/Call'], strike: ['Strike'], net: ['Net Positions'],
    },
  },
  {
    format: 'eurex-etd',
    defaultAccount: 'EUREX',
    signature: [['Product ID'], ['Contract Date'], ['Net LS Balance']],
    columns: {
      date: none, account: ['Account', 'Member Account'], currency: ['Currency'], exchange: none, product: ['Product ID'], type: none,
      period: ['Contract Date'], underlyingPeriod: none, right: ['Call Put Flag'], strike: ['Exercise Price'], net: ['Net LS Balance'],
    },
  },
];

/**
 * Clearing position files, one row per product, contract period and strike: CME SpanPosConv
 * (`date, isSetl, firm, acctId, …, pfCode, pfType, pe, undPe, o, k, net`), the CME CORE upload
 * and Eurex ETD CSVs. Futures get their exchange code (`ESM4`); contract sizes, underlyings and
 * third-Friday expiries come from the instrument master, and a row whose product the master
 * does not know needs an override for its size (and its expiry when the period is a month).
 */
export const exchangePositionFormats: TableFormat[] = dialects.map((dialect) => ({
  format: dialect.format,
  detect: (table) => findHeaderRow(table, ...dialect.signature),
  read: (table, headerIndex, options) => readExchangePositions(dialect, table, headerIndex, options),
}));

function readExchangePositions(dialect: Dialect, table: SourceTable, headerIndex: number, options: ImportOptions): ReaderOutput {
  const output = emptyOutput();
  const header = table.rows[headerIndex];
  if (!header) return output;
  const reader = columnReader(header.cells, dialect.columns);
  const rows = table.rows.slice(headerIndex + 1);
  const decimal = detectDecimalSeparator(rows.flatMap((row) => [reader.get(row, 'net'), reader.get(row, 'strike')]), table.delimiter);
  for (const row of rows) {
    const product = reader.get(row, 'product').toUpperCase();
    const netText = reader.get(row, 'net');
    const net = parseNumber(netText, decimal);
    if (!product) {
      output.errors.push({ line: row.line, field: reader.header('product'), message: 'no product code' });
      continue;
    }
    if (net === undefined) {
      output.errors.push({ line: row.line, field: reader.header('net'), message: `${product}: net position "${netText}" is not a number` });
      continue;
    }
    const draft = exchangeInstrument(reader, row, product, decimal);
    if ('message' in draft) {
      output.errors.push({ line: row.line, field: draft.field, message: draft.message });
      continue;
    }
    if (net === 0) {
      output.warnings.push({ line: row.line, message: `${draft.rawSymbol}: net position 0 (flat); not imported` });
      continue;
    }
    output.rows.push({ ...draft, line: row.line, account: reader.get(row, 'account') || dialect.defaultAccount, quantity: net });
    const date = reader.get(row, 'date');
    if (date) output.statementDate ??= parseDate(date, 'mdy');
  }
  noteDefaultAccount(output, dialect.defaultAccount, options.accountOverride);
  return output;
}

type Draft = Omit<DraftPosition, 'line' | 'account' | 'quantity'>;

function exchangeInstrument(reader: ColumnReader<Field>, row: SourceTable['rows'][number], product: string, decimal: '.' | ','): Draft | { field: string; message: string } {
  const periodText = reader.get(row, 'period');
  const period = parsePeriod(periodText);
  if (!period) return { field: reader.header('period'), message: `${product}: period "${periodText}" is not YYYYMM or YYYYMMDD` };
  const type = reader.get(row, 'type').toUpperCase();
  const rightText = reader.get(row, 'right').toUpperCase();
  const currency = reader.get(row, 'currency') || undefined;
  const code = futuresCode(product, period.year, period.month);
  const expiry = period.day ?? contractMonthExpiry(product, period.year, period.month);
  if (type === 'FUT' || (type === '' && rightText === '')) {
    return { rawSymbol: code, root: product, instrument: { id: code, kind: 'future', expiry, currency }, required: ['multiplier', 'expiry'] };
  }
  if (type !== '' && type !== 'OOF' && type !== 'OOP') return { field: reader.header('type'), message: `${product}: product type ${type} is not a future or an option` };
  const right = rightText.startsWith('C') ? 'call' : rightText.startsWith('P') ? 'put' : undefined;
  if (right === undefined) return { field: reader.header('right'), message: `${product}: "${rightText}" is not C or P` };
  const strikeText = reader.get(row, 'strike');
  const strike = parseNumber(strikeText, decimal);
  if (strike === undefined) return { field: reader.header('strike'), message: `${product}: strike "${strikeText}" is not a number` };
  const rule = rootRule(product);
  const onIndex = type === 'OOP' || rule?.kind === 'indexOption';
  const underlyingPeriod = parsePeriod(reader.get(row, 'underlyingPeriod')) ?? period;
  const futureRoot = rule?.kind === 'future' ? rule.root : product;
  const underlying = onIndex ? (rule?.underlying ?? product) : futuresCode(futureRoot, underlyingPeriod.year, underlyingPeriod.month);
  const id = `${product} ${periodText} ${right === 'call' ? 'C' : 'P'}${strike}`;
  return { rawSymbol: id, root: product, instrument: { id, kind: 'option', underlying, right, strike, expiry, currency }, required: ['multiplier', 'expiry'] };
}

function parsePeriod(text: string): { year: number; month: number; day?: string } | undefined {
  const numeric = /^(\d{4})(\d{2})(\d{2})?$/.exec(text.trim());
  if (numeric) {
    const year = Number(numeric[1]);
    const month = Number(numeric[2]);
    if (isoDate(year, month, 1) === undefined) return undefined;
    if (numeric[3] === undefined) return { year, month };
    const day = isoDate(year, month, Number(numeric[3]));
    return day === undefined ? undefined : { year, month, day };
  }
  const named = /^([A-Za-z]{3})(\d{2})$/.exec(text.trim());
  const month = named ? monthNumber(named[1] ?? '') : undefined;
  return named && month !== undefined ? { year: 2000 + Number(named[2]), month } : undefined;
}
