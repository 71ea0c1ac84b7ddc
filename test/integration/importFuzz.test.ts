import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EventHub } from '../../main/services/eventHub.ts';
import { ImportService } from '../../main/services/importService.ts';
import { replaceBook } from '../../main/services/replaceBook.ts';
import { openStore, type Store } from '../../main/store/openStore.ts';
import { importRequestSchema } from '../../shared/importRequest.ts';
import { readPortfolioDocument } from '../../shared/portfolioDocument.ts';
import { seededRandom } from '../fixtures/seededRandom.ts';

const repoRoot = join(import.meta.dirname, '..', '..');
const read = (path: string) => readFileSync(join(repoRoot, path), 'utf8');

/** Files the import writes when read as they are: each mutation below may break them anywhere. */
const corpus = [
  'test/fixtures/brokers/ib-activity/open_positions.csv',
  'test/fixtures/brokers/ib-activity/consolidated.csv',
  'test/fixtures/brokers/deribit/positions.json',
  'test/fixtures/brokers/deribit/transaction_log.csv',
  'test/fixtures/brokers/cme/spanposconv.csv',
  'test/fixtures/brokers/okx/positions.csv',
  'test/fixtures/brokers/osi/padded.csv',
  'test/fixtures/brokers/generic/european.csv',
  'test/fixtures/imports/underlyings.csv',
  'test/fixtures/imports/prices_wide.csv',
  '../shared/data/brokers/ibflex/activity_daily_portfolio.xml',
  'resources/sample-book.json',
].map((path) => ({ path, text: read(path) }));

const palette = [',', ';', '\t', '"', '\n', '<', '>', '{', '}', '[', ']', ':', '-', '.', '0', '9', ' ', 'x', 'é', '\u0000', 'NaN', '1e999', '-0', '(', 'Total'];
type Mutation = (text: string, random: () => number) => string;
const at = (text: string, random: () => number) => Math.floor(random() * (text.length + 1));
const pick = <T,>(items: readonly T[], random: () => number): T => items[Math.floor(random() * items.length)] as T;
const mutations: Mutation[] = [
  (t, r) => {
    const i = at(t, r);
    return t.slice(0, i) + t.slice(i + 1 + Math.floor(r() * 4));
  },
  (t, r) => {
    const i = at(t, r);
    return t.slice(0, i) + pick(palette, r) + t.slice(i);
  },
  (t, r) => t.replace(/-?\d+(\.\d+)?/g, (number) => (r() < 0.08 ? pick(['abc', '', '1,2,3', '--5', '∞'], r) : number)),
  (t, r) => {
    const lines = t.split('\n');
    const i = Math.floor(r() * lines.length);
    lines.splice(i, 0, lines[Math.floor(r() * lines.length)] ?? '');
    return lines.join('\n');
  },
  (t, r) => t.slice(0, at(t, r)),
];

let dir: string;
let store: Store;
let service: ImportService;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'scanline-import-fuzz-'));
  store = openStore(join(dir, 'book.db'));
  replaceBook(store, readPortfolioDocument(read('resources/sample-book.json'), 'sample-book.json'));
  service = new ImportService(store, new EventHub(), () => new Date('2024-03-15T12:00:00Z'));
});
afterAll(() => {
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

function contents(): string {
  const all = (sql: string) => store.db.prepare(sql).all();
  return JSON.stringify([
    all('SELECT * FROM meta ORDER BY key'),
    all('SELECT * FROM accounts ORDER BY id'),
    all('SELECT * FROM instruments ORDER BY id'),
    all('SELECT account_id, instrument_id, quantity FROM positions ORDER BY account_id, instrument_id'),
    all('SELECT series, date, close FROM price_history ORDER BY series, date'),
    all('SELECT * FROM instrument_overrides'),
    all('SELECT id FROM import_batches'),
  ]);
}

describe('an invalid file never changes the database', () => {
  it('400 mutated broker files, documents and price histories: either written without an error, or nothing changed', async () => {
    const random = seededRandom(20240315);
    let refused = 0;
    for (let round = 0; round < 400; round++) {
      const { path, text } = pick(corpus, random);
      let mutated = text;
      const count = 1 + Math.floor(random() * 3);
      for (let k = 0; k < count; k++) mutated = pick(mutations, random)(mutated, random);
      const before = contents();
      const outcome = await service.commit(importRequestSchema.parse({ fileName: path.split('/').pop(), text: mutated }));
      const replay = `round ${round} (${path})`;
      if (outcome.written) expect(outcome.errors, replay).toEqual([]);
      else {
        refused++;
        expect(contents(), replay).toBe(before);
        expect(outcome.errors.length, replay).toBeGreaterThan(0);
      }
    }
    expect(refused).toBeGreaterThan(100);
  }, 120_000);
});
