import type { DateOrder, ImportedInstrument, ImportWarning, RowError } from '../../shared/importResult.ts';
import { impliedVol } from '../engine/impliedVol.ts';
import { yearFraction } from '../engine/yearFraction.ts';
import { applyInstrumentMaster } from '../importers/master/applyInstrumentMaster.ts';
import type { SourceTable } from '../importers/sourceTable.ts';
import { deribitInstrument } from '../importers/symbols/deribitSymbol.ts';
import { interpretSymbol } from '../importers/symbols/interpretSymbol.ts';
import { columnReader } from '../importers/text/columnReader.ts';
import { parseDate } from '../importers/text/parseDate.ts';
import { parseNumber } from '../importers/text/parseNumber.ts';

/** One option of a chain with its mark and vol. */
export interface ChainOption {
  line: number;
  rawSymbol: string;
  instrument: ImportedInstrument;
}

export interface OptionChain {
  options: ChainOption[];
  /** Underlying id → its price in the file (the forward or future an option is priced on), and the index under it. */
  underlyings: Map<string, { price: number; index?: number }>;
  errors: RowError[];
  warnings: ImportWarning[];
}

const aliases = {
  instrument: ['instrument_name', 'instrument', 'symbol', 'option symbol', 'contract'],
  underlying: ['underlying', 'underlying symbol', 'root'],
  expiry: ['expiration_timestamp', 'expiry', 'expiration', 'expiration date', 'expiry date', 'maturity'],
  strike: ['strike', 'strike price'],
  right: ['option_type', 'right', 'put/call', 'call/put', 'type', 'cp'],
  iv: ['mark_iv', 'iv', 'implied vol', 'implied volatility', 'vol', 'volatility'],
  bid: ['best_bid_price', 'bid'],
  ask: ['best_ask_price', 'ask'],
  mark: ['mark_price', 'mark', 'price', 'last', 'last_price'],
  underlyingPrice: ['underlying_price', 'underlying price', 'forward', 'spot', 'underlying last'],
  indexPrice: ['index_price', 'index price'],
  timestamp: ['timestamp', 'quote time', 'quote_time'],
} as const;
type Field = keyof typeof aliases;
const positionHeaders = ['quantity', 'qty', 'position', 'net', 'size', 'account'];
const yearMs = 365 * 86_400_000;

/**
 * Reads an option chain: per option its strike, expiry, right and implied vol — given (`iv`,
 * Deribit's `mark_iv` in vol points), or implied from the mark or the bid/ask mid with Black-76
 * on the file's underlying price (r = 0, the price taken as the forward; a coin-quoted Deribit
 * price is turned into USD first). Instruments come from the names (Deribit, OSI…) or from the
 * underlying and the strike/expiry/right columns. Time to expiry runs from the quote's
 * `timestamp` when given, else from `asOf`. Undefined when the header is not a chain's.
 */
export function readOptionChain(table: SourceTable, options: { asOf: string; dateOrder?: DateOrder; underlyingPrice: (id: string) => number | undefined }): OptionChain | undefined {
  const [header, ...data] = table.rows;
  if (!header) return undefined;
  const columns = columnReader<Field>(header.cells, aliases);
  const has = (field: Field) => columns.has(field);
  const quoted = has('iv') || has('mark') || (has('bid') && has('ask'));
  const named = has('instrument') || has('underlying');
  if (!has('strike') || !has('expiry') || !quoted || !named) return undefined;
  if (header.cells.some((cell) => positionHeaders.includes(cell.trim().toLowerCase()))) return undefined;

  const errors: RowError[] = [];
  const warnings: ImportWarning[] = [];
  const ivValues = data.map((row) => parseNumber(columns.get(row, 'iv'))).filter((v): v is number => v !== undefined && v > 0);
  const ivInPoints = ivValues.some((v) => v > 3);
  if (ivInPoints) warnings.push({ message: `${columns.header('iv')} is in vol points (${ivValues[0]}); stored as a decimal (÷ 100)` });
  const referenceYear = Number(options.asOf.slice(0, 4));
  const result: ChainOption[] = [];
  const underlyings = new Map<string, { price: number; index?: number; at: number }>();
  let implied = 0;
  for (const row of data) {
    const fail = (field: Field, message: string) => errors.push({ line: row.line, field: columns.header(field), message });
    const strike = parseNumber(columns.get(row, 'strike'));
    const expiryText = columns.get(row, 'expiry');
    const expiry = parseDate(expiryText, options.dateOrder ?? 'mdy');
    const right = rightOf(columns.get(row, 'right'));
    const name = columns.get(row, 'instrument') || columns.get(row, 'underlying');
    if (!(strike !== undefined && strike > 0)) {
      fail('strike', `${name}: strike "${columns.get(row, 'strike')}" is not a positive number`);
      continue;
    }
    if (expiry === undefined) {
      fail('expiry', `${name}: expiry "${expiryText}" is not a date`);
      continue;
    }
    const explicit = { strike, expiry, ...(right === undefined ? {} : { right }) };
    const venue = deribitInstrument(name);
    const reading = venue?.instrument.kind === 'option' ? venue : interpretSymbol(name, explicit, referenceYear);
    if ('message' in reading) {
      fail(has('instrument') ? 'instrument' : 'underlying', reading.message);
      continue;
    }
    if (reading.instrument.kind !== 'option') {
      fail('right', `${name}: not an option (give the right: call or put)`);
      continue;
    }
    const [drafted] = applyInstrumentMaster([{ line: row.line, account: '', quantity: 0, rawSymbol: name, instrument: reading.instrument, ...(reading.root === undefined ? {} : { root: reading.root }) }], [], []);
    const instrument: ImportedInstrument = { ...(drafted?.instrument ?? reading.instrument) };
    const underlyingId = instrument.underlying ?? '';
    const forward = parseNumber(columns.get(row, 'underlyingPrice')) ?? options.underlyingPrice(underlyingId);
    const quoteMs = Number(columns.get(row, 'timestamp'));
    const expiryMs = Number(expiryText);
    const T = quoteMs > 1e11 && expiryMs > 1e11 ? (expiryMs - quoteMs) / yearMs : yearFraction(options.asOf, expiry);
    const bid = parseNumber(columns.get(row, 'bid'));
    const ask = parseNumber(columns.get(row, 'ask'));
    const price = parseNumber(columns.get(row, 'mark')) ?? (bid !== undefined && ask !== undefined && bid > 0 && ask >= bid ? (bid + ask) / 2 : undefined);
    const iv = parseNumber(columns.get(row, 'iv'));
    let vol = iv !== undefined && iv > 0 ? (ivInPoints ? Number((iv / 100).toPrecision(12)) : iv) : undefined;
    if (vol === undefined) {
      if (price === undefined || forward === undefined) {
        fail('iv', `${instrument.id}: no implied vol, and no ${price === undefined ? 'mark or bid/ask' : 'underlying price'} to imply one from`);
        continue;
      }
      const usdPrice = instrument.settlement === 'inverse' ? price * forward : price;
      const solved = impliedVol(usdPrice, instrument.right === 'call', forward, strike, T, 0, 0);
      if (!solved.ok) {
        fail('iv', `${instrument.id}: no vol implied from price ${price}: ${solved.reason}`);
        continue;
      }
      vol = solved.vol;
      implied++;
    }
    if (price !== undefined) instrument.price = price;
    instrument.vol = vol;
    result.push({ line: row.line, rawSymbol: name, instrument });
    if (forward !== undefined && underlyingId !== '' && forward > 0) {
      const at = Number.isFinite(quoteMs) ? quoteMs : row.line;
      const index = parseNumber(columns.get(row, 'indexPrice'));
      const known = underlyings.get(underlyingId);
      if (!known || at >= known.at) underlyings.set(underlyingId, { price: forward, at, ...(index === undefined ? {} : { index }) });
    }
  }
  if (implied > 0) warnings.push({ message: `${implied} vol(s) implied from the mark or bid/ask mid with Black-76 on the underlying price (r = 0)` });
  return { options: result, underlyings: new Map([...underlyings].map(([id, u]) => [id, { price: u.price, ...(u.index === undefined ? {} : { index: u.index }) }])), errors, warnings };
}

function rightOf(text: string): 'call' | 'put' | undefined {
  const value = text.trim().toLowerCase();
  if (value === 'call' || value === 'c') return 'call';
  if (value === 'put' || value === 'p') return 'put';
  return undefined;
}
