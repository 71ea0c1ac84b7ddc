import type { ColDef } from 'ag-grid-community';
import { AgGridReact } from 'ag-grid-react';
import { useMemo } from 'react';
import { formatMoney, formatNumber } from '../../shared/formatNumber.ts';
import type { StressCellResult } from '../../shared/stressGrid.ts';
import { numericCell } from '../shell/numberColumn.ts';
import { gridTheme } from '../shell/theme.ts';
import { usePersistentColumns } from '../state/usePersistentColumns.ts';

type Row = StressCellResult['positions'][number];

const columns: ColDef<Row>[] = [
  { field: 'instrument', headerName: 'Instrument', flex: 1.2 },
  { field: 'underlying', headerName: 'Underlying', flex: 1 },
  { field: 'quantity', headerName: 'Quantity', type: 'rightAligned', flex: 1, cellClass: numericCell, valueFormatter: (p) => formatNumber(p.value as number | null) },
  {
    field: 'pnl',
    headerName: 'P&L',
    type: 'rightAligned',
    flex: 1.3,
    cellClass: (p) => [...numericCell, (p.value as number) < 0 ? 'negative' : 'positive'],
    valueFormatter: (p) => formatMoney(p.value as number, p.data?.currency ?? '', 0),
  },
];

/** The drill-through of one heat-map cell: each position's P&L, largest loss first, with the total. */
export function CellPositionsGrid({ positions }: { positions: Row[] }) {
  const layout = usePersistentColumns<Row>('stress.cell');
  const rows = useMemo(() => [...positions].sort((a, b) => a.pnl - b.pnl), [positions]);
  const total = useMemo<Row[]>(
    () => [{ positionId: 0, account: '', instrument: 'Total', underlying: '', quantity: Number.NaN, currency: positions[0]?.currency ?? '', pnl: positions.reduce((s, p) => s + p.pnl, 0) }],
    [positions],
  );
  return (
    <div className="grid-host drill-grid">
      <AgGridReact<Row> theme={gridTheme} {...layout} rowData={rows} columnDefs={columns} getRowId={(p) => String(p.data.positionId)} pinnedBottomRowData={total} getRowClass={(p) => (p.node.rowPinned ? 'total-row' : undefined)} />
    </div>
  );
}
