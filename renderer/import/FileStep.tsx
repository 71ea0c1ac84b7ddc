import { useState, type DragEvent } from 'react';
import type { ImportPreview } from '../../shared/importPreview.ts';
import { formatLabel } from './formatLabel.ts';
import type { ChosenFile } from './readFileForImport.ts';

/** Step 1: choose or drop a file; then what it was recognised as. */
export function FileStep({ file, preview, busy, onChoose }: { file: ChosenFile | null; preview: ImportPreview | null; busy: boolean; onChoose: (file: File) => void }) {
  const [over, setOver] = useState(false);
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    const dropped = e.dataTransfer.files[0];
    if (dropped) onChoose(dropped);
  };
  return (
    <section className="wizard-step" aria-label="File">
      <label
        className={`dropzone${over ? ' over' : ''}`}
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={onDrop}
      >
        <input
          type="file"
          aria-label="File to import"
          accept=".csv,.tsv,.txt,.xml,.json,.xlsx"
          onChange={(e) => {
            const chosen = e.target.files?.[0];
            if (chosen) onChoose(chosen);
            e.target.value = '';
          }}
        />
        <span>Choose a file or drop it here — broker exports (IB Flex XML or Activity CSV, Deribit, OKX, Binance, Bybit, CME, Eurex, OSI, any CSV or .xlsx), a portfolio document, a price history or an option chain.</span>
      </label>
      {file && (
        <p className="detected" data-testid="detected-format">
          <strong>{file.fileName}</strong>
          {preview ? (
            <>
              {' '}
              · <span className="badge">{formatLabel(preview.format)}</span>
              {preview.statementDate && <> · statement of {preview.statementDate}</>} · {preview.rows.length} row{preview.rows.length === 1 ? '' : 's'} read,{' '}
              <span className={preview.errorRows.length > 0 ? 'negative' : undefined}>
                {preview.errorRows.length} in error
              </span>
            </>
          ) : (
            busy && <span className="muted"> · reading…</span>
          )}
        </p>
      )}
    </section>
  );
}
