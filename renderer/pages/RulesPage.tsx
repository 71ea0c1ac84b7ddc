import type { ColDef, ValueSetterParams } from 'ag-grid-community';
import { AgGridReact } from 'ag-grid-react';
import { useCallback, useMemo, useState } from 'react';
import type { VersionedEntry } from '../../shared/libraryView.ts';
import { parseNumberInput } from '../../shared/parseNumberInput.ts';
import { getApi } from '../api/getApi.ts';
import { useApiData } from '../api/useApiData.ts';
import { RuleSetImpact } from '../library/RuleSetImpact.tsx';
import { RuleSetVersions } from '../library/RuleSetVersions.tsx';
import { flattenParameters, withParameter, type ParameterRow } from '../library/flattenParameters.ts';
import { numericCell } from '../shell/numberColumn.ts';
import { gridTheme } from '../shell/theme.ts';
import { usePersistentColumns } from '../state/usePersistentColumns.ts';

const ruleEvents = ['rulesChanged'] as const;
const listColumns: ColDef<VersionedEntry>[] = [
  { field: 'name', headerName: 'Rule set', flex: 2 },
  { field: 'kind', headerName: 'Method', width: 140 },
  { field: 'id', headerName: 'Id', flex: 1.5 },
  { field: 'version', headerName: 'Version', width: 95, type: 'rightAligned' },
  { field: 'effectiveDate', headerName: 'Effective', width: 115 },
  { field: 'createdAt', headerName: 'Saved', width: 180, valueFormatter: (p) => new Date(p.value as string).toLocaleString() },
];

/**
 * Rule sets: every parameter of the selected one in an editable grid. Saving makes a new
 * version (the old ones stay, so past runs keep naming what they used) and margin recomputes
 * by itself; an invalid value is refused with the path at fault. Before saving, the impact
 * panel shows every account's requirement with the unsaved changes.
 */
export function RulesPage() {
  const sets = useApiData(() => getApi().listRuleSets({}), ruleEvents);
  const setsLayout = usePersistentColumns<VersionedEntry>('rules.sets');
  const parametersLayout = usePersistentColumns<ParameterRow>('rules.parameters');
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const selected = sets.data?.find((e) => e.id === selectedId) ?? sets.data?.[0] ?? null;
  const [draft, setDraft] = useState<{ id: string; version: number; document: unknown; edits: number } | null>(null);
  const [message, setMessage] = useState<{ kind: 'error' | 'ok'; text: string } | null>(null);
  const current = draft && selected && draft.id === selected.id && draft.version === selected.version ? draft : null;
  const document = current?.document ?? selected?.document;
  const rows = useMemo(() => flattenParameters((document as { parameters?: unknown } | undefined)?.parameters), [document]);

  const setValue = useCallback(
    (p: ValueSetterParams<ParameterRow>) => {
      if (!selected || !p.data) return false;
      const old = p.data.value;
      let value: unknown = p.newValue;
      if (typeof old === 'number') {
        const parsed = parseNumberInput(p.newValue, p.data.path);
        if (!parsed.ok) {
          setMessage({ kind: 'error', text: parsed.message });
          return false;
        }
        value = parsed.value;
      } else if (typeof old === 'boolean') {
        const text = String(p.newValue).trim().toLowerCase();
        if (text !== 'true' && text !== 'false') {
          setMessage({ kind: 'error', text: `${p.data.path}: expected true or false` });
          return false;
        }
        value = text === 'true';
      }
      const base = current ?? { id: selected.id, version: selected.version, document: selected.document, edits: 0 };
      setDraft({ ...base, document: withParameter(base.document, p.data.keys, value), edits: base.edits + 1 });
      setMessage(null);
      return false;
    },
    [selected, current],
  );
  const columns = useMemo<ColDef<ParameterRow>[]>(
    () => [
      { field: 'path', headerName: 'Parameter', flex: 2 },
      {
        field: 'value',
        headerName: 'Value',
        flex: 1,
        type: 'rightAligned',
        cellClass: [...numericCell, 'editable'],
        editable: (p) => typeof p.data?.value === 'number' || typeof p.data?.value === 'boolean' || typeof p.data?.value === 'string',
        cellDataType: false,
        cellEditor: 'agTextCellEditor',
        valueSetter: setValue,
      },
    ],
    [setValue],
  );

  const save = async () => {
    if (!current) return;
    try {
      const saved = await getApi().saveRuleSet({ document: current.document });
      setDraft(null);
      setMessage({ kind: 'ok', text: `Saved ${saved.name} as version ${saved.version}; margin recomputes with it.` });
    } catch (error) {
      setMessage({ kind: 'error', text: (error as Error).message });
    }
  };

  return (
    <div className="page">
      <header className="page-header">
        <h1>Rules</h1>
        <span className="muted">{sets.data ? `${sets.data.length} rule sets · double-click a value to edit` : 'Loading…'}</span>
      </header>
      {sets.error && <p role="alert" className="error">{sets.error}</p>}
      <div className="grid-host short">
        <AgGridReact<VersionedEntry>
          theme={gridTheme}
          {...setsLayout}
          rowData={sets.data ?? []}
          columnDefs={listColumns}
          getRowId={(p) => p.data.id}
          domLayout="autoHeight"
          onRowClicked={(e) => e.data && setSelectedId(e.data.id)}
          rowSelection={{ mode: 'singleRow', checkboxes: false, enableClickSelection: true }}
        />
      </div>
      {selected && (
        <>
          <div className="toolbar">
            <h2>
              Parameters of {selected.name} <span className="muted">v{selected.version}</span>
            </h2>
            <span className="muted">{current ? `${current.edits} unsaved change${current.edits === 1 ? '' : 's'}` : 'no changes'}</span>
            <button type="button" disabled={!current} onClick={() => void save()}>
              Save as version {selected.version + 1}
            </button>
            <button type="button" disabled={!current} onClick={() => setDraft(null)}>
              Discard
            </button>
            <RuleSetVersions key={selected.id} id={selected.id} />
          </div>
          {message && (
            <p role={message.kind === 'error' ? 'alert' : 'status'} className={message.kind}>
              {message.text}
            </p>
          )}
          {current && <RuleSetImpact document={current.document} />}
          <div className="grid-host">
            <AgGridReact<ParameterRow> theme={gridTheme} {...parametersLayout} rowData={rows} columnDefs={columns} getRowId={(p) => p.data.path} />
          </div>
        </>
      )}
    </div>
  );
}
