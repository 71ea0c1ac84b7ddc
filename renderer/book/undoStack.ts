import type { EditableField } from '../../shared/api.ts';

/** One cell edit, enough to apply it again or take it back. */
export interface CellEdit {
  positionId: number;
  field: EditableField;
  before: number;
  after: number;
}

/** Undo/redo history of cell edits: a new edit clears what could be redone. */
export class UndoStack {
  #done: CellEdit[] = [];
  #undone: CellEdit[] = [];
  readonly #limit: number;

  constructor(limit = 200) {
    this.#limit = limit;
  }

  push(edit: CellEdit): void {
    this.#done.push(edit);
    if (this.#done.length > this.#limit) this.#done.shift();
    this.#undone = [];
  }

  /** The edit to take back (apply its `before`), or null when there is none. */
  undo(): CellEdit | null {
    const edit = this.#done.pop();
    if (!edit) return null;
    this.#undone.push(edit);
    return edit;
  }

  /** The edit to apply again (its `after`), or null. */
  redo(): CellEdit | null {
    const edit = this.#undone.pop();
    if (!edit) return null;
    this.#done.push(edit);
    return edit;
  }

  get canUndo(): boolean {
    return this.#done.length > 0;
  }

  get canRedo(): boolean {
    return this.#undone.length > 0;
  }
}
