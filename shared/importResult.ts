import type { Instrument } from './instrument.ts';

/**
 * What a broker-import read returns (main/importers `readBrokerFile`): normalised rows and the
 * reason for every row that is not one, so the renderer can show a preview grid before anything
 * is written (`../shared/spec/broker-formats.md`).
 */

export const brokerFormats = [
  'ib-flex-xml',
  'ib-activity-csv',
  'deribit-positions-json',
  'deribit-transaction-log',
  'okx-positions',
  'okx-trade-history',
  'binance-options',
  'binance-trade-history',
  'bybit-transaction-log',
  'bybit-positions',
  'cme-spanposconv',
  'cme-core',
  'eurex-etd',
  'osi-csv',
  'generic-csv',
] as const;
/** The detected format; `unknown` when the content matched none (the errors say why). */
export type BrokerFormat = (typeof brokerFormats)[number] | 'unknown';

/** Day-first (`31/12/2024`) or month-first (`12/31/2024`) numeric dates. */
export type DateOrder = 'dmy' | 'mdy';

/** An instrument as a broker file describes it: compatible with `instrumentSchema`. */
export type ImportedInstrument = Instrument & {
  /** Index options: settled on the open (`am`: SPX, NDX, RUT monthlies) or the close (`pm`: SPXW). */
  settlementTime?: 'am' | 'pm';
};

export interface NormalisedPosition {
  /** 1-based line in the file (the row number of a spreadsheet) this position was read from. */
  line: number;
  /** Every line summed into this position (IB lots; transaction logs), when more than `line`. */
  lines?: number[];
  account: string;
  /** Signed: negative is short. */
  quantity: number;
  /**
   * Set when `quantity × multiplier` is an amount of this currency rather than of the underlying
   * (inverse futures sized in USD: Deribit `size`, OKX coin-margined contracts of 100 USD).
   */
  quantityCurrency?: string;
  instrument: ImportedInstrument;
  /** Currency of `instrument.price` when it is not `instrument.currency` (Deribit futures: USD). */
  priceCurrency?: string;
  /** The symbol exactly as the file wrote it; the key of `ImportOptions.overrides`. */
  rawSymbol: string;
  /** Product root used for instrument-master rules (`ES` for `ESM4`, `SPXW` for its options). */
  root?: string;
  description?: string;
  /** Broker identifiers: conid, isin, cusip, figi, underlyingConid… */
  ids?: Record<string, string>;
}

export interface ImportedAccount {
  id: string;
  /** Account equity (IB Net Asset Value, Deribit/Bybit equity or wallet balance), in `currency`. */
  equity?: number;
  currency?: string;
}

/** A row (or the file) that could not be read: 1-based line, the field when one is at fault. */
export interface RowError {
  line: number;
  field?: string;
  message: string;
}

export interface ImportWarning {
  line?: number;
  message: string;
}

/** One answer the app can offer for an ambiguity; remember it as `overrides[rawSymbol]`. */
export interface AmbiguityChoice {
  label: string;
  override: Partial<Instrument>;
}

/**
 * Something the file does not settle and the user should decide. The rows already use the
 * `assumed` choice; the app should ask, then read the file again with the answer
 * (`overrides` or `dateOrder`) before writing.
 */
export type Ambiguity =
  | {
      kind: 'instrument';
      rawSymbol: string;
      field: 'kind' | 'multiplier' | 'settlement' | 'expiry';
      question: string;
      lines: number[];
      choices: AmbiguityChoice[];
      /** Index into `choices` of what the rows use now. */
      assumed: number;
    }
  | {
      kind: 'dateOrder';
      column: string;
      question: string;
      lines: number[];
      samples: string[];
      assumed: DateOrder;
    };

export const mappingFields = [
  'account',
  'symbol',
  'quantity',
  'side',
  'price',
  'multiplier',
  'expiry',
  'strike',
  'right',
  'underlying',
  'kind',
  'currency',
] as const;
/** What a generic-CSV column can mean. `side` (buy/sell, long/short) signs the quantity. */
export type MappingField = (typeof mappingFields)[number];

/** A saved column mapping for generic CSV files: header text → field. */
export interface MappingProfile {
  name: string;
  columns: Record<string, MappingField>;
}

/** Returned instead of rows when a generic CSV's columns could not be guessed. */
export interface MappingRequest {
  headerLine: number;
  columns: string[];
  /** What could be guessed (a starting point for the mapping dialog). */
  guessed: Record<string, MappingField>;
  /** The fields a mapping must at least include. */
  required: MappingField[];
  sampleRows: string[][];
}

export interface ImportOptions {
  /** Resolves day-first vs month-first dates when the file does not settle it. */
  dateOrder?: DateOrder;
  /** Puts every row in this account (files without accounts, or to rename one). */
  accountOverride?: string;
  /** Column mapping for generic CSV files. */
  mappingProfile?: MappingProfile;
  /** User answers keyed by raw symbol, applied last (`{ "SI": { multiplier: 1000 } }`). */
  overrides?: Record<string, Partial<Instrument>>;
  /** ISO date used to resolve one-digit futures years (`ESM4`) when the file carries no date. */
  asOf?: string;
}

export interface ImportResult {
  format: BrokerFormat;
  accounts: ImportedAccount[];
  rows: NormalisedPosition[];
  errors: RowError[];
  warnings: ImportWarning[];
  ambiguities: Ambiguity[];
  /** Statement or report date when the file states one (ISO). */
  statementDate?: string;
  /** Present when a generic CSV needs a column mapping before it can be read. */
  mappingRequest?: MappingRequest;
}
