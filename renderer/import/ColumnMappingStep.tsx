import { useState } from 'react';
import { mappingFields, type MappingField, type MappingProfile, type MappingRequest } from '../../shared/importResult.ts';

/**
 * For a generic CSV whose columns could not be recognised: a field per column (dropdown), saved
 * as a named profile so the next file with these columns is read by itself.
 */
export function ColumnMappingStep({ request, saved, onApply }: { request: MappingRequest; saved: MappingProfile[]; onApply: (profile: MappingProfile, save: boolean) => void }) {
  const [columns, setColumns] = useState<Record<string, MappingField | ''>>(() => ({ ...Object.fromEntries(request.columns.map((c) => [c, ''])), ...request.guessed }));
  const [name, setName] = useState('');
  const chosen = Object.fromEntries(Object.entries(columns).filter((entry): entry is [string, MappingField] => entry[1] !== '')) as Record<string, MappingField>;
  const fields = Object.values(chosen);
  const missing = request.required.filter((f) => !fields.includes(f));
  const twice = fields.filter((f, i) => fields.indexOf(f) !== i);
  const problem = missing.length > 0 ? `map a column to ${missing.join(' and ')}` : twice.length > 0 ? `${twice[0]} is mapped twice` : name.trim() === '' ? 'name the profile' : null;
  const fitting = saved.filter((p) => Object.keys(p.columns).every((c) => request.columns.includes(c)));
  return (
    <section className="wizard-step" aria-labelledby="mapping-title">
      <h2 id="mapping-title">Column mapping</h2>
      <p className="muted">The file&apos;s columns could not be recognised. Say what each column holds; the mapping is saved under a name for the next file like this one.</p>
      {fitting.length > 0 && (
        <p>
          Saved profiles:{' '}
          {fitting.map((p) => (
            <button key={p.name} type="button" onClick={() => onApply(p, false)}>
              Use “{p.name}”
            </button>
          ))}
        </p>
      )}
      <table className="mapping-table">
        <thead>
          <tr>
            <th>Column</th>
            <th>Samples</th>
            <th>Holds</th>
          </tr>
        </thead>
        <tbody>
          {request.columns.map((column, index) => (
            <tr key={column}>
              <td>{column}</td>
              <td className="muted">{request.sampleRows.map((r) => r[index] ?? '').filter(Boolean).slice(0, 3).join(' · ')}</td>
              <td>
                <select aria-label={`Field of column ${column}`} value={columns[column] ?? ''} onChange={(e) => setColumns((c) => ({ ...c, [column]: e.target.value as MappingField | '' }))}>
                  <option value="">(ignore)</option>
                  {mappingFields.map((f) => (
                    <option key={f} value={f}>
                      {f}
                    </option>
                  ))}
                </select>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="row">
        <label>
          Profile name <input value={name} onChange={(e) => setName(e.target.value)} aria-label="Mapping profile name" placeholder="e.g. Prime broker daily" />
        </label>
        <button type="button" disabled={problem !== null} onClick={() => onApply({ name: name.trim(), columns: chosen }, true)}>
          Save profile and read
        </button>
        {problem && <span className="muted">({problem})</span>}
      </p>
    </section>
  );
}
