import { ImportWizard } from '../import/ImportWizard.tsx';

/** Imports broker exports, portfolio documents and market data through a preview-then-commit wizard. */
export function ImportPage() {
  return (
    <div className="page">
      <header className="page-header">
        <h1>Import</h1>
        <span className="muted">Nothing is written until you commit; a file with any row in error writes nothing unless you skip the invalid rows.</span>
      </header>
      <ImportWizard />
    </div>
  );
}
