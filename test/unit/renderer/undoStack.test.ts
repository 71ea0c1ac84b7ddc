import { describe, expect, it } from 'vitest';
import type { BookEdit } from '../../../renderer/book/bookEdit.ts';
import { UndoStack, type UndoStep } from '../../../renderer/book/undoStack.ts';

const quantity = (value: number): BookEdit => ({ op: 'change', account: 'A', instrument: 'X', field: 'quantity', value });
const step = (before: number, after: number): UndoStep => ({ forward: [quantity(after)], backward: [quantity(before)] });
const valueOf = (edits: BookEdit[] | undefined) => (edits?.[0]?.op === 'change' ? edits[0].value : null);

describe('UndoStack', () => {
  it('undoes and redoes steps in order; a new step clears redo', () => {
    const stack = new UndoStack();
    stack.push(step(1, 2));
    stack.push(step(2, 3));
    expect(valueOf(stack.undo()?.backward)).toBe(2);
    expect(valueOf(stack.undo()?.backward)).toBe(1);
    expect(stack.undo()).toBeNull();
    expect(valueOf(stack.redo()?.forward)).toBe(2);
    expect(stack.canRedo).toBe(true);
    stack.push(step(5, 6));
    expect(stack.canRedo).toBe(false);
    expect(stack.redo()).toBeNull();
  });

  it('keeps at most its limit', () => {
    const stack = new UndoStack(2);
    for (let i = 0; i < 5; i++) stack.push(step(i, i + 1));
    expect(valueOf(stack.undo()?.backward)).toBe(4);
    expect(valueOf(stack.undo()?.backward)).toBe(3);
    expect(stack.canUndo).toBe(false);
  });
});
