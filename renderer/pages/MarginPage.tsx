import type { ColDef } from 'ag-grid-community';
import { AgGridReact } from 'ag-grid-react';
import { useMemo } from 'react';
import { formatMoney } from '../../shared/formatNumber.ts';
import type { AccountMargin, ExcludedPosition } from '../../shared/marginView.ts';
import { useLatestMargin } from '../api/useLatestMargin.ts';
import { numericCell } from '../shell/numberColumn.ts';
import { gridTheme } from '../shell/theme.ts';

const money = (field: keyof AccountMargin, headerName: string): ColDef<AccountMargin> => ({
  field,
  headerName,
  type: 'rightAligned',
  cellClass: (p) => (field === 'excess' && (p.value as number) < 0 ? [...numericCell, 'negative'] : numericCell),
  valueFormatter: (p) => formatMoney(p.value as number, p.data?.currency ?? ''),
  flex: 1,
});

/** Requirement, equity and excess per account from the latest run, and what it left out. */
export function MarginPage() {
  const { margin, failure } = useLatestMargin();
  const columns = useMemo<ColDef<AccountMargin>[]>(
    () => [
      { field: 'account', headerName: 'Account', width: 130 },
      money('requirement', 'Requirement'),
      money('equity', 'Equity'),
      money('excess', 'Excess / deficit'),
      {
        headerName: 'Utilisation',
        type: 'rightAligned',
        cellClass: numericCell,
        valueGetter: (p) => (p.data && p.data.equity > 0 ? p.data.requirement / p.data.equity : null),
        valueFormatter: (p) => (p.value === null ? '—' : `${((p.value as number) * 100).toFixed(1)}%`),
        width: 130,
      },
      { headerName: 'Excluded', valueGetter: (p) => p.data?.excluded.length ?? 0, type: 'rightAligned', width: 110 },
    ],
    [],
  );
  const excluded = useMemo(() => margin?.accounts.flatMap((a) => a.excluded.map((e) => ({ ...e, account: a.account }))) ?? [], [margin]);
  const excludedColumns = useMemo<ColDef<ExcludedPosition & { account: string }>[]>(
    () => [{ field: 'account', headerName: 'Account', width: 130 }, { field: 'instrument', headerName: 'Instrument', flex: 1 }, { field: 'reason', headerName: 'Reason', flex: 2 }],
    [],
  );
  return (
    <div className="page">
      <header className="page-header">
        <h1>Margin</h1>
        {margin && (
          <span className="muted">
            method {margin.method} · rule set {margin.ruleSet.id} v{margin.ruleSet.version} · book v{margin.bookVersion} · run #{margin.runId} at{' '}
            {new Date(margin.computedAt).toLocaleTimeString()}
          </span>
        )}
      </header>
      {failure && <p role="alert" className="error">Margin could not be computed: {failure}</p>}
      <div className="grid-host short">
        <AgGridReact<AccountMargin> theme={gridTheme} rowData={margin?.accounts ?? []} columnDefs={columns} getRowId={(p) => p.data.account} domLayout="autoHeight" />
      </div>
      <h2>Excluded positions</h2>
      {excluded.length === 0 ? (
        <p className="muted">Every position was valued.</p>
      ) : (
        <div className="grid-host short">
          <AgGridReact theme={gridTheme} rowData={excluded} columnDefs={excludedColumns} domLayout="autoHeight" />
        </div>
      )}
      <p className="muted note">
        The baseline method is gross notional: Σ |quantity × multiplier × price| × a rate per instrument kind (options use the underlying's price), from the
        rule set shown. Exchange-style methods (SPAN, FINRA portfolio margin, crypto risk matrix, Reg T) run through the same engine host.
      </p>
    </div>
  );
}
