import type { CellClassParams, ColDef, ITooltipParams } from 'ag-grid-community';
import { AgGridReact } from 'ag-grid-react';
import { useMemo } from 'react';
import type { ImportKind } from '../../shared/importPreview.ts';
import { numberColumn } from '../shell/numberColumn.ts';
import { gridTheme } from '../shell/theme.ts';
import { usePersistentColumns } from '../state/usePersistentColumns.ts';
import type { GridColumnId, PreviewGridRow } from './previewGridRows.ts';

const problemsIn = (row: PreviewGridRow | undefined, column: GridColumnId) => row?.problems.filter((p) => p.column === column) ?? [];

/** Marks a cell the errors of its row are about (red, the reasons as its tooltip). */
function checked(column: GridColumnId, def: ColDef<PreviewGridRow>): ColDef<PreviewGridRow> {
  const base = def.cellClass;
  const format = def.valueFormatter;
  return {
    ...def,
    colId: column,
    cellClass: (p: CellClassParams<PreviewGridRow>) => {
      const own = typeof base === 'function' ? base(p) : base;
      const list = own === undefined || own === null ? [] : Array.isArray(own) ? own : [own];
      return problemsIn(p.data, column).length > 0 ? [...list, 'cell-error'] : list;
    },
    tooltipValueGetter: (p: ITooltipParams<PreviewGridRow>) => problemsIn(p.data, column).map((x) => x.message).join('\n') || undefined,
    valueFormatter: (p) => {
      if (p.value === undefined || p.value === null) return problemsIn(p.data, column).length > 0 ? '⚠' : '';
      return typeof format === 'function' ? format(p) : String(p.value);
    },
  };
}

/**
 * The parsed rows and the lines in error, in file order: a line in error shows its text where
 * the instrument would be, and the cell its reason is about (else its status) is red with the
 * reason as tooltip.
 */
export function PreviewGrid({ rows, kind }: { rows: PreviewGridRow[]; kind: ImportKind }) {
  const columns = useMemo<ColDef<PreviewGridRow>[]>(() => {
    const holdings = kind !== 'optionChain';
    return [
      { field: 'line', headerName: 'Line', width: 78, type: 'rightAligned', pinned: 'left' },
      {
        field: 'status',
        headerName: '',
        width: 48,
        pinned: 'left',
        valueFormatter: (p) => (p.value === 'error' ? '✕' : '✓'),
        cellClass: (p) => (p.data?.status === 'error' ? 'status-error' : 'status-ok'),
        tooltipValueGetter: (p) => (p.data?.status === 'error' ? p.data.problems.map((x) => x.message).join('\n') : undefined),
      },
      ...(holdings ? [checked('account', { field: 'account', headerName: 'Account', width: 110 })] : []),
      checked('symbol', { field: 'symbol', headerName: 'Symbol in file', minWidth: 170, flex: 1 }),
      {
        colId: 'instrument',
        headerName: 'Instrument',
        minWidth: 190,
        flex: 1.2,
        valueGetter: (p) => p.data?.instrument ?? p.data?.source,
        cellClass: (p) => (p.data?.status === 'error' ? 'source-text' : undefined),
        tooltipValueGetter: (p) => (p.data?.status === 'error' ? `line ${p.data.line} of the file: ${p.data.source ?? ''}` : undefined),
      },
      checked('kind', { field: 'kind', headerName: 'Kind', width: 90 }),
      ...(holdings ? [checked('quantity', numberColumn<PreviewGridRow>('quantity', 'Quantity', { width: 115 }))] : []),
      checked('multiplier', numberColumn<PreviewGridRow>('multiplier', 'Mult', { width: 85 })),
      checked('expiry', { field: 'expiry', headerName: 'Expiry', width: 108 }),
      checked('strike', numberColumn<PreviewGridRow>('strike', 'Strike', { width: 95 })),
      checked('right', { field: 'right', headerName: 'Right', width: 70 }),
      checked('underlying', { field: 'underlying', headerName: 'Underlying', width: 125 }),
      checked('exercise', { field: 'exercise', headerName: 'Exercise', width: 95 }),
      checked('settlement', { field: 'settlement', headerName: 'Settlement', width: 115 }),
      checked('currency', { field: 'currency', headerName: 'Ccy', width: 70 }),
      checked('price', numberColumn<PreviewGridRow>('price', 'Price', { width: 105 })),
      ...(holdings ? [] : [checked('vol', numberColumn<PreviewGridRow>('vol', 'Vol', { width: 85 }))]),
    ];
  }, [kind]);
  // Holdings and option chains show different columns: each keeps its own layout, and the grid
  // starts afresh (with that layout) when a file of the other shape is previewed.
  const layoutId = kind === 'optionChain' ? 'import.preview.optionChain' : 'import.preview.holdings';
  const layout = usePersistentColumns<PreviewGridRow>(layoutId);
  return (
    <div className="grid-host import-grid" data-testid="preview-grid">
      <AgGridReact<PreviewGridRow>
        key={layoutId}
        theme={gridTheme}
        {...layout}
        rowData={rows}
        columnDefs={columns}
        getRowId={(p) => p.data.key}
        getRowClass={(p) => (p.data?.status === 'error' ? 'row-error' : undefined)}
        tooltipShowDelay={150}
        suppressCellFocus={false}
      />
    </div>
  );
}
