import type { Ambiguity, ImportedAccount, ImportWarning, MappingRequest, RowError } from '../../shared/importResult.ts';
import type { DraftPosition } from './draftPosition.ts';

/** What one format reader returns; `readBrokerFile` finishes the rows and names the format. */
export interface ReaderOutput {
  accounts: ImportedAccount[];
  rows: DraftPosition[];
  errors: RowError[];
  warnings: ImportWarning[];
  ambiguities: Ambiguity[];
  statementDate?: string;
  mappingRequest?: MappingRequest;
}

export function emptyOutput(): ReaderOutput {
  return { accounts: [], rows: [], errors: [], warnings: [], ambiguities: [] };
}

/**
 * For files that name no account: says which account the rows went into, unless the user
 * chose one (the account override replaces it).
 */
export function noteDefaultAccount(output: ReaderOutput, account: string, accountOverride: string | undefined): void {
  if (accountOverride || !output.rows.some((row) => row.account === account)) return;
  output.warnings.push({ message: `the file names no account; its positions are in account "${account}" (choose another with the account override)` });
}
