import type { ColumnEventType, ColumnState, GridApi, GridOptions } from 'ag-grid-community';
import { useMemo } from 'react';
import { placeNewColumns } from './placeNewColumns.ts';
import { readUiState, writeUiState } from './uiStateStore.ts';

/** A column's remembered layout: order (position in the list), width, sort, hidden, pinned. */
type SavedColumn = {
  colId: string;
  width: number | null;
  flex: number | null;
  hide: boolean;
  pinned: 'left' | 'right' | null;
  sort: 'asc' | 'desc' | null;
  sortIndex: number | null;
};

/** Column changes a person made (not the grid sizing flex columns or us applying a layout). */
const userSources = new Set<ColumnEventType>(['uiColumnMoved', 'uiColumnResized', 'uiColumnDragged', 'uiColumnSorted', 'toolPanelUi', 'toolPanelDragAndDrop', 'contextMenu', 'columnMenu', 'autosizeColumns']);

type ColumnHandlers<T> = Pick<GridOptions<T>, 'onGridReady' | 'onNewColumnsLoaded' | 'onColumnMoved' | 'onColumnResized' | 'onSortChanged' | 'onColumnVisible' | 'onColumnPinned'>;

/**
 * Keeps an AG Grid's column layout across restarts under `grid.<gridId>.columns`: applied when
 * the grid (or a new set of its columns) is ready, saved when the user moves, resizes, sorts,
 * hides or pins a column. Columns that follow the data (one per account, per version) and that
 * the saved layout does not know are put beside their neighbours (`placeNewColumns`). Spread
 * the result onto `<AgGridReact>`.
 */
export function usePersistentColumns<T>(gridId: string): ColumnHandlers<T> {
  return useMemo(() => {
    const key = `grid.${gridId}.columns`;
    const apply = ({ api }: { api: GridApi<T> }) => {
      const saved = readUiState(key);
      if (!isSavedLayout(saved)) return;
      api.applyColumnState({ state: saved as ColumnState[], applyOrder: true });
      placeNewColumns(api, gridId);
    };
    const save = (e: { api: GridApi<T>; source: string; finished?: boolean }) => {
      if (!userSources.has(e.source as ColumnEventType) || e.finished === false) return;
      writeUiState(key, e.api.getColumnState().map(toSaved));
    };
    return { onGridReady: apply, onNewColumnsLoaded: apply, onColumnMoved: save, onColumnResized: save, onSortChanged: save, onColumnVisible: save, onColumnPinned: save };
  }, [gridId]);
}

function toSaved(c: ColumnState): SavedColumn {
  return { colId: c.colId, width: c.width ?? null, flex: c.flex ?? null, hide: c.hide ?? false, pinned: c.pinned === true ? 'left' : (c.pinned || null), sort: c.sort ?? null, sortIndex: c.sortIndex ?? null };
}

function isSavedLayout(value: unknown): value is SavedColumn[] {
  return Array.isArray(value) && value.every((c) => typeof c === 'object' && c !== null && typeof (c as { colId?: unknown }).colId === 'string');
}
