import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readPortfolioDocument } from '../../shared/portfolioDocument.ts';
import { parseRuleSetDocument } from '../../shared/rules/ruleSetDocument.ts';
import { scenarioSetSchema } from '../../shared/scenarioSet.ts';
import { InputError, toInputIssues } from '../../shared/validationError.ts';
import { readMeta, writeMeta } from '../store/bookVersion.ts';
import type { Store } from '../store/openStore.ts';
import { replaceBook } from './replaceBook.ts';
import { seedPriceHistory } from './seedPriceHistory.ts';

/**
 * On first start, fills a new database from `resources/`: the sample book, the default rule
 * sets, the scenario library (and, once, the price history: `seedPriceHistory`). Runs once per database (a `seeded` flag), all in one
 * transaction, so a user who empties the book does not get the sample back.
 */
export function seedDatabase(store: Store, resourcesDir: string, now: string): boolean {
  seedPriceHistory(store, resourcesDir, now);
  if (readMeta(store.db, 'seeded') !== null) return false;
  const readJson = (file: string): unknown => JSON.parse(readFileSync(file, 'utf8'));
  const book = readPortfolioDocument(readFileSync(join(resourcesDir, 'sample-book.json'), 'utf8'), 'resources/sample-book.json');
  store.transaction(() => {
    replaceBook(store, book);
    for (const file of jsonFiles(join(resourcesDir, 'rules'))) {
      const parsed = parseRuleSetDocument(readJson(file));
      if (!parsed.ok) throw new InputError(file, parsed.issues);
      const r = parsed.value;
      if (!store.ruleSets.get(r.id)) store.ruleSets.save({ id: r.id, kind: r.method, name: r.name, effectiveDate: r.effectiveDate, document: r }, now);
    }
    for (const file of jsonFiles(join(resourcesDir, 'scenarios'))) {
      const parsed = scenarioSetSchema.safeParse(readJson(file));
      if (!parsed.success) throw new InputError(file, toInputIssues(parsed.error));
      const s = parsed.data;
      if (!store.scenarioSets.get(s.id)) store.scenarioSets.save({ id: s.id, kind: 'scenarios', name: s.name, effectiveDate: null, document: s }, now);
    }
    writeMeta(store.db, 'seeded', now);
  });
  return true;
}

function jsonFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => join(dir, f));
}
