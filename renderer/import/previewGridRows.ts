import type { ImportPreview } from '../../shared/importPreview.ts';

export const gridColumnIds = ['account', 'symbol', 'kind', 'quantity', 'multiplier', 'expiry', 'strike', 'right', 'underlying', 'exercise', 'settlement', 'currency', 'price', 'vol'] as const;
export type GridColumnId = (typeof gridColumnIds)[number];

/** One line of the preview grid: a row to be written, or a line in error with its reasons. */
export interface PreviewGridRow {
  /** `line-<n>` (`line-<n>-<k>` for a second row from one line), `line-<n>-error` for a line in error. */
  key: string;
  line: number;
  status: 'ok' | 'error';
  account?: string;
  fileAccount?: string;
  symbol?: string;
  instrument?: string;
  kind?: string;
  quantity?: number;
  fileQuantity?: string;
  multiplier?: number;
  expiry?: string;
  strike?: number;
  right?: string;
  underlying?: string;
  exercise?: string;
  settlement?: string;
  currency?: string;
  price?: number;
  vol?: number;
  source?: string;
  /** Each reason, with the column it is about when one is (else the whole row). */
  problems: { column: GridColumnId | null; message: string }[];
}

/** Field names the importers use (instrument fields and the source columns of each format) → grid column. */
const columnOfField: Record<string, GridColumnId> = {
  account: 'account', acctid: 'account', accountid: 'account', firm: 'account',
  symbol: 'symbol', instrument: 'symbol', instrumentname: 'symbol', ticker: 'symbol', contract: 'symbol', instid: 'symbol', productid: 'symbol', pfcode: 'symbol', tickersymbol: 'symbol', assetcategory: 'kind', id: 'symbol',
  kind: 'kind', type: 'kind',
  quantity: 'quantity', qty: 'quantity', position: 'quantity', pos: 'quantity', size: 'quantity', net: 'quantity', netpositions: 'quantity', netlsbalance: 'quantity', amount: 'quantity',
  multiplier: 'multiplier', mult: 'multiplier', contractsize: 'multiplier', ctval: 'multiplier',
  expiry: 'expiry', expiration: 'expiry', expirydate: 'expiry', pe: 'expiry', contractdate: 'expiry', periodcode: 'expiry',
  strike: 'strike', k: 'strike', exerciseprice: 'strike',
  right: 'right', putcall: 'right', o: 'right', callputflag: 'right', optiontype: 'right', optionside: 'right',
  underlying: 'underlying', exercise: 'exercise', settlement: 'settlement', currency: 'currency',
  price: 'price', markprice: 'price', mark: 'price', iv: 'vol', markiv: 'vol', vol: 'vol',
};

export function columnOf(field: string | undefined): GridColumnId | null {
  if (field === undefined) return null;
  const key = field.toLowerCase().replace(/\[\d+\]/g, '').split('.').pop()?.replace(/[^a-z0-9]/g, '') ?? '';
  return columnOfField[key] ?? null;
}

/** The preview's rows and error lines in line order, as the grid shows them. */
export function previewGridRows(preview: ImportPreview): PreviewGridRow[] {
  const seen = new Map<number, number>();
  const rows: PreviewGridRow[] = preview.rows.map((row) => {
    const i = row.instrument;
    const repeat = seen.get(row.line) ?? 0;
    seen.set(row.line, repeat + 1);
    return {
      key: repeat === 0 ? `line-${row.line}` : `line-${row.line}-${repeat}`,
      line: row.line,
      status: 'ok',
      ...(row.account === undefined ? {} : { account: row.account }),
      ...(row.fileAccount === undefined ? {} : { fileAccount: row.fileAccount }),
      symbol: row.rawSymbol,
      instrument: i.id,
      kind: i.kind,
      ...(row.quantity === undefined ? {} : { quantity: row.quantity }),
      ...(row.fileQuantity === undefined ? {} : { fileQuantity: `${row.fileQuantity} ${row.quantityCurrency ?? ''}`.trim() }),
      ...(i.multiplier === undefined ? {} : { multiplier: i.multiplier }),
      ...(i.expiry === undefined ? {} : { expiry: i.expiry }),
      ...(i.strike === undefined ? {} : { strike: i.strike }),
      ...(i.right === undefined ? {} : { right: i.right }),
      ...(i.underlying === undefined ? {} : { underlying: i.underlying }),
      ...(i.exercise === undefined ? {} : { exercise: i.exercise }),
      settlement: [i.settlement, i.settlementTime?.toUpperCase()].filter(Boolean).join(' '),
      ...(i.currency === undefined ? {} : { currency: i.currency }),
      ...(i.price === undefined ? {} : { price: i.price }),
      ...(i.vol === undefined ? {} : { vol: i.vol }),
      problems: [],
    };
  });
  for (const error of preview.errorRows) {
    rows.push({
      key: `line-${error.line}-error`,
      line: error.line,
      status: 'error',
      source: error.source,
      ...(error.fix ? { symbol: error.fix.rawSymbol } : {}),
      problems: error.problems.map((p) => ({ column: columnOf(p.field), message: p.message })),
    });
  }
  return rows.sort((a, b) => a.line - b.line || (a.status === b.status ? 0 : a.status === 'error' ? 1 : -1));
}
