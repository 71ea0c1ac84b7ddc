import type { GridApi } from 'ag-grid-community';
import { readUiState } from './uiStateStore.ts';

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
