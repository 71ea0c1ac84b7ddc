import { readPortfolioDocument, type PortfolioDocument } from '../../shared/portfolioDocument.ts';
import { InputError } from '../../shared/validationError.ts';
import { priceInstruments } from '../engine/priceInstruments.ts';
import { LINEAR } from '../engine/resolvedBook.ts';
import { resolveBook } from '../engine/resolveBook.ts';
import { valuationFieldCount, valuationFields, type ValuationField } from '../engine/valuationFields.ts';
import type { CliCommand, CliContext } from './cliCommand.ts';
import { readInputFile } from './readInputFile.ts';

type PricedRow = { id: string; currency: string; vol: number | null } & Record<ValuationField, number>;
type OutputRow = PricedRow | { id: string; excluded: string };

/**
 * `price --input P.json [--format json|table]`: every instrument's model price and greeks per
 * ONE unit (units in `main/engine/valuationFields.ts`, as `../shared/spec/portfolio-document.md`
 * states them), in document order; instruments that cannot be valued appear with
 * `"excluded": "<reason>"`. `vol` is the vol used (given, or implied from the price), null for
 * linear instruments; `currency` is the settlement currency (the coin for inverse options,
 * whose price is in the coin while their greeks are those of the USD value, as Deribit quotes).
 */
export const priceCommand: CliCommand = {
  name: 'price',
  usage: 'price --input P.json [--format json|table]',
  summary: "every instrument's model price and greeks, per one unit",
  async run({ options, stdout, stderr }: CliContext): Promise<number> {
    const format = options.format ?? 'json';
    if (format !== 'json' && format !== 'table') {
      stderr(`--format: expected json or table, got ${String(format)}`);
      return 2;
    }
    let file: { path: string; text: string };
    try {
      file = readInputFile(options, 'input');
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      stderr(error.message);
      return 2;
    }
    let document: PortfolioDocument;
    try {
      document = readPortfolioDocument(file.text, file.path);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      for (const issue of error.issues) stderr(`${file.path}: ${issue.path}: ${issue.message}`);
      return 2;
    }
    const rows = priceRows(document);
    stdout(format === 'json' ? JSON.stringify({ instruments: rows }, null, 2) : table(rows));
    return 0;
  },
};

function priceRows(document: PortfolioDocument): OutputRow[] {
  const book = resolveBook(document);
  const values = priceInstruments(book);
  const t = book.instruments;
  const rowOf = new Map(t.id.map((id, row) => [id, row]));
  const excluded = new Map(book.excludedInstruments.map((e) => [e.instrument, e.reason]));
  return document.instruments.map((instrument): OutputRow => {
    const row = rowOf.get(instrument.id);
    if (row === undefined) return { id: instrument.id, excluded: excluded.get(instrument.id) ?? 'not valued' };
    const priced = { id: instrument.id, currency: t.currency[row] as string } as PricedRow;
    valuationFields.forEach((field, k) => {
      priced[field] = values[row * valuationFieldCount + k] as number;
    });
    priced.vol = t.model[row] === LINEAR ? null : (t.vol[row] as number);
    return priced;
  });
}

function table(rows: OutputRow[]): string {
  const columns = ['id', 'price', 'delta', 'gamma', 'vega', 'theta', 'rho', 'vol', 'currency'] as const;
  const cells = rows.map((row) =>
    'excluded' in row ? [row.id, `excluded: ${row.excluded}`] : columns.map((c) => (c === 'id' || c === 'currency' ? row[c] : formatNumber(row[c]))),
  );
  const widths = columns.map((c, k) => Math.max(c.length, ...cells.filter((r) => r.length === columns.length).map((r) => (r[k] as string).length)));
  const line = (r: string[]) => r.map((cell, k) => (k === 0 || r.length < columns.length ? cell.padEnd(widths[k] ?? 0) : cell.padStart(widths[k] ?? 0))).join('  ').trimEnd();
  return [line([...columns]), ...cells.map(line)].join('\n');
}

function formatNumber(x: number | null): string {
  if (x === null) return '';
  if (x === 0) return '0';
  return Math.abs(x) >= 1e-4 && Math.abs(x) < 1e9 ? Number(x.toPrecision(6)).toString() : x.toExponential(4);
}
