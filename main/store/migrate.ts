import type { Database } from 'better-sqlite3';
import { migrations, type Migration } from './migrations.ts';

/**
 * Brings a database up to `target` (default: the latest migration). Each migration runs in its
 * own transaction together with the user_version bump, so a failure leaves the previous version.
 */
export function migrate(db: Database, target = Number.POSITIVE_INFINITY, list: readonly Migration[] = migrations): number {
  let current = db.pragma('user_version', { simple: true }) as number;
  for (const migration of [...list].sort((a, b) => a.version - b.version)) {
    if (migration.version <= current || migration.version > target) continue;
    db.transaction(() => {
      db.exec(migration.sql);
      db.pragma(`user_version = ${migration.version}`);
    })();
    current = migration.version;
  }
  return current;
}
