import type { ColDef, ColGroupDef, SelectionChangedEvent } from 'ag-grid-community';
import { AgGridReact } from 'ag-grid-react';
import { useEffect, useMemo, useRef, useState } from 'react';
import { formatMoney } from '../../shared/formatNumber.ts';
import type { MarginRunComparison } from '../../shared/marginRunComparison.ts';
import type { MarginRunSummary } from '../../shared/marginView.ts';
import { getApi } from '../api/getApi.ts';
import { useApiData } from '../api/useApiData.ts';
import { EChart } from '../charts/EChart.tsx';
import { historyChartOption, utilisation } from '../history/historyChartOption.ts';
import { RunComparison } from '../history/RunComparison.tsx';
import { numericCell } from '../shell/numberColumn.ts';
import { usePersistentColumns } from '../state/usePersistentColumns.ts';
import { gridTheme } from '../shell/theme.ts';

const historyEvents = ['marginUpdated'] as const;

type RunRow = { runId: number; computedAt: string; bookVersion: number; ruleSets: string } & Record<string, number | string | null>;

/**
 * Every saved margin run: requirement, equity and utilisation over time, the runs themselves,
 * and any two of them compared account by account and position by position.
 */
export function HistoryPage() {
  const runs = useApiData(() => getApi().listMarginRuns({ limit: 2000 }), historyEvents);
  const [account, setAccount] = useState<string | null>(null);
  const [picked, setPicked] = useState<number[]>([]);
  const [comparison, setComparison] = useState<MarginRunComparison | null>(null);
  const [error, setError] = useState<string | null>(null);
  // A column group per account: one added since the layout was saved appears among the others.
  const runsLayout = usePersistentColumns<RunRow>('history.runs');
  const accounts = useMemo(() => [...new Set((runs.data ?? []).flatMap((r) => r.accounts.map((a) => a.account)))].sort(), [runs.data]);
  const option = useMemo(() => historyChartOption(runs.data ?? [], account), [runs.data, account]);
  const rows = useMemo<RunRow[]>(() => (runs.data ?? []).map(runRow).reverse(), [runs.data]);
  const columns = useMemo<(ColDef<RunRow> | ColGroupDef<RunRow>)[]>(
    () => [
      { field: 'runId', headerName: 'Run', width: 100 },
      { field: 'computedAt', headerName: 'Computed', width: 190, valueFormatter: (p) => new Date(p.value as string).toLocaleString() },
      { field: 'bookVersion', headerName: 'Book version', width: 120, type: 'rightAligned' },
      ...accounts.map(
        (id): ColGroupDef<RunRow> => ({
          headerName: id,
          children: [
            { colId: `${id}:requirement`, headerName: 'Requirement', valueGetter: (p) => p.data?.[`${id}:requirement`], type: 'rightAligned', flex: 1, minWidth: 120, cellClass: numericCell, valueFormatter: (p) => formatMoney(p.value as number | null, '', 0) },
            { colId: `${id}:utilisation`, headerName: 'Used', valueGetter: (p) => p.data?.[`${id}:utilisation`], type: 'rightAligned', width: 90, cellClass: numericCell, valueFormatter: (p) => (typeof p.value === 'number' ? `${p.value.toFixed(1)}%` : '—') },
          ],
        }),
      ),
      { field: 'ruleSets', headerName: 'Rule sets', flex: 1.5, minWidth: 200 },
    ],
    [accounts],
  );

  // The two runs picked most recently; picking a third lets go of the older pick.
  const order = useRef<number[]>([]);
  const onSelectionChanged = (e: SelectionChangedEvent<RunRow>) => {
    const selected = e.api.getSelectedRows().map((r) => r.runId);
    order.current = [...order.current.filter((id) => selected.includes(id)), ...selected.filter((id) => !order.current.includes(id))];
    if (order.current.length > 2) {
      const dropped = order.current.slice(0, order.current.length - 2);
      order.current = order.current.slice(-2);
      e.api.forEachNode((node) => node.data && dropped.includes(node.data.runId) && node.setSelected(false));
    }
    setPicked([...order.current].sort((a, b) => a - b));
  };
  useEffect(() => {
    const [left, right] = picked;
    if (left === undefined || right === undefined) return;
    let live = true;
    getApi()
      .compareMarginRuns({ left, right })
      .then(
        (r) => {
          if (!live) return;
          setComparison(r);
          setError(null);
        },
        (e: unknown) => live && setError((e as Error).message),
      );
    return () => {
      live = false;
    };
  }, [picked]);

  return (
    <div className="page">
      <header className="page-header">
        <h1>History</h1>
        <span className="muted">{runs.data ? `${runs.data.length} margin runs` : 'Loading…'}</span>
        <label>
          Chart{' '}
          <select aria-label="History chart account" value={account ?? ''} onChange={(e) => setAccount(e.target.value || null)}>
            <option value="">All accounts: requirement</option>
            {accounts.map((id) => (
              <option key={id} value={id}>
                {id}: requirement, equity, utilisation
              </option>
            ))}
          </select>
        </label>
      </header>
      {(runs.error ?? error) && <p role="alert" className="error">{runs.error ?? error}</p>}
      <EChart option={option} label={account ? `Requirement, equity and utilisation of ${account} over time` : 'Margin requirement per account over time'} />
      <div className="toolbar">
        <h2>Runs</h2>
        <span className="muted">{picked.length === 2 ? `comparing run ${picked[0]} with run ${picked[1]}` : 'tick two runs to compare them position by position'}</span>
      </div>
      <div className="grid-host history-runs">
        <AgGridReact<RunRow>
          theme={gridTheme}
          {...runsLayout}
          rowData={rows}
          columnDefs={columns}
          getRowId={(p) => String(p.data.runId)}
          rowSelection={{ mode: 'multiRow', checkboxes: true, headerCheckbox: false, enableClickSelection: false }}
          onSelectionChanged={onSelectionChanged}
        />
      </div>
      {picked.length === 2 && comparison && <RunComparison comparison={comparison} />}
    </div>
  );
}

function runRow(run: MarginRunSummary): RunRow {
  const row: RunRow = { runId: run.runId, computedAt: run.computedAt, bookVersion: run.bookVersion, ruleSets: [...new Set(run.accounts.map((a) => `${a.ruleSet.id} v${a.ruleSet.version}`))].join(', ') };
  for (const a of run.accounts) {
    row[`${a.account}:requirement`] = a.requirement;
    row[`${a.account}:utilisation`] = utilisation(a.requirement, a.equity);
  }
  return row;
}
