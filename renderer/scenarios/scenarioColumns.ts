import type { ColDef, ColGroupDef, ValueSetterParams } from 'ag-grid-community';
import { formatNumber } from '../../shared/formatNumber.ts';
import { numericCell } from '../shell/numberColumn.ts';
import { displayedValue, type ScenarioField } from './applyCellEdit.ts';
import { priceTypes, volTypes, type ScenarioRow, type ShockCells } from './scenarioRows.ts';

type Edit = (row: ScenarioRow, field: ScenarioField, raw: unknown) => void;

const units: Record<string, string> = { relative: '%', points: ' pts', set: ' (set)', absolute: '' };

function showMove(type: string, value: number | null): string {
  const shown = displayedValue(type, value);
  if (shown === null || type === '') return '';
  const sign = shown > 0 && type !== 'set' ? '+' : '';
  return `${sign}${formatNumber(shown)}${units[type] ?? ''}`;
}

/**
 * Columns of the scenario editor: id, name, days forward, then one group per shock slot
 * (target, price type and move, vol type and move). Values go through `edit`, which refuses
 * bad input with its reason; the grid itself never changes a row.
 */
export function scenarioColumns(slots: number, readOnly: boolean, edit: Edit): (ColDef<ScenarioRow> | ColGroupDef<ScenarioRow>)[] {
  const editable = !readOnly;
  const cellClass = (extra: string[] = []) => (editable ? [...extra, 'editable'] : extra);
  const setter = (field: ScenarioField) => (p: ValueSetterParams<ScenarioRow>) => {
    if (p.data && String(p.newValue ?? '') !== String(p.oldValue ?? '')) edit(p.data, field, p.newValue);
    return false;
  };
  const part = (k: number, key: keyof ShockCells) => (row: ScenarioRow | undefined) => row?.shocks[k]?.[key] ?? null;
  const shockGroup = (k: number): ColGroupDef<ScenarioRow> => ({
    headerName: `Shock ${k + 1}`,
    groupId: `shock${k}`,
    children: [
      { colId: `s${k}.target`, headerName: 'Target', width: 110, editable, cellClass: cellClass(), valueGetter: (p) => part(k, 'target')(p.data) ?? '', valueSetter: setter(`s${k}.target`), headerTooltip: 'all, an underlying id, or group:<name>; empty removes the shock' },
      { colId: `s${k}.priceType`, headerName: 'Price', width: 100, editable, cellClass: cellClass(), cellEditor: 'agSelectCellEditor', cellEditorParams: { values: [...priceTypes] }, valueGetter: (p) => part(k, 'priceType')(p.data) ?? '', valueSetter: setter(`s${k}.priceType`) },
      {
        colId: `s${k}.priceValue`,
        headerName: 'Move',
        width: 100,
        type: 'rightAligned',
        editable,
        cellDataType: false,
        cellClass: cellClass(numericCell),
        valueGetter: (p) => displayedValue(p.data?.shocks[k]?.priceType ?? '', p.data?.shocks[k]?.priceValue ?? null),
        valueFormatter: (p) => showMove(p.data?.shocks[k]?.priceType ?? '', p.data?.shocks[k]?.priceValue ?? null),
        valueSetter: setter(`s${k}.priceValue`),
        headerTooltip: 'relative in percent (−25 = −25%), absolute in price units, or the level to set',
      },
      { colId: `s${k}.volType`, headerName: 'Vol', width: 95, editable, cellClass: cellClass(), cellEditor: 'agSelectCellEditor', cellEditorParams: { values: [...volTypes] }, valueGetter: (p) => part(k, 'volType')(p.data) ?? '', valueSetter: setter(`s${k}.volType`) },
      {
        colId: `s${k}.volValue`,
        headerName: 'Vol move',
        width: 100,
        type: 'rightAligned',
        editable,
        cellDataType: false,
        cellClass: cellClass(numericCell),
        valueGetter: (p) => displayedValue(p.data?.shocks[k]?.volType ?? '', p.data?.shocks[k]?.volValue ?? null),
        valueFormatter: (p) => showMove(p.data?.shocks[k]?.volType ?? '', p.data?.shocks[k]?.volValue ?? null),
        valueSetter: setter(`s${k}.volValue`),
        headerTooltip: 'vol points (5 = +5 pts) or relative in percent (50 = +50%)',
      },
    ],
  });
  return [
    { colId: 'id', headerName: 'Id', width: 150, pinned: 'left', editable, cellClass: cellClass(), valueGetter: (p) => p.data?.id, valueSetter: setter('id') },
    { colId: 'name', headerName: 'Scenario', width: 230, pinned: 'left', editable, cellClass: cellClass(), valueGetter: (p) => p.data?.name, valueSetter: setter('name') },
    { colId: 'daysForward', headerName: 'Days fwd', width: 95, type: 'rightAligned', editable, cellDataType: false, cellClass: cellClass(numericCell), valueGetter: (p) => p.data?.daysForward, valueSetter: setter('daysForward') },
    ...Array.from({ length: slots }, (_, k) => shockGroup(k)),
  ];
}
