import type { BookEdit } from './bookEdit.ts';

/** One undoable step (a cell edit, an added or deleted row, a paste): the edits and their inverse. */
export interface UndoStep {
  forward: BookEdit[];
  backward: BookEdit[];
}

/** Undo/redo history of steps: a new step clears what could be redone. */
export class UndoStack {
  #done: UndoStep[] = [];
  #undone: UndoStep[] = [];
  readonly #limit: number;

  constructor(limit = 200) {
    this.#limit = limit;
  }

  push(step: UndoStep): void {
    this.#done.push(step);
    if (this.#done.length > this.#limit) this.#done.shift();
    this.#undone = [];
  }

  /** The step to take back (apply its `backward`), or null when there is none. */
  undo(): UndoStep | null {
    const step = this.#done.pop();
    if (!step) return null;
    this.#undone.push(step);
    return step;
  }

  /** The step to apply again (its `forward`), or null. */
  redo(): UndoStep | null {
    const step = this.#undone.pop();
    if (!step) return null;
    this.#done.push(step);
    return step;
  }

  get canUndo(): boolean {
    return this.#done.length > 0;
  }

  get canRedo(): boolean {
    return this.#undone.length > 0;
  }
}
