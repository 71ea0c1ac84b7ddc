import type { ColDef } from 'ag-grid-community';
import { AgGridReact } from 'ag-grid-react';
import { useMemo, useState } from 'react';
import { formatMoney } from '../../shared/formatNumber.ts';
import { marginMethodLabels } from '../../shared/marginResult.ts';
import type { AccountMarginHeadline } from '../../shared/marginView.ts';
import { getApi } from '../api/getApi.ts';
import { useApiData } from '../api/useApiData.ts';
import { useBookQuery } from '../api/useBookQuery.ts';
import { useLatestMargin } from '../api/useLatestMargin.ts';
import { EChart } from '../charts/EChart.tsx';
import { AccountExplanation } from '../margin/AccountExplanation.tsx';
import { comparisonChartOption } from '../margin/comparisonChartOption.ts';
import { VarPanel } from '../risk/VarPanel.tsx';
import { numericCell } from '../shell/numberColumn.ts';
import { gridTheme } from '../shell/theme.ts';
import { usePersistentColumns } from '../state/usePersistentColumns.ts';

const money = (field: 'requirement' | 'initial' | 'maintenance' | 'equity' | 'excess', headerName: string): ColDef<AccountMarginHeadline> => ({
  field,
  headerName,
  type: 'rightAligned',
  cellClass: (p) => (field === 'excess' && (p.value as number) < 0 ? [...numericCell, 'negative'] : numericCell),
  valueFormatter: (p) => formatMoney(p.value as number, p.data?.currency ?? ''),
  flex: 1,
  minWidth: 140,
});
const comparisonEvents = ['bookChanged', 'rulesChanged'] as const;

/** Requirement by account and group, its components and driving scenario, and every method side by side. */
export function MarginPage() {
  const { margin, failure } = useLatestMargin();
  const comparison = useApiData(() => getApi().compareMargins({}), comparisonEvents);
  const [accountId, setAccountId] = useState<string | null>(null);
  const accountLayout = usePersistentColumns<AccountMarginHeadline>('margin.accounts');
  const comparisonLayout = usePersistentColumns<Record<string, unknown>>('margin.comparison');
  const selected = margin?.accounts.find((a) => a.id === accountId) ?? margin?.accounts[0] ?? null;
  // The explanation of one account is fetched on its own: a large book's whole run is megabytes.
  const explained = margin && selected ? { runId: margin.runId, account: selected.id } : null;
  const detail = useBookQuery(explained && `${explained.runId}:${explained.account}`, () => getApi().getAccountMargin(explained!));
  const columns = useMemo<ColDef<AccountMarginHeadline>[]>(
    () => [
      { field: 'id', headerName: 'Account', width: 110 },
      { headerName: 'Method', valueGetter: (p) => (p.data ? marginMethodLabels[p.data.method] : ''), width: 190 },
      money('requirement', 'Requirement'),
      money('maintenance', 'Maintenance'),
      money('equity', 'Equity'),
      money('excess', 'Excess / deficit'),
      {
        headerName: 'Utilisation',
        type: 'rightAligned',
        cellClass: numericCell,
        valueGetter: (p) => (p.data && p.data.equity > 0 ? p.data.requirement / p.data.equity : null),
        valueFormatter: (p) => (p.value === null ? '—' : `${((p.value as number) * 100).toFixed(1)}%`),
        width: 115,
      },
      { headerName: 'Excluded', valueGetter: (p) => p.data?.excludedCount ?? 0, type: 'rightAligned', width: 100 },
    ],
    [],
  );
  const comparisonRows = useMemo(() => {
    const methods = comparison.data?.methods ?? [];
    return (methods[0]?.accounts ?? []).map((a) => ({ account: a.id, currency: a.currency, ...Object.fromEntries(methods.map((m) => [m.method, m.accounts.find((x) => x.id === a.id)?.requirement ?? 0])) }));
  }, [comparison.data]);
  const comparisonColumns = useMemo<ColDef<Record<string, unknown>>[]>(
    () => [
      { field: 'account', headerName: 'Account', width: 110 },
      ...(comparison.data?.methods ?? []).map(
        (m): ColDef<Record<string, unknown>> => ({
          field: m.method,
          headerName: marginMethodLabels[m.method],
          type: 'rightAligned',
          cellClass: numericCell,
          flex: 1,
          valueFormatter: (p) => formatMoney(p.value as number, String(p.data?.currency ?? '')),
        }),
      ),
    ],
    [comparison.data],
  );
  const chart = useMemo(() => (comparison.data ? comparisonChartOption(comparison.data) : null), [comparison.data]);

  return (
    <div className="page">
      <header className="page-header">
        <h1>Margin</h1>
        {margin && (
          <span className="muted">
            run #{margin.runId} · book v{margin.bookVersion} · {new Date(margin.computedAt).toLocaleTimeString()} · {margin.elapsedMs.toFixed(1)} ms
          </span>
        )}
      </header>
      {failure && <p role="alert" className="error">Margin could not be computed: {failure}</p>}
      <div className="grid-host short">
        <AgGridReact<AccountMarginHeadline>
          theme={gridTheme}
          {...accountLayout}
          rowData={margin?.accounts ?? []}
          columnDefs={columns}
          getRowId={(p) => p.data.id}
          domLayout="autoHeight"
          onRowClicked={(e) => e.data && setAccountId(e.data.id)}
          rowSelection={{ mode: 'singleRow', checkboxes: false, enableClickSelection: true }}
        />
      </div>
      {detail.error && <p role="alert" className="error">Could not load the explanation of {selected?.id}: {detail.error}</p>}
      {detail.data && detail.data.id === selected?.id && <AccountExplanation account={detail.data} />}
      <h2>Every method on this book</h2>
      {comparison.error && <p role="alert" className="error">{comparison.error}</p>}
      {chart && <EChart option={chart} label="Requirement per account under every method" height={300} />}
      <div className="grid-host short" aria-label="Method comparison">
        <AgGridReact theme={gridTheme} {...comparisonLayout} rowData={comparisonRows} columnDefs={comparisonColumns} domLayout="autoHeight" />
      </div>
      <VarPanel accounts={margin?.accounts.map((a) => a.id) ?? []} />
    </div>
  );
}
