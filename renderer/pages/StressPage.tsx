import type { ColDef } from 'ag-grid-community';
import { AgGridReact } from 'ag-grid-react';
import { useMemo } from 'react';
import { formatMoney } from '../../shared/formatNumber.ts';
import { getApi } from '../api/getApi.ts';
import { useApiData } from '../api/useApiData.ts';
import { useJobQuery } from '../api/useJobQuery.ts';
import { usePersistentColumns } from '../state/usePersistentColumns.ts';
import { usePersistentState } from '../state/usePersistentState.ts';
import { JobStatus } from '../shell/JobStatus.tsx';
import { numericCell } from '../shell/numberColumn.ts';
import { PriceVolHeatmap } from '../stress/PriceVolHeatmap.tsx';
import { ScenarioAccountHeatmap } from '../stress/ScenarioAccountHeatmap.tsx';
import { gridTheme } from '../shell/theme.ts';

const libraryEvents = ['scenariosChanged'] as const;
type Row = { id: string; name: string } & Record<string, number | string>;
type View = 'table' | 'set-heatmap' | 'price-vol';
const views: [View, string][] = [
  ['table', 'Scenario set: table'],
  ['set-heatmap', 'Scenario set: heat map'],
  ['price-vol', 'Price × vol heat map'],
];
const isView = (saved: unknown): saved is View => views.some(([id]) => id === saved);

/**
 * The book under stress, rerun after every edit: a saved scenario set's P&L per scenario and
 * account (as a table or a heat map), and the price × vol grid heat map with its drill-through.
 * Each runs as a job with progress and Cancel; the set runs only while one of its views is open.
 */
export function StressPage() {
  const sets = useApiData(() => getApi().listScenarioSets({}), libraryEvents);
  const [setId, setSetId] = usePersistentState<string>('stress.scenarioSet', '');
  const [view, setView] = usePersistentState<View>('stress.view', 'table', isView);
  const chosen = (sets.data?.some((s) => s.id === setId) ? setId : sets.data?.[0]?.id) ?? null;

  const setRun = useJobQuery(
    view === 'price-vol' ? null : chosen,
    'stress',
    () => getApi().startStress({ scenarioSetId: chosen! }),
    (jobId) => getApi().awaitStress({ jobId }),
  );
  const { data: result, error } = setRun;
  // The heat map reports its own errors; a set's error belongs to the set's views.
  const shownError = (view === 'price-vol' ? null : error) ?? sets.error;
  const layout = usePersistentColumns<Row>('stress.scenarios');

  const columns = useMemo<ColDef<Row>[]>(
    () => [
      { field: 'name', headerName: 'Scenario', flex: 1.5, minWidth: 220 },
      ...(result?.accounts ?? []).map(
        (a): ColDef<Row> => ({
          colId: a.id,
          headerName: `${a.id} P&L`,
          valueGetter: (p) => p.data?.[a.id],
          type: 'rightAligned',
          flex: 1,
          cellClass: (p) => [...numericCell, (p.value as number) < 0 ? 'negative' : 'positive', p.data?.id === a.worst?.id ? 'worst' : ''],
          valueFormatter: (p) => formatMoney(p.value as number, a.currency, 0),
        }),
      ),
    ],
    [result],
  );
  const rows = useMemo<Row[]>(
    () => (result?.scenarios ?? []).map((s, i) => ({ id: s.id, name: s.name, ...Object.fromEntries(result!.accounts.map((a) => [a.id, a.pnl[i]!])) }) as Row),
    [result],
  );

  return (
    <div className="page">
      <header className="page-header">
        <h1>Stress</h1>
        <div className="tabs" role="tablist">
          {views.map(([id, label]) => (
            <button key={id} type="button" role="tab" aria-selected={view === id} onClick={() => setView(id)}>
              {label}
            </button>
          ))}
        </div>
      </header>
      {view === 'price-vol' && <PriceVolHeatmap />}
      {view !== 'price-vol' && (
        <div className="toolbar">
          <label>
            Scenario set{' '}
            <select aria-label="Scenario set" value={chosen ?? ''} onChange={(e) => setSetId(e.target.value)}>
              {(sets.data ?? []).map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name} (v{s.version})
                </option>
              ))}
            </select>
          </label>
          {result && (
            <span className="muted">
              {result.scenarios.length} scenarios · full revaluation · book v{result.bookVersion} · {result.elapsedMs.toFixed(1)} ms · P&L positive for gains
            </span>
          )}
        </div>
      )}
      {view !== 'price-vol' && <JobStatus label="Stress run" job={setRun} previous={result && `${result.scenarioSet.name} v${result.scenarioSet.version}, book v${result.bookVersion}`} />}
      {shownError && <p role="alert" className="error">{shownError}</p>}
      {view !== 'price-vol' && result && result.accounts.some((a) => a.worst) && (
        <p className="muted">
          Worst:{' '}
          {result.accounts
            .filter((a) => a.worst)
            .map((a) => `${a.id} ${formatMoney(a.worst!.pnl, a.currency, 0)} (${result.scenarios.find((s) => s.id === a.worst!.id)?.name})`)
            .join(' · ')}
        </p>
      )}
      {view !== 'price-vol' && result && result.excluded.length > 0 && (
        <p className="warning">
          Not in the sums: {result.excluded.map((e) => `${e.account} ${e.instrument} (${e.reason})`).join('; ')}
        </p>
      )}
      {view === 'table' && (
        <div className="grid-host">
          <AgGridReact<Row> theme={gridTheme} {...layout} rowData={rows} columnDefs={columns} getRowId={(p) => p.data.id} />
        </div>
      )}
      {view === 'set-heatmap' && result && <ScenarioAccountHeatmap result={result} />}
    </div>
  );
}
