import type { ParsedImportRequest } from '../../shared/importRequest.ts';
import { bumpBookVersion } from '../store/bookVersion.ts';
import type { BookState } from './bookState.ts';
import { bookSnapshot } from './bookSnapshot.ts';
import { errorRowsOf } from './errorRowsOf.ts';
import { planPositionImport } from './planPositionImport.ts';
import type { PreparedImport } from './prepareImport.ts';
import type { ImportRead } from './readImportFile.ts';

/**
 * A broker file's positions: each account it holds (after the account mapping) gets exactly
 * the file's positions; the other accounts are untouched. Writes only with no row in error,
 * or with `skipInvalid` (then the valid rows, the others listed).
 */
export function preparePositionImport(read: Extract<ImportRead, { kind: 'positions' }>, book: BookState, request: ParsedImportRequest): PreparedImport {
  const { result } = read;
  const referenceYear = Number((request.options.asOf ?? result.statementDate ?? book.asOf).slice(0, 4));
  const plan = planPositionImport(result, book, request.accountMapping, referenceYear);
  const positions = plan.accounts.reduce((sum, a) => sum + a.positionsAfter, 0);
  const canCommit = result.mappingRequest === undefined && plan.rows.length > 0 && (plan.errors.length === 0 || request.skipInvalid);
  return {
    preview: {
      fileName: read.fileName,
      format: result.format,
      kind: 'positions',
      ...(result.statementDate === undefined ? {} : { statementDate: result.statementDate }),
      rows: plan.rows,
      errorRows: errorRowsOf(plan.errors, read.sourceLine),
      errors: plan.errors,
      warnings: plan.warnings,
      ambiguities: result.ambiguities,
      ...(result.mappingRequest === undefined ? {} : { mappingRequest: result.mappingRequest }),
      ...(read.mappingProfile === undefined ? {} : { mappingProfile: read.mappingProfile }),
      rememberedOverrides: read.remembered,
      accounts: plan.accounts,
      positions,
      instruments: plan.instruments.size,
      underlyingsCreated: plan.underlyingsCreated,
      series: [],
      canCommit,
    },
    write({ store, bulk }) {
      const targets = plan.accounts.map((a) => a.id);
      const previousBook = bookSnapshot(book, targets, bulk.positionsOf(targets));
      bulk.upsertInstruments(plan.instruments.values());
      for (const account of plan.accounts) {
        const existing = book.accounts.get(account.id);
        bulk.upsertAccount({ id: account.id, name: existing?.name ?? account.id, currency: account.currency, equity: account.equity ?? existing?.equity ?? 0 });
        const held = plan.positions.get(account.id) ?? new Map<string, number>();
        bulk.replacePositions(account.id, [...held].map(([instrument, quantity]) => ({ instrument, quantity })));
      }
      return { bookVersion: bumpBookVersion(store.db), previousBook };
    },
  };
}
