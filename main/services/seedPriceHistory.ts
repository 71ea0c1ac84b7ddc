import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { InputError } from '../../shared/validationError.ts';
import { readPriceHistory } from '../importers/history/readPriceHistory.ts';
import { readMeta, writeMeta } from '../store/bookVersion.ts';
import type { Store } from '../store/openStore.ts';

/**
 * Once per database (a `history_seeded` flag, so a database made before the history shipped
 * gets it too), writes the price histories of `resources/history/*.csv` (wide form, see its
 * README) into `price_history`, one transaction. Returns how many closes were written.
 */
export function seedPriceHistory(store: Store, resourcesDir: string, now: string): number {
  if (readMeta(store.db, 'history_seeded') !== null) return 0;
  const dir = join(resourcesDir, 'history');
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.csv'))
    .sort();
  let written = 0;
  store.transaction(() => {
    for (const file of files) {
      const read = readPriceHistory(readFileSync(join(dir, file), 'utf8'));
      if (read.errors.length > 0) throw new InputError(`resources/history/${file}`, read.errors.map((e) => ({ path: `line ${e.line}`, message: e.message })));
      for (const s of read.series) written += store.marketData.putCloses(s.id, s.dates.map((date, i) => ({ date, close: s.closes[i]! })));
    }
    writeMeta(store.db, 'history_seeded', now);
  });
  return written;
}
