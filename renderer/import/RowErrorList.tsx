import { useState } from 'react';
import type { InstrumentOverride } from '../../shared/importOptions.ts';
import type { ErrorRow } from '../../shared/importPreview.ts';
import type { ImportWarning } from '../../shared/importResult.ts';

type Fix = NonNullable<ErrorRow['fix']>;

/** Every line in error with its reasons; where one value fixes a line, a field to give it (remembered on commit). */
export function RowErrorList({ errorRows, warnings, onFix }: { errorRows: ErrorRow[]; warnings: ImportWarning[]; onFix: (rawSymbol: string, override: InstrumentOverride) => void }) {
  return (
    <section className="wizard-step" aria-labelledby="errors-title">
      {errorRows.length > 0 && (
        <div role="alert" className="error row-errors">
          <h2 id="errors-title">
            {errorRows.length} line{errorRows.length === 1 ? '' : 's'} in error
          </h2>
          <ol>
            {errorRows.slice(0, 500).map((row) => (
              <li key={row.line} data-line={row.line}>
                <strong>Line {row.line}:</strong> {row.problems.map((p) => p.message).join('; ')}
                {row.fix && <FixField fix={row.fix} onFix={onFix} />}
              </li>
            ))}
          </ol>
          {errorRows.length > 500 && <p>… and {errorRows.length - 500} more (all are in the grid).</p>}
        </div>
      )}
      {warnings.length > 0 && (
        <details className="notes">
          <summary>
            {warnings.length} note{warnings.length === 1 ? '' : 's'}
          </summary>
          <ul>
            {warnings.map((w, index) => (
              <li key={index}>{w.line === undefined ? w.message : `Line ${w.line}: ${w.message}`}</li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}

function FixField({ fix, onFix }: { fix: Fix; onFix: (rawSymbol: string, override: InstrumentOverride) => void }) {
  const [value, setValue] = useState('');
  const parsed = parseFix(fix.field, value);
  return (
    <form
      className="fix"
      onSubmit={(e) => {
        e.preventDefault();
        if (parsed !== undefined) onFix(fix.rawSymbol, parsed);
      }}
    >
      <label>
        {fix.field} for <code>{fix.rawSymbol}</code>{' '}
        {fix.field === 'kind' || fix.field === 'right' ? (
          <select aria-label={`${fix.field} for ${fix.rawSymbol}`} value={value} onChange={(e) => setValue(e.target.value)}>
            <option value="">choose…</option>
            {(fix.field === 'kind' ? ['equity', 'etf', 'index', 'future', 'perpetual', 'spot', 'option'] : ['call', 'put']).map((o) => (
              <option key={o}>{o}</option>
            ))}
          </select>
        ) : (
          <input
            aria-label={`${fix.field} for ${fix.rawSymbol}`}
            type={fix.field === 'expiry' ? 'date' : fix.field === 'multiplier' || fix.field === 'strike' ? 'number' : 'text'}
            step="any"
            value={value}
            onChange={(e) => setValue(e.target.value)}
          />
        )}
      </label>{' '}
      <button type="submit" disabled={parsed === undefined}>
        Use
      </button>
    </form>
  );
}

function parseFix(field: Fix['field'], value: string): InstrumentOverride | undefined {
  const text = value.trim();
  if (text === '') return undefined;
  if (field === 'multiplier' || field === 'strike') {
    const number = Number(text);
    return Number.isFinite(number) && number > 0 ? { [field]: number } : undefined;
  }
  if (field === 'expiry') return /^\d{4}-\d{2}-\d{2}$/.test(text) ? { expiry: text } : undefined;
  if (field === 'right') return text === 'call' || text === 'put' ? { right: text } : undefined;
  if (field === 'kind') return { kind: text as NonNullable<InstrumentOverride['kind']> };
  return { [field]: text.toUpperCase() };
}
