import type { ImportOutcome, ImportPreview } from '../../shared/importPreview.ts';

/** Skip-invalid and commit: disabled while errors remain (unless skipped) or a question blocks the read. */
export function CommitBar({ preview, skipInvalid, busy, committed, onSkipInvalid, onCommit }: {
  preview: ImportPreview;
  skipInvalid: boolean;
  busy: boolean;
  committed: ImportOutcome | null;
  onSkipInvalid: (skip: boolean) => void;
  onCommit: () => void;
}) {
  const errors = preview.errorRows.length;
  const accounts = preview.accounts.filter((a) => a.fileAccounts.length > 0).map((a) => a.id);
  const label =
    preview.kind === 'portfolio'
      ? `Replace the book with ${preview.positions} positions`
      : preview.kind === 'prices'
        ? `Import ${preview.series.reduce((n, s) => n + s.count, 0)} closes of ${preview.series.length} series`
        : preview.kind === 'optionChain'
          ? `Import marks and vols of ${preview.rows.length} options`
          : accounts.length === 0
            ? 'Import'
            : `Import ${preview.positions} position${preview.positions === 1 ? '' : 's'} into ${accounts.join(', ')}`;
  const reason = preview.mappingRequest
    ? 'Map the columns first.'
    : errors > 0 && !skipInvalid
      ? `${errors} line${errors === 1 ? '' : 's'} in error: fix ${errors === 1 ? 'it' : 'them'}, or skip invalid rows.`
      : !preview.canCommit
        ? 'Nothing to import.'
        : null;
  return (
    <section className="wizard-step commit-bar" aria-label="Commit">
      {errors > 0 && preview.rows.length > 0 && preview.kind !== 'portfolio' && (
        <label>
          <input type="checkbox" checked={skipInvalid} onChange={(e) => onSkipInvalid(e.target.checked)} /> Skip invalid rows (write the {preview.rows.length} valid row
          {preview.rows.length === 1 ? '' : 's'}; the {errors === 1 ? 'line in error is' : `${errors} lines in error are`} listed, not written)
        </label>
      )}
      <div className="row">
        <button type="button" className="primary" disabled={!preview.canCommit || busy || committed?.written === true} onClick={onCommit}>
          {label}
        </button>
        {reason && <span className="muted">{reason}</span>}
      </div>
      {committed?.written && (
        <p role="status" className="ok">
          Imported{' '}
          {committed.kind === 'prices'
            ? `${committed.series.reduce((n, s) => n + s.count, 0)} closes`
            : committed.kind === 'optionChain'
              ? `${committed.instruments} instruments`
              : `${committed.positions} positions into ${committed.accounts.join(', ')}`}
          {committed.bookVersion !== null && ` (book v${committed.bookVersion})`}
          {committed.underlyingsCreated.length > 0 && `; created ${committed.underlyingsCreated.join(', ')}`}. <a href="#/book">Open the Book</a>
        </p>
      )}
    </section>
  );
}
