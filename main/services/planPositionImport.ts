import type { ImportedAccount, ImportedInstrument, ImportResult, ImportWarning, RowError } from '../../shared/importResult.ts';
import type { PlannedAccount, PreviewRow } from '../../shared/importPreview.ts';
import type { Instrument } from '../../shared/instrument.ts';
import { addMissingUnderlyings } from './addMissingUnderlyings.ts';
import type { BookState } from './bookState.ts';
import { completeInstrument } from './completeInstrument.ts';
import { contractTermDifferences } from './contractTerms.ts';

/** What a broker file's rows would do to the book. */
export interface PositionPlan {
  rows: PreviewRow[];
  errors: RowError[];
  warnings: ImportWarning[];
  accounts: PlannedAccount[];
  /** Every instrument to write (the rows' and the underlyings created), complete and merged with the book's. */
  instruments: Map<string, Instrument>;
  underlyingsCreated: string[];
  /** Book account → instrument → net quantity: each of these accounts' positions become exactly these. */
  positions: Map<string, Map<string, number>>;
}

/** How many netted positions a warning names. */
const maxExamples = 5;

interface Seen {
  line: number;
  /** The fields the file gives (what a later row must agree with). */
  imported: ImportedInstrument;
  /** Merged with the book's, then made complete: what is written. */
  stored: Instrument;
  currencyHint: string | undefined;
}

interface Netted {
  quantity: number;
  lines: number[];
}

/**
 * Plans a broker import against the book: maps file accounts to book accounts, turns
 * USD-sized inverse contracts into contracts at their mark, refuses a file that describes one
 * instrument two ways, merges each instrument with the book's (the file's terms and marks win,
 * the book keeps what the file does not say: vol, dividend yield, class), makes the contract
 * terms explicit, creates missing underlyings, nets rows that land on one position and takes
 * account equity from the statement. Every row ends up in `rows` or `errors`.
 */
export function planPositionImport(result: ImportResult, book: BookState, accountMapping: Record<string, string>, referenceYear: number): PositionPlan {
  const errors = [...result.errors];
  const warnings = [...result.warnings];
  const bookAccounts = new Map<string, string>();
  const bookAccountOf = (fileAccount: string) => {
    let account = bookAccounts.get(fileAccount);
    if (account === undefined) bookAccounts.set(fileAccount, (account = accountMapping[fileAccount]?.trim() || fileAccount));
    return account;
  };
  const fileAccounts = new Map(result.accounts.map((a) => [a.id, a]));
  /** Each instrument as first described (its line, the file's fields) and as it will be stored. */
  const seen = new Map<string, Seen>();
  const rows: PreviewRow[] = [];
  /** The instrument of each row in `rows`. */
  const rowInstruments: Seen[] = [];
  const netted = new Map<string, Map<string, Netted>>();
  const converted = { count: 0, examples: [] as string[] };

  for (const row of result.rows) {
    const imported = row.instrument;
    const id = imported.id;
    let quantity = row.quantity;
    if (row.quantityCurrency !== undefined) {
      const price = imported.price ?? book.instruments.get(id)?.price;
      if (price === undefined || !(price > 0)) {
        errors.push({ line: row.line, field: 'quantity', message: `${row.rawSymbol}: the size is ${row.quantity} ${row.quantityCurrency} and there is no mark price to turn it into contracts` });
        continue;
      }
      quantity = row.quantity / price;
      converted.count++;
      if (converted.examples.length < 3) converted.examples.push(`${id} ${row.quantity} ${row.quantityCurrency} → ${Number(quantity.toPrecision(6))} at ${price}`);
    }
    let entry = seen.get(id);
    if (entry) {
      const [difference] = contractTermDifferences(entry.imported, imported);
      if (difference) {
        errors.push({
          line: row.line,
          field: difference.field,
          message: `${id}: line ${entry.line} gives ${difference.field} ${String(difference.from)}, this line ${String(difference.to)}; one instrument cannot be both (give an override for "${row.rawSymbol}")`,
        });
        continue;
      }
    } else {
      entry = { line: row.line, imported, stored: { ...book.instruments.get(id), ...imported }, currencyHint: fileAccounts.get(row.account)?.currency };
      seen.set(id, entry);
    }
    const account = bookAccountOf(row.account);
    const preview: PreviewRow = { line: row.line, account, fileAccount: row.account, rawSymbol: row.rawSymbol, instrument: imported, quantity };
    if (row.lines !== undefined) preview.lines = row.lines;
    if (row.quantityCurrency !== undefined) {
      preview.fileQuantity = row.quantity;
      preview.quantityCurrency = row.quantityCurrency;
    }
    rows.push(preview);
    rowInstruments.push(entry);
    let held = netted.get(account);
    if (!held) netted.set(account, (held = new Map()));
    const position = held.get(id);
    if (!position) held.set(id, { quantity, lines: row.lines === undefined ? [row.line] : [...row.lines] });
    else {
      position.quantity += quantity;
      if (row.lines === undefined) position.lines.push(row.line);
      else for (const line of row.lines) position.lines.push(line);
    }
  }
  if (converted.count > 0) {
    const more = converted.count > converted.examples.length ? '; …' : '';
    warnings.push({ message: `${converted.count} position(s) sized in USD were turned into contracts of the coin at their mark price (${converted.examples.join('; ')}${more})` });
  }

  const written = new Map<string, Instrument>();
  for (const [id, entry] of seen) {
    const underlying = entry.stored.underlying;
    const underlyingCurrency = underlying === undefined ? undefined : (seen.get(underlying)?.stored.currency ?? book.instruments.get(underlying)?.currency);
    entry.stored = completeInstrument(entry.stored, underlyingCurrency ?? entry.currencyHint ?? book.baseCurrency);
    written.set(id, entry.stored);
    const before = book.instruments.get(id);
    for (const change of before ? contractTermDifferences(before, entry.stored) : []) {
      warnings.push({ line: entry.line, message: `${id}: ${change.field} ${String(change.from)} in the book becomes ${String(change.to)} (every account holding ${id} sees the change)` });
    }
  }
  const underlyingsCreated = addMissingUnderlyings(written, book.instruments, referenceYear, book.baseCurrency, warnings);
  rows.forEach((row, index) => {
    row.instrument = rowInstruments[index]?.stored ?? row.instrument;
  });

  const positions = new Map<string, Map<string, number>>();
  const nettedExamples: string[] = [];
  let nettedCount = 0;
  for (const [account, held] of netted) {
    const quantities = new Map<string, number>();
    for (const [instrument, position] of held) {
      if (position.lines.length > 1 && nettedCount++ < maxExamples) {
        const lines = position.lines.length > 6 ? `${position.lines.slice(0, 6).join(', ')}… (${position.lines.length} lines)` : position.lines.join(', ');
        nettedExamples.push(`lines ${lines}: ${instrument} in account ${account} → ${Number(position.quantity.toPrecision(12))}`);
      }
      if (position.quantity === 0) warnings.push({ line: position.lines[0], message: `${instrument} in account ${account} nets to 0 (flat); not written` });
      else quantities.set(instrument, position.quantity);
    }
    positions.set(account, quantities);
  }
  if (nettedCount > 0) {
    const more = nettedCount > nettedExamples.length ? `; and ${nettedCount - nettedExamples.length} more` : '';
    warnings.push({ message: `${nettedCount} position(s) net several rows of one instrument in one account into one (${nettedExamples.join('; ')}${more})` });
  }
  if (errors.length === 0) {
    for (const a of result.accounts) if (!positions.has(bookAccountOf(a.id))) positions.set(bookAccountOf(a.id), new Map());
  }
  const accounts = [...positions.keys()].sort().map((id) => planAccount(id, [...fileAccounts.values()].filter((a) => bookAccountOf(a.id) === id), positions.get(id)?.size ?? 0, book, warnings));
  errors.sort((a, b) => a.line - b.line);
  return { rows, errors, warnings, accounts, instruments: written, underlyingsCreated, positions };
}

function planAccount(id: string, fromFile: ImportedAccount[], positionsAfter: number, book: BookState, warnings: ImportWarning[]): PlannedAccount {
  const existing = book.accounts.get(id);
  const withEquity = fromFile.filter((a) => a.equity !== undefined);
  const currencies = new Set(withEquity.map((a) => a.currency ?? existing?.currency ?? book.baseCurrency));
  let equity: number | null = null;
  let equityCurrency: string | undefined;
  if (withEquity.length > 0 && currencies.size === 1) {
    equity = withEquity.reduce((sum, a) => sum + (a.equity ?? 0), 0);
    equityCurrency = [...currencies][0];
  } else if (withEquity.length > 0) {
    warnings.push({ message: `account ${id}: the statement's equities are in ${[...currencies].join(' and ')}; none is applied` });
  }
  if (existing && equity !== null && equityCurrency !== existing.currency) {
    warnings.push({ message: `account ${id}: the statement's equity ${equity} ${equityCurrency} is not applied, the account is kept in ${existing.currency}` });
    equity = null;
  }
  return {
    id,
    fileAccounts: fromFile.map((a) => a.id),
    isNew: existing === undefined,
    currency: existing?.currency ?? equityCurrency ?? fromFile.find((a) => a.currency !== undefined)?.currency ?? book.baseCurrency,
    equity,
    positionsBefore: book.positionCounts.get(id) ?? 0,
    positionsAfter,
  };
}
