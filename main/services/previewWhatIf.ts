import { ApiError } from '../../shared/api.ts';
import { checkPositionChanges, describeChangeIssues, type PositionChange } from '../../shared/positionChange.ts';
import type { WhatIfResult } from '../../shared/whatIf.ts';
import type { Store } from '../store/openStore.ts';
import type { WhatIfJobPayload } from '../worker/computeWhatIf.ts';
import type { WorkerHost } from '../worker/workerHost.ts';
import { positionChangeBook } from './positionChangeBook.ts';

/**
 * Every method's requirement per account with the changes applied, against the book as it is;
 * the changes are checked as a commit would check them, and nothing is written.
 */
export function previewWhatIf(store: Store, host: WorkerHost, changes: PositionChange[]): Promise<WhatIfResult> {
  const issues = store.transaction(() => checkPositionChanges(changes, positionChangeBook(store)));
  if (issues.length > 0) return Promise.reject(new ApiError('invalid-input', describeChangeIssues(issues, changes.length)));
  return host.run<WhatIfResult>('whatIf', { changes } satisfies WhatIfJobPayload);
}
