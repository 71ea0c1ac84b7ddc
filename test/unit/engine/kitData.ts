import path from 'node:path';

/**
 * The team kit's data folder (`../shared/data` beside the repository, as in CI), resolved from
 * this file: test/unit/engine → repository root → its parent.
 */
export const kitDataDir = path.resolve(import.meta.dirname, '../../../..', 'shared/data');
