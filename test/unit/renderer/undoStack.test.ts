import { describe, expect, it } from 'vitest';
import { UndoStack } from '../../../renderer/book/undoStack.ts';

describe('UndoStack', () => {
  it('undoes and redoes edits in order; a new edit clears redo', () => {
    const stack = new UndoStack();
    stack.push({ positionId: 1, field: 'quantity', before: 1, after: 2 });
    stack.push({ positionId: 1, field: 'quantity', before: 2, after: 3 });
    expect(stack.undo()?.before).toBe(2);
    expect(stack.undo()?.before).toBe(1);
    expect(stack.undo()).toBeNull();
    expect(stack.redo()?.after).toBe(2);
    expect(stack.canRedo).toBe(true);
    stack.push({ positionId: 2, field: 'price', before: 5, after: 6 });
    expect(stack.canRedo).toBe(false);
    expect(stack.redo()).toBeNull();
  });

  it('keeps at most its limit', () => {
    const stack = new UndoStack(2);
    for (let i = 0; i < 5; i++) stack.push({ positionId: 1, field: 'quantity', before: i, after: i + 1 });
    expect(stack.undo()?.before).toBe(4);
    expect(stack.undo()?.before).toBe(3);
    expect(stack.canUndo).toBe(false);
  });
});
