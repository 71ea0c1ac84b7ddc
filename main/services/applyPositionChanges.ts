import { ApiError, type PositionChangesOutcome } from '../../shared/api.ts';
import { checkPositionChanges, describeChangeIssues, type PositionChange } from '../../shared/positionChange.ts';
import { bumpBookVersion } from '../store/bookVersion.ts';
import type { Store } from '../store/openStore.ts';
import { positionChangeBook } from './positionChangeBook.ts';

/**
 * Applies a batch of position changes in one transaction with one version bump: all of them,
 * or (when any is refused) none, with every reason numbered by line.
 */
export function applyPositionChanges(store: Store, changes: readonly PositionChange[]): PositionChangesOutcome {
  return store.transaction(() => {
    const issues = checkPositionChanges(changes, positionChangeBook(store));
    if (issues.length > 0) throw new ApiError('invalid-input', describeChangeIssues(issues, changes.length));
    const touched = new Set<number>();
    const removed: number[] = [];
    for (const change of changes) {
      if (change.op === 'add') touched.add(store.positions.insert(change.account, change.instrument, change.quantity));
      else if (change.op === 'remove') {
        store.positions.delete(change.positionId);
        touched.delete(change.positionId);
        removed.push(change.positionId);
      } else {
        const position = store.positions.get(change.positionId)!;
        if (change.field === 'quantity') store.positions.setQuantity(position.id, change.value);
        else if (change.field === 'price') store.instruments.setPrice(position.instrument, change.value);
        else store.instruments.upsert({ ...store.instruments.get(position.instrument)!, vol: change.value });
        touched.add(position.id);
      }
    }
    return { version: bumpBookVersion(store.db), positions: [...touched].map((id) => store.positions.get(id)!), removed };
  });
}
