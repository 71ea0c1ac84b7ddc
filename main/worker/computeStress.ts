import { resolveBook } from '../engine/resolveBook.ts';
import { revalue } from '../engine/revalue.ts';
import { scenariosFromDocument } from '../engine/scenariosFromDocument.ts';
import { scenarioSetSchema, type ScenarioSet as ScenarioSetDocument } from '../../shared/scenarioSet.ts';
import type { StressResult } from '../../shared/stressResult.ts';
import type { Store } from '../store/openStore.ts';
import type { ResolvedBook } from '../engine/resolvedBook.ts';
import type { ScenarioSet } from '../engine/scenarioSet.ts';
import type { VersionedEntry } from '../../shared/libraryView.ts';
import type { JobContext } from './jobProtocol.ts';
import { bookDocument } from './bookDocument.ts';
import { readBookSnapshot, type BookSnapshot } from './readBookSnapshot.ts';

export interface StressJobPayload {
  scenarioSetId: string;
  version?: number;
}

/** A stress run read and resolved, waiting for its P&L matrix. */
export interface PreparedStress {
  started: number;
  snapshot: BookSnapshot;
  entry: VersionedEntry;
  document: ScenarioSetDocument;
  book: ResolvedBook;
  scenarios: ScenarioSet;
  warnings: string[];
}

/**
 * The worker's stress job: the book under every scenario of a saved set, by full revaluation,
 * summed per account. A position that settles in another currency than its account's, or that
 * cannot be valued, is listed as excluded rather than mixed in. One thread; the engine worker
 * runs large sets as `prepareStress` → a RevaluePool → `summariseStress` instead.
 */
export function computeStress(store: Store, payload: StressJobPayload, context: JobContext, now: () => number): StressResult {
  const prepared = prepareStress(store, payload, now);
  context.throwIfCancelled();
  const pnl = revalue(prepared.book, prepared.scenarios);
  context.progress(1, 1);
  return summariseStress(prepared, pnl, now);
}

/** Reads one consistent snapshot and the set, resolves the book and the scenarios. */
export function prepareStress(store: Store, payload: StressJobPayload, now: () => number): PreparedStress {
  const started = now();
  const { snapshot, entry } = store.transaction(() => ({ snapshot: readBookSnapshot(store), entry: store.scenarioSets.get(payload.scenarioSetId, payload.version) }));
  if (!entry) throw new Error(`scenario set "${payload.scenarioSetId}"${payload.version ? ` v${payload.version}` : ''} is not in the library`);
  const document = scenarioSetSchema.parse(entry.document);
  const book = resolveBook(bookDocument(snapshot));
  const { scenarios, warnings } = scenariosFromDocument(document, book);
  return { started, snapshot, entry, document, book, scenarios, warnings };
}

/** Sums the [position × scenario] matrix per account and finds each account's worst scenario. */
export function summariseStress({ started, snapshot, entry, document, book, scenarios, warnings }: PreparedStress, pnl: Float64Array, now: () => number): StressResult {
  const count = scenarios.count;
  const accountIndex = new Map(snapshot.accounts.map((a, i) => [a.id, i]));
  const sums = snapshot.accounts.map(() => new Float64Array(count));
  const excluded: StressResult['excluded'] = book.excludedPositions.map((e) => ({ account: e.account, instrument: e.instrument, reason: e.reason }));
  for (let p = 0; p < book.positions.quantity.length; p++) {
    const a = accountIndex.get(book.positions.account[p]!)!;
    const account = snapshot.accounts[a]!;
    const row = book.positions.instrument[p]!;
    const currency = book.instruments.currency[row]!;
    if (currency !== account.currency) {
      excluded.push({ account: account.id, instrument: book.instruments.id[row]!, reason: `settles in ${currency}; the account is in ${account.currency}` });
      continue;
    }
    const sum = sums[a]!;
    for (let s = 0; s < count; s++) sum[s]! += pnl[p * count + s]!;
  }
  return {
    scenarioSet: { id: entry.id, version: entry.version, name: entry.name },
    scenarios: document.scenarios.map((s) => ({ id: s.id, name: s.name })),
    accounts: snapshot.accounts.map((a, i) => {
      const values = Array.from(sums[i]!);
      let worst = -1;
      values.forEach((v, s) => {
        if (worst < 0 || v < values[worst]!) worst = s;
      });
      return { id: a.id, currency: a.currency, pnl: values, worst: worst < 0 ? null : { id: document.scenarios[worst]!.id, pnl: values[worst]! } };
    }),
    excluded,
    warnings,
    bookVersion: snapshot.bookVersion,
    elapsedMs: now() - started,
  };
}
