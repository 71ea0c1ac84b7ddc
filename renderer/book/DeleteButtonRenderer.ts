import type { ICellRendererComp, ICellRendererParams } from 'ag-grid-community';

export interface DeleteButtonParams<Row> {
  /** The row the button deletes, or null where the cell stays empty (totals, removed rows). */
  target: (row: Row | undefined) => { account: string; instrument: string } | null;
  onDelete: (target: { account: string; instrument: string }) => void;
}

/**
 * A row's delete button as a plain DOM cell renderer rather than a React component: tens of
 * thousands of rows scroll through this cell, and a React root per cell costs frames.
 */
export class DeleteButtonRenderer<Row> implements ICellRendererComp<Row> {
  #gui = document.createElement('span');

  init(params: ICellRendererParams<Row> & DeleteButtonParams<Row>): void {
    const target = params.target(params.data);
    if (!target) return;
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'row-delete';
    button.textContent = '✕';
    button.setAttribute('aria-label', `Delete ${target.instrument} of ${target.account}`);
    button.addEventListener('click', () => params.onDelete(target));
    this.#gui.append(button);
  }

  getGui(): HTMLElement {
    return this.#gui;
  }

  /** False: the grid makes a new renderer, so the button never deletes a row it no longer shows. */
  refresh(): boolean {
    return false;
  }
}
