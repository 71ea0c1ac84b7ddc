import type { ImportOptions } from '../../../shared/importResult.ts';
import { mergeLots, type DetailedRow } from '../mergeLots.ts';
import { emptyOutput, noteDefaultAccount, type ReaderOutput } from '../readerOutput.ts';
import type { SourceTable, TableRow } from '../sourceTable.ts';
import type { TableFormat } from '../tableFormat.ts';
import { columnReader, normaliseHeader } from '../text/columnReader.ts';
import { parseDate } from '../text/parseDate.ts';
import { parseNumber } from '../text/parseNumber.ts';
import { resolveDateOrder } from '../text/resolveDateOrder.ts';
import { ibCategoryNames, ibInstrument } from './ibInstrument.ts';

const rowTypes = new Set(['header', 'data', 'total', 'subtotal', 'notes', 'metainfo']);
const positionSections = new Set(['openpositions', 'longopenpositions', 'shortopenpositions']);

const positionColumns = {
  account: ['Account'],
  discriminator: ['DataDiscriminator'],
  category: ['Asset Category', 'Asset Class'],
  currency: ['Currency'],
  symbol: ['Symbol'],
  description: ['Description'],
  quantity: ['Quantity', 'Position'],
  multiplier: ['Mult', 'Multiplier'],
  price: ['Close Price', 'Mark Price', 'Price'],
} as const;

const instrumentColumns = {
  category: ['Asset Category', 'Asset Class'],
  symbol: ['Symbol'],
  description: ['Description'],
  conid: ['Conid'],
  securityId: ['Security ID'],
  underlying: ['Underlying'],
  multiplier: ['Multiplier', 'Mult'],
  expiry: ['Expiry', 'Expiration'],
  type: ['Type'],
  strike: ['Strike'],
} as const;

/** Account for statements that name none (the warning says so; the account override replaces it). */
const defaultAccount = 'IB';

const navColumns = { account: ['Account'], assetClass: ['Asset Class'], total: ['Current Total', 'Total'] } as const;

/** An IB Activity Statement: multi-section CSV, section name then Header/Data/Total/SubTotal. */
export const ibActivityCsv: TableFormat = {
  format: 'ib-activity-csv',
  detect: (table) => {
    const sample = table.rows.slice(0, 40);
    const shaped = sample.filter((row) => (row.cells[0] ?? '') !== '' && rowTypes.has(normaliseHeader(row.cells[1] ?? '')));
    return normaliseHeader(sample[0]?.cells[1] ?? '') === 'header' && shaped.length >= sample.length * 0.8 ? 0 : undefined;
  },
  read: readIbActivityCsv,
};

interface Section {
  key: string;
  header: string[];
}

/**
 * Reads the Open Positions (or older Long/Short Open Positions) of an Activity Statement:
 * Summary rows, or the sum of the Lot rows of a position without one; Total and SubTotal rows
 * are skipped on purpose. Strike, expiry, multiplier and conid come from the Financial
 * Instrument Information section, account equity from Net Asset Value. A consolidated or
 * concatenated statement yields each account it names.
 */
function readIbActivityCsv(table: SourceTable, _headerIndex: number, options: ImportOptions): ReaderOutput {
  const output = emptyOutput();
  const sections = new Map<string, Section>();
  const positions: { row: TableRow; section: Section; account: string | undefined }[] = [];
  const instruments = new Map<string, { row: TableRow; section: Section }>();
  const statement = new Map<string, string>();
  let account: string | undefined;
  for (const row of table.rows) {
    const [name = '', type = ''] = row.cells;
    const key = normaliseHeader(name);
    const kind = normaliseHeader(type);
    if (kind === 'header') {
      sections.set(key, { key, header: row.cells.slice(2) });
      continue;
    }
    const section = sections.get(key);
    const cells = row.cells.slice(2);
    if (key === 'statement' || key === 'accountinformation') {
      const [field = '', value = ''] = cells;
      const fieldKey = normaliseHeader(field);
      if (key === 'statement') statement.set(fieldKey, value);
      if (fieldKey === 'account') {
        account = value.split(/\s/)[0] || value;
        if (!output.accounts.some((known) => known.id === account)) output.accounts.push({ id: account });
      } else if (fieldKey === 'basecurrency') {
        const known = output.accounts.find((entry) => entry.id === account);
        if (known) known.currency = value;
      }
      continue;
    }
    if (!positionSections.has(key) && key !== 'financialinstrumentinformation' && key !== 'netassetvalue') continue;
    if (kind !== 'data') {
      if (!rowTypes.has(kind) && positionSections.has(key)) output.errors.push({ line: row.line, message: `row type "${type}" in ${name} is not Header, Data, Total or SubTotal` });
      else if (kind === 'total' && key === 'netassetvalue' && section) readNav(row, section, account, output);
      continue;
    }
    if (!section) {
      if (positionSections.has(key)) output.errors.push({ line: row.line, message: `${name} data before its Header row` });
      continue;
    }
    if (positionSections.has(key)) positions.push({ row, section, account });
    else if (key === 'financialinstrumentinformation') {
      const columns = columnReader(section.header, instrumentColumns);
      const shifted = { line: row.line, cells };
      instruments.set(instrumentKey(columns.get(shifted, 'category'), columns.get(shifted, 'symbol')), { row: shifted, section });
    } else readNav(row, section, account, output);
  }
  if (positions.length === 0 && !sections.has('openpositions') && !sections.has('longopenpositions') && !sections.has('shortopenpositions')) {
    const title = statement.get('title');
    output.errors.push({ line: 1, message: `no Open Positions section: this IB statement${title ? ` (${title})` : ''} holds no positions` });
    return output;
  }
  const period = statement.get('period')?.split(' - ').at(-1) ?? statement.get('whengenerated') ?? '';
  output.statementDate = parseDate(period, 'mdy');
  const referenceYear = output.statementDate ? Number(output.statementDate.slice(0, 4)) : undefined;
  const expiryCells = [...instruments.values()].map(({ row, section }) => ({ line: row.line, value: columnReader(section.header, instrumentColumns).get(row, 'expiry') }));
  const dateOrder = resolveDateOrder('Expiry', expiryCells.filter((cell) => cell.value !== ''), options, 'mdy', output);
  const detailed: DetailedRow[] = [];
  for (const { row, section, account: sectionAccount } of positions) {
    const shifted = { line: row.line, cells: row.cells.slice(2) };
    const columns = columnReader(section.header, positionColumns);
    const symbol = columns.get(shifted, 'symbol');
    const categoryText = columns.get(shifted, 'category');
    if (/^total/i.test(symbol) || /^total/i.test(categoryText) || /^total/i.test(columns.get(shifted, 'discriminator'))) continue;
    if (!symbol) {
      output.errors.push({ line: row.line, field: columns.header('symbol'), message: 'position without a symbol' });
      continue;
    }
    const quantityText = columns.get(shifted, 'quantity');
    let quantity = parseNumber(quantityText);
    if (quantity === undefined) {
      output.errors.push({ line: row.line, field: columns.header('quantity'), message: `${symbol}: quantity "${quantityText}" is not a number` });
      continue;
    }
    if (section.key === 'shortopenpositions') quantity = -Math.abs(quantity);
    const category = ibCategoryNames[normaliseHeader(categoryText)] ?? categoryText.toUpperCase();
    const info = instruments.get(instrumentKey(categoryText, symbol));
    const infoColumns = info ? columnReader(info.section.header, instrumentColumns) : undefined;
    const infoField = (field: keyof typeof instrumentColumns) => (info && infoColumns ? infoColumns.get(info.row, field) : '');
    const expiryText = infoField('expiry');
    const read = ibInstrument({
      category,
      symbol,
      description: infoField('description') || columns.get(shifted, 'description'),
      currency: columns.get(shifted, 'currency'),
      multiplier: parseNumber(columns.get(shifted, 'multiplier')) ?? parseNumber(infoField('multiplier')),
      strike: parseNumber(infoField('strike')),
      expiry: expiryText ? parseDate(expiryText, dateOrder) : undefined,
      putCall: infoField('type').toUpperCase(),
      underlyingSymbol: infoField('underlying') || undefined,
      underlyingFuture: category === 'FOP' ? infoField('underlying') || undefined : undefined,
      price: parseNumber(columns.get(shifted, 'price')),
      referenceYear,
    });
    if ('message' in read) {
      output.errors.push({ line: row.line, field: read.field, message: read.message });
      continue;
    }
    if (expiryText && read.reading.instrument.expiry === undefined) {
      output.errors.push({ line: info?.row.line ?? row.line, field: 'Expiry', message: `${symbol}: expiry "${expiryText}" is not a date` });
      continue;
    }
    const rowAccount = columns.get(shifted, 'account') || sectionAccount || defaultAccount;
    const ids: Record<string, string> = {};
    if (infoField('conid')) ids.conid = infoField('conid');
    if (infoField('securityId')) ids.securityId = infoField('securityId');
    detailed.push({
      row: { line: row.line, account: rowAccount, quantity, rawSymbol: symbol, ...(infoField('description') ? { description: infoField('description') } : {}), ...(Object.keys(ids).length > 0 ? { ids } : {}), ...read.reading },
      detail: normaliseHeader(columns.get(shifted, 'discriminator')) === 'lot' ? 'lot' : 'summary',
      key: `${rowAccount}\u0000${read.reading.instrument.id}`,
    });
  }
  for (const row of mergeLots(detailed, output.warnings)) {
    if (row.quantity === 0) output.warnings.push({ line: row.line, message: `${row.rawSymbol}: position is 0 (flat); not imported` });
    else output.rows.push(row);
  }
  noteDefaultAccount(output, defaultAccount, options.accountOverride);
  return output;
}

function readNav(row: TableRow, section: Section, account: string | undefined, output: ReaderOutput): void {
  const columns = columnReader(section.header, navColumns);
  const shifted = { line: row.line, cells: row.cells.slice(2) };
  const assetClass = normaliseHeader(columns.get(shifted, 'assetClass') || (row.cells[2] ?? ''));
  if (assetClass !== 'total') return;
  const id = columns.get(shifted, 'account') || account;
  const equity = parseNumber(columns.get(shifted, 'total'));
  if (id === undefined || equity === undefined) return;
  const known = output.accounts.find((entry) => entry.id === id);
  if (known) known.equity = equity;
  else output.accounts.push({ id, equity });
}

function instrumentKey(category: string, symbol: string): string {
  const code = ibCategoryNames[normaliseHeader(category)] ?? category.toUpperCase();
  return `${code}\u0000${symbol.replace(/\s+/g, ' ').toUpperCase()}`;
}
