import type { CellClassParams, ColDef } from 'ag-grid-community';
import { AgGridReact } from 'ag-grid-react';
import { useMemo } from 'react';
import { formatMoney, formatNumber } from '../../shared/formatNumber.ts';
import { marginMethodLabels } from '../../shared/marginResult.ts';
import type { MarginRunComparison, RunAccountFigures } from '../../shared/marginRunComparison.ts';
import { numericCell } from '../shell/numberColumn.ts';
import { gridTheme } from '../shell/theme.ts';
import { usePersistentColumns } from '../state/usePersistentColumns.ts';

interface AccountRow {
  account: string;
  currency: string;
  left: number | null;
  right: number | null;
  delta: number | null;
  leftRules: string;
  rightRules: string;
}
interface PositionRow {
  key: string;
  account: string;
  instrument: string;
  leftQuantity: number | null;
  rightQuantity: number | null;
  leftPnl: number | null;
  rightPnl: number | null;
  deltaPnl: number | null;
}

const difference = (left: number | null, right: number | null) => (left === null && right === null ? null : (right ?? 0) - (left ?? 0));
const rules = (f: RunAccountFigures | null) => (f ? `${marginMethodLabels[f.method]} · ${f.ruleSet.id} v${f.ruleSet.version}` : '—');
/** A cell whose two sides differ is marked `changed`. */
const changed =
  <T,>(left: keyof T, right: keyof T) =>
  (p: CellClassParams<T>) => [...numericCell, p.data && p.data[left] !== p.data[right] ? 'changed-cell' : ''];
const number = (field: string, headerName: string, cellClass: ColDef['cellClass'], money = false): ColDef => ({
  field,
  headerName,
  type: 'rightAligned',
  flex: 1,
  cellClass,
  valueFormatter: (p) => (money ? formatMoney(p.value as number | null, (p.data as { currency?: string }).currency ?? '', 0) : formatNumber(p.value === null ? null : Math.round((p.value as number) * 100) / 100)),
});

/** Two runs side by side: each account's requirement and rule set, then every position's quantity and worst-scenario P&L. */
export function RunComparison({ comparison }: { comparison: MarginRunComparison }) {
  const { left, right } = comparison;
  // Column ids name the side (left, right), not the run, so a layout holds for any two runs.
  const accountLayout = usePersistentColumns<AccountRow>('history.comparison.accounts');
  const positionLayout = usePersistentColumns<PositionRow>('history.comparison.positions');
  const accounts = useMemo<AccountRow[]>(
    () =>
      comparison.accounts.map((a) => ({
        account: a.account,
        currency: a.currency,
        left: a.left?.requirement ?? null,
        right: a.right?.requirement ?? null,
        delta: difference(a.left?.requirement ?? null, a.right?.requirement ?? null),
        leftRules: rules(a.left),
        rightRules: rules(a.right),
      })),
    [comparison],
  );
  const positions = useMemo<PositionRow[]>(
    () =>
      comparison.positions
        .map((p) => ({
          key: `${p.account}:${p.instrument}`,
          account: p.account,
          instrument: p.instrument,
          leftQuantity: p.left?.quantity ?? null,
          rightQuantity: p.right?.quantity ?? null,
          leftPnl: p.left?.pnl ?? null,
          rightPnl: p.right?.pnl ?? null,
          deltaPnl: difference(p.left?.pnl ?? null, p.right?.pnl ?? null),
        }))
        // Positions that differ first, so a small change in a large book is in view.
        .sort((a, b) => Number(isSame(a)) - Number(isSame(b))),
    [comparison],
  );
  const accountColumns = useMemo<ColDef<AccountRow>[]>(
    () => [
      { field: 'account', headerName: 'Account', width: 110 },
      number('left', `Requirement, run ${left.runId}`, changed<AccountRow>('left', 'right'), true) as ColDef<AccountRow>,
      number('right', `Requirement, run ${right.runId}`, changed<AccountRow>('left', 'right'), true) as ColDef<AccountRow>,
      number('delta', 'Δ', (p) => [...numericCell, deltaClass(p.value as number | null, true)], true) as ColDef<AccountRow>,
      { field: 'leftRules', headerName: `Method, run ${left.runId}`, flex: 1.6, cellClass: changed<AccountRow>('leftRules', 'rightRules') },
      { field: 'rightRules', headerName: `Method, run ${right.runId}`, flex: 1.6, cellClass: changed<AccountRow>('leftRules', 'rightRules') },
    ],
    [left.runId, right.runId],
  );
  const positionColumns = useMemo<ColDef<PositionRow>[]>(
    () => [
      { field: 'account', headerName: 'Account', width: 110 },
      { field: 'instrument', headerName: 'Instrument', flex: 1.2 },
      number('leftQuantity', `Quantity, run ${left.runId}`, changed<PositionRow>('leftQuantity', 'rightQuantity')) as ColDef<PositionRow>,
      number('rightQuantity', `Quantity, run ${right.runId}`, changed<PositionRow>('leftQuantity', 'rightQuantity')) as ColDef<PositionRow>,
      number('leftPnl', `Worst P&L, run ${left.runId}`, changed<PositionRow>('leftPnl', 'rightPnl')) as ColDef<PositionRow>,
      number('rightPnl', `Worst P&L, run ${right.runId}`, changed<PositionRow>('leftPnl', 'rightPnl')) as ColDef<PositionRow>,
      number('deltaPnl', 'Δ P&L', (p) => [...numericCell, deltaClass(p.value as number | null, false)]) as ColDef<PositionRow>,
    ],
    [left.runId, right.runId],
  );
  return (
    <section className="run-comparison" aria-label="Run comparison">
      <h2>
        Run {left.runId} (book v{left.bookVersion}, {new Date(left.computedAt).toLocaleString()}) → run {right.runId} (book v{right.bookVersion}, {new Date(right.computedAt).toLocaleString()})
      </h2>
      <div className="grid-host short">
        <AgGridReact<AccountRow> theme={gridTheme} {...accountLayout} rowData={accounts} columnDefs={accountColumns} getRowId={(p) => p.data.account} domLayout="autoHeight" />
      </div>
      <h2>
        Position by position <span className="muted">· quantity and P&L in the worst scenario of each run's margin groups</span>
      </h2>
      <div className="grid-host comparison-positions">
        <AgGridReact<PositionRow> theme={gridTheme} {...positionLayout} rowData={positions} columnDefs={positionColumns} getRowId={(p) => p.data.key} />
      </div>
    </section>
  );
}

function isSame(row: PositionRow): boolean {
  return row.leftQuantity === row.rightQuantity && (row.deltaPnl === null || Math.abs(row.deltaPnl) < 0.005);
}

/** A difference is red where it is worse: a higher requirement, a lower P&L. */
function deltaClass(value: number | null, higherIsWorse: boolean): string {
  if (value === null || Math.abs(value) < 0.005) return '';
  return value > 0 === higherIsWorse ? 'changed-cell negative' : 'changed-cell positive';
}
