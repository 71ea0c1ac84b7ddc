import type { GridApi } from 'ag-grid-community';
import { AgGridReact } from 'ag-grid-react';
import { useCallback, useMemo, useRef, useState, type ReactNode } from 'react';
import type { VersionedEntry } from '../../shared/libraryView.ts';
import type { ScenarioSet } from '../../shared/scenarioSet.ts';
import { validateScenarioSet } from '../../shared/validateScenarioSet.ts';
import { getApi } from '../api/getApi.ts';
import { usePersistentColumns } from '../state/usePersistentColumns.ts';
import { gridTheme } from '../shell/theme.ts';
import { applyCellEdit, type ScenarioField } from './applyCellEdit.ts';
import { describeIssue } from './describeIssue.ts';
import { scenarioColumns } from './scenarioColumns.ts';
import { newScenarioRow, toDocument, toRows, type ScenarioRow } from './scenarioRows.ts';

interface Props {
  /** The version opened; null for a new set not saved yet. */
  entry: VersionedEntry | null;
  document: ScenarioSet;
  /** An older version: shown, not edited (it can be restored as a new version). */
  readOnly: boolean;
  /** Library actions shown in the toolbar (duplicate, export, delete, history). */
  actions?: ReactNode;
  onSaved: (entry: VersionedEntry) => void;
}

/**
 * One scenario set in an editable grid: a row per scenario, a column group per shock. Edits
 * stay in the draft until Save, which validates the whole set (problems named by row and
 * path) and saves it as the next version.
 */
export function ScenarioSetEditor({ entry, document, readOnly, actions, onSaved }: Props) {
  const [rows, setRows] = useState<ScenarioRow[]>(() => toRows(document));
  const [id, setId] = useState(document.id);
  const [name, setName] = useState(document.name);
  const [slots, setSlots] = useState(() => Math.max(1, ...document.scenarios.map((s) => s.shocks.length)));
  const [dirty, setDirty] = useState(entry === null);
  const [message, setMessage] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [selected, setSelected] = useState(0);
  const grid = useRef<GridApi<ScenarioRow> | null>(null);
  // A column group per shock slot: slots a set has beyond the saved layout keep their place.
  const layout = usePersistentColumns<ScenarioRow>('scenarios.editor');
  const rowsRef = useRef(rows);
  rowsRef.current = rows;

  const change = useCallback((next: ScenarioRow[]) => {
    setRows(next);
    setDirty(true);
  }, []);

  const edit = useCallback(
    (row: ScenarioRow, field: ScenarioField, raw: unknown) => {
      const current = rowsRef.current;
      const result = applyCellEdit(current, row, field, raw);
      if (!result.ok) {
        setMessage(`${result.message} — ${row.id} kept its value`);
        return;
      }
      setMessage(null);
      change(current.map((r) => (r.key === row.key ? result.row : r)));
    },
    [change],
  );
  const columns = useMemo(() => scenarioColumns(slots, readOnly, edit), [slots, readOnly, edit]);

  const save = async () => {
    const check = validateScenarioSet(toDocument({ id, name, description: document.description }, rows));
    if (!check.ok) {
      setMessage(`Not saved — ${check.issues.map((i) => describeIssue(i, rows)).join('; ')}`);
      return;
    }
    setSaving(true);
    try {
      const saved = await getApi().saveScenarioSet({ document: check.value, baseVersion: readOnly ? undefined : (entry?.version ?? 0) });
      setDirty(false);
      onSaved(saved);
    } catch (error) {
      setMessage(`Not saved — ${(error as Error).message}`);
    } finally {
      setSaving(false);
    }
  };

  const removeSelected = () => {
    const keys = new Set((grid.current?.getSelectedRows() ?? []).map((r) => r.key));
    if (keys.size > 0) change(rows.filter((r) => !keys.has(r.key)));
  };

  return (
    <section className="scenario-editor" aria-label="Scenario set editor">
      <div className="toolbar">
        {entry === null ? (
          <label>
            Id <input aria-label="Set id" value={id} onChange={(e) => (setId(e.target.value.trim()), setDirty(true))} />
          </label>
        ) : (
          <span className="set-id">
            {id} <span className="muted">v{entry.version}{readOnly ? ' · read-only' : ''}</span>
          </span>
        )}
        <label>
          Name <input aria-label="Set name" value={name} readOnly={readOnly} size={28} onChange={(e) => (setName(e.target.value), setDirty(true))} />
        </label>
        {!readOnly && (
          <>
            <button type="button" onClick={() => change([...rows, newScenarioRow(rows)])}>
              Add scenario
            </button>
            <button type="button" disabled={selected === 0} onClick={removeSelected}>
              Delete {selected > 1 ? `${selected} scenarios` : 'scenario'}
            </button>
            <button type="button" onClick={() => setSlots(slots + 1)}>
              Add shock column
            </button>
          </>
        )}
        <button type="button" className="primary" disabled={saving || (!readOnly && !dirty)} onClick={() => void save()}>
          {readOnly ? 'Restore as new version' : entry === null ? 'Save new set' : 'Save'}
        </button>
        {dirty && !readOnly && <span className="muted">unsaved changes</span>}
        <span className="toolbar-end">{actions}</span>
      </div>
      <p role="alert" className={`message ${message ? 'error' : 'hidden'}`} data-testid="scenario-message">
        {message}
      </p>
      <div className="grid-host scenario-grid">
        <AgGridReact<ScenarioRow>
          theme={gridTheme}
          {...layout}
          rowData={rows}
          columnDefs={columns}
          getRowId={(p) => p.data.key}
          rowSelection={readOnly ? undefined : { mode: 'multiRow', checkboxes: true, headerCheckbox: true, enableClickSelection: false }}
          selectionColumnDef={{ pinned: 'left', width: 44 }}
          onGridReady={(e) => {
            layout.onGridReady?.(e);
            grid.current = e.api;
          }}
          onSelectionChanged={(e) => setSelected(e.api.getSelectedRows().length)}
          singleClickEdit={false}
          stopEditingWhenCellsLoseFocus
          defaultColDef={{ sortable: false }}
        />
      </div>
    </section>
  );
}
