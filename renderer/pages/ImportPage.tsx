import { useState, type DragEvent } from 'react';
import type { ImportSummary } from '../../shared/api.ts';
import { getApi } from '../api/getApi.ts';

/** Replaces the book from a portfolio document (scanline.portfolio/1), all or nothing. */
export function ImportPage() {
  const [result, setResult] = useState<ImportSummary | null>(null);
  const [errors, setErrors] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);

  const importFile = async (file: File) => {
    setBusy(true);
    setResult(null);
    setErrors([]);
    try {
      setResult(await getApi().importPortfolio({ fileName: file.name, text: await file.text() }));
    } catch (error) {
      setErrors((error as Error).message.split('; '));
    } finally {
      setBusy(false);
    }
  };
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    const file = e.dataTransfer.files[0];
    if (file) void importFile(file);
  };

  return (
    <div className="page">
      <header className="page-header">
        <h1>Import</h1>
        <span className="muted">Portfolio documents (scanline.portfolio/1). A file with any error changes nothing.</span>
      </header>
      <label className="dropzone" onDragOver={(e) => e.preventDefault()} onDrop={onDrop}>
        <input type="file" accept=".json,application/json" aria-label="Portfolio file" onChange={(e) => e.target.files?.[0] && void importFile(e.target.files[0])} disabled={busy} />
        <span>Choose a file or drop it here</span>
      </label>
      {busy && <p className="muted">Importing…</p>}
      {result && (
        <p role="status" className="ok">
          Imported {result.positions} positions in {result.instruments} instruments for {result.accounts.join(', ')} (book v{result.bookVersion}).
        </p>
      )}
      {errors.length > 0 && (
        <div role="alert" className="error">
          <p>Nothing was imported:</p>
          <ul>
            {errors.map((e) => (
              <li key={e}>{e}</li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
