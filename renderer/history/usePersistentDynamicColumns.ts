import type { GridApi } from 'ag-grid-community';
import { useMemo } from 'react';
import { readUiState } from '../state/uiStateStore.ts';
import { usePersistentColumns } from '../state/usePersistentColumns.ts';

type LayoutHandlers<T> = ReturnType<typeof usePersistentColumns<T>>;

/**
 * `usePersistentColumns` for a grid whose columns follow its data (one group per account, per
 * shock slot): a saved layout is applied as usual, then every column it does not know (an
 * account or shock added since it was saved) is put back beside its neighbour in the column
 * definitions rather than at the far end, where AG Grid leaves columns a saved order omits.
 */
export function usePersistentDynamicColumns<T>(gridId: string): LayoutHandlers<T> {
  const layout = usePersistentColumns<T>(gridId);
  return useMemo(() => {
    const restore =
      <E extends { api: GridApi<T> }>(apply: ((e: E) => void) | undefined) =>
      (e: E) => {
        apply?.(e);
        placeNewColumns(e.api, gridId);
      };
    return { ...layout, onGridReady: restore(layout.onGridReady), onNewColumnsLoaded: restore(layout.onNewColumnsLoaded) };
  }, [layout, gridId]);
}

/**
 * Moves the columns the saved layout of `gridId` does not name next to the column before them
 * in the definitions (the first of them, before the first defined column); the others keep the
 * saved order. Source `api`, so the move itself is not saved as a user's change.
 */
export function placeNewColumns<T>(api: GridApi<T>, gridId: string): void {
  const saved = readUiState(`grid.${gridId}.columns`);
  if (!Array.isArray(saved)) return;
  const known = new Set(saved.map((c: unknown) => (typeof c === 'object' && c !== null ? (c as { colId?: unknown }).colId : undefined)));
  const defined = (api.getColumns() ?? []).map((c) => c.getColId());
  const fresh = defined.filter((id) => !known.has(id));
  if (fresh.length === 0) return;
  const current = api.getAllGridColumns().map((c) => c.getColId());
  const order = current.filter((id) => !fresh.includes(id));
  for (const id of fresh) {
    const at = defined.indexOf(id);
    const previous = defined
      .slice(0, at)
      .reverse()
      .find((p) => order.includes(p));
    const firstDefined = order.findIndex((p) => defined.includes(p));
    order.splice(previous !== undefined ? order.indexOf(previous) + 1 : firstDefined === -1 ? order.length : firstDefined, 0, id);
  }
  if (order.every((id, i) => id === current[i])) return;
  api.applyColumnState({ state: order.map((colId) => ({ colId })), applyOrder: true });
}
