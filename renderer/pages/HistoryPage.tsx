import type { ColDef } from 'ag-grid-community';
import { AgGridReact } from 'ag-grid-react';
import { useMemo } from 'react';
import { formatMoney } from '../../shared/formatNumber.ts';
import { marginMethodLabels } from '../../shared/marginResult.ts';
import type { MarginRunSummary } from '../../shared/marginView.ts';
import { getApi } from '../api/getApi.ts';
import { useApiData } from '../api/useApiData.ts';
import { EChart, type ChartOption } from '../charts/EChart.tsx';
import { gridTheme } from '../shell/theme.ts';

const historyEvents = ['marginUpdated'] as const;

interface RunRow {
  runId: number;
  computedAt: string;
  method: string;
  ruleSet: string;
  bookVersion: number;
  account: string;
  requirement: number;
  equity: number;
}

/** Every saved margin run: requirement per account over time, and the runs themselves. */
export function HistoryPage() {
  const runs = useApiData(() => getApi().listMarginRuns({ limit: 2000 }), historyEvents);
  const option = useMemo<ChartOption>(() => chartOption(runs.data ?? []), [runs.data]);
  const rows = useMemo<RunRow[]>(
    () =>
      (runs.data ?? [])
        .flatMap((r) =>
          r.accounts.map((a) => ({ runId: r.runId, computedAt: r.computedAt, bookVersion: r.bookVersion, account: a.account, method: marginMethodLabels[a.method], ruleSet: `${a.ruleSet.id} v${a.ruleSet.version}`, requirement: a.requirement, equity: a.equity })),
        )
        .reverse(),
    [runs.data],
  );
  const columns = useMemo<ColDef<RunRow>[]>(
    () => [
      { field: 'runId', headerName: 'Run', width: 80 },
      { field: 'computedAt', headerName: 'Computed', width: 200, valueFormatter: (p) => new Date(p.value as string).toLocaleString() },
      { field: 'account', headerName: 'Account', width: 110 },
      { field: 'requirement', headerName: 'Requirement', type: 'rightAligned', flex: 1, valueFormatter: (p) => formatMoney(p.value as number, '') },
      { field: 'equity', headerName: 'Equity', type: 'rightAligned', flex: 1, valueFormatter: (p) => formatMoney(p.value as number, '') },
      { field: 'method', headerName: 'Method', width: 190 },
      { field: 'ruleSet', headerName: 'Rule set', width: 200 },
      { field: 'bookVersion', headerName: 'Book version', width: 120, type: 'rightAligned' },
    ],
    [],
  );
  return (
    <div className="page">
      <header className="page-header">
        <h1>History</h1>
        <span className="muted">{runs.data ? `${runs.data.length} margin runs` : 'Loading…'}</span>
      </header>
      {runs.error && <p role="alert" className="error">{runs.error}</p>}
      <EChart option={option} label="Margin requirement per account over time" />
      <div className="grid-host">
        <AgGridReact<RunRow> theme={gridTheme} rowData={rows} columnDefs={columns} getRowId={(p) => `${p.data.runId}:${p.data.account}`} />
      </div>
    </div>
  );
}

function chartOption(runs: readonly MarginRunSummary[]): ChartOption {
  const accounts = [...new Set(runs.flatMap((r) => r.accounts.map((a) => a.account)))].sort();
  return {
    animation: false,
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 90, right: 24, top: 36, bottom: 64 },
    xAxis: { type: 'time' },
    yAxis: { type: 'value', name: 'Requirement', axisLabel: { formatter: (v: number) => v.toLocaleString('en-US') } },
    dataZoom: [{ type: 'inside' }, { type: 'slider', bottom: 12 }],
    series: accounts.map((account) => ({
      name: account,
      type: 'line',
      step: 'end',
      showSymbol: true,
      data: runs.flatMap((r) => r.accounts.filter((a) => a.account === account).map((a) => [r.computedAt, a.requirement])),
    })),
  };
}
