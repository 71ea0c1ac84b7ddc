import type { ImportedAccount, ImportOptions, ImportResult, NormalisedPosition, RowError } from '../../shared/importResult.ts';
import { instrumentSchema } from '../../shared/instrument.ts';
import { formatIssuePath } from '../../shared/issuePath.ts';
import type { DraftPosition } from './draftPosition.ts';
import { applyInstrumentMaster } from './master/applyInstrumentMaster.ts';
import { applyOverrides } from './master/applyOverrides.ts';
import type { ReaderOutput } from './readerOutput.ts';

/**
 * Turns a reader's draft rows into the result: instrument-master rules, the account override,
 * the user's overrides, then the instrument schema. A row that still fails becomes an error
 * with its line, so nothing is dropped on the way.
 */
export function finishImport(output: ReaderOutput, options: ImportOptions): Omit<ImportResult, 'format'> {
  const warnings = [...output.warnings];
  const errors = [...output.errors];
  let ambiguities = [...output.ambiguities];
  let rows = applyInstrumentMaster(output.rows, ambiguities, warnings);
  let accounts = output.accounts;
  const accountOverride = options.accountOverride?.trim();
  if (accountOverride) {
    accounts = [mergeAccounts(accountOverride, accounts, warnings)];
    rows = rows.map((row) => ({ ...row, account: accountOverride }));
  }
  ({ rows, ambiguities } = applyOverrides(rows, ambiguities, options.overrides));
  const finished: NormalisedPosition[] = [];
  for (const row of rows) {
    const problems = checkRow(row);
    if (problems.length > 0) errors.push(...problems);
    else finished.push(withoutDraftFields(row));
  }
  for (const row of finished) {
    if (!accounts.some((account) => account.id === row.account)) accounts = [...accounts, { id: row.account }];
  }
  errors.sort((a, b) => a.line - b.line);
  return {
    accounts,
    rows: finished,
    errors,
    warnings,
    ambiguities,
    ...(output.statementDate === undefined ? {} : { statementDate: output.statementDate }),
    ...(output.mappingRequest === undefined ? {} : { mappingRequest: output.mappingRequest }),
  };
}

function checkRow(row: DraftPosition): RowError[] {
  const symbol = row.rawSymbol || row.instrument.id;
  const problems: RowError[] = [];
  for (const field of row.required ?? []) {
    if (row.instrument[field] === undefined) {
      problems.push({ line: row.line, field, message: `${symbol}: ${field} is not in the file nor in the instrument master; give it as an override for "${row.rawSymbol}"` });
    }
  }
  if (!Number.isFinite(row.quantity)) problems.push({ line: row.line, field: 'quantity', message: `${symbol}: expected a number of contracts` });
  const parsed = instrumentSchema.safeParse(row.instrument);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = formatIssuePath(issue.path);
      if (!problems.some((problem) => problem.field === field)) problems.push({ line: row.line, field, message: `${symbol}: ${issue.message}` });
    }
  }
  return problems;
}

function withoutDraftFields(row: DraftPosition): NormalisedPosition {
  const { required: _required, kindGuessed: _kindGuessed, ...position } = row;
  return position;
}

function mergeAccounts(id: string, accounts: ImportedAccount[], warnings: ReaderOutput['warnings']): ImportedAccount {
  if (accounts.length === 0) return { id };
  if (accounts.length === 1) return { ...accounts[0], id };
  const currencies = new Set(accounts.map((account) => account.currency));
  const equities = accounts.map((account) => account.equity);
  if (currencies.size === 1 && equities.every((equity) => equity !== undefined)) {
    return { id, equity: equities.reduce((sum, equity) => sum + (equity ?? 0), 0), currency: accounts[0]?.currency };
  }
  warnings.push({ message: `${accounts.length} accounts (${accounts.map((account) => account.id).join(', ')}) are imported as ${id}; their equities are in different currencies or missing, so ${id} gets no equity` });
  return { id };
}
