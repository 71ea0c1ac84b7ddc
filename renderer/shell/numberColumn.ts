import type { ColDef } from 'ag-grid-community';
import { formatNumber } from '../../shared/formatNumber.ts';

/** Cell classes of every numeric cell: right-aligned, tabular figures. */
export const numericCell = ['num', 'ag-right-aligned-cell'];

/** A right-aligned numeric column with thousands separators; an absent value shows blank. */
export function numberColumn<T>(field: string, headerName: string, extra: Partial<ColDef<T>> = {}): ColDef<T> {
  return {
    field: field as ColDef<T>['field'],
    headerName,
    type: 'rightAligned',
    valueFormatter: (p) => (p.value === undefined ? '' : formatNumber(p.value as number | null)),
    cellClass: numericCell,
    ...extra,
  };
}
