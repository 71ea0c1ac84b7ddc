import { parseRuleSetDocument } from '../../shared/rules/ruleSetDocument.ts';
import type { VarParameters } from '../../shared/rules/varRules.ts';
import type { VarRunRequest, VarRunResult } from '../../shared/varRun.ts';
import { resolveBook } from '../engine/resolveBook.ts';
import { startVar } from '../engine/risk/startVar.ts';
import type { Store } from '../store/openStore.ts';
import { bookDocument } from './bookDocument.ts';
import type { JobContext } from './jobProtocol.ts';
import { readBookSnapshot } from './readBookSnapshot.ts';
import { readMarginMarket } from './readMarginMarket.ts';

/**
 * The worker's `var` job: `startVar` over the stored book and price history for each account
 * asked for (one, or all), each on its own history like the `var` margin method, with the
 * newest `var` rule set's parameters and the request's overrides. Reports progress after every
 * step (a chunk of scenarios, counted over all the accounts' runs) and stops between steps
 * once cancelled.
 */
export function computeVarRun(store: Store, request: VarRunRequest, context: JobContext, now: () => number): VarRunResult {
  const started = now();
  const { snapshot, entry } = store.transaction(() => ({ snapshot: readBookSnapshot(store), entry: store.ruleSets.listLatest().find((r) => r.kind === 'var') }));
  if (!entry) throw new Error('no var rule set in the database');
  const parsed = parseRuleSetDocument(entry.document);
  if (!parsed.ok || parsed.value.method !== 'var') throw new Error(`rule set ${entry.id} v${entry.version} is not a valid var rule set`);
  const base = parsed.value.parameters;
  const parameters: VarParameters = {
    ...base,
    ...(request.method === undefined ? {} : { method: request.method }),
    ...(request.confidence === undefined ? {} : { confidence: request.confidence }),
    ...(request.horizonDays === undefined ? {} : { horizonDays: request.horizonDays }),
    ...(request.window === undefined ? {} : { window: request.window }),
    monteCarlo: { ...base.monteCarlo, ...(request.paths === undefined ? {} : { paths: request.paths }) },
  };
  const doc = bookDocument(snapshot);
  if (request.account !== undefined && !doc.accounts.some((a) => a.id === request.account)) throw new Error(`no account "${request.account}" in the book`);
  const accounts = doc.accounts.filter((a) => request.account === undefined || a.id === request.account).map((a) => ({ id: a.id, currency: a.currency ?? doc.baseCurrency }));
  const history = readMarginMarket(store, ['var'])!.history;
  const book = resolveBook(doc);
  const runs = accounts.map((account) => startVar({ book, accounts: [account], history }, parameters));
  const total = runs.reduce((n, r) => n + r.steps, 0);
  let done = 0;
  context.progress(0, total);
  for (const run of runs) {
    for (;;) {
      context.throwIfCancelled();
      if (!run.step()) break;
      context.progress(++done, total);
    }
  }
  const results = runs.map((run) => run.result());
  const dates = results.flatMap((r) => [r.from, r.to]).filter((d): d is string => d !== null).sort();
  return {
    bookVersion: snapshot.bookVersion,
    ruleSet: { id: entry.id, version: entry.version },
    elapsedMs: now() - started,
    method: parameters.method,
    confidence: parameters.confidence,
    horizonDays: parameters.horizonDays,
    from: dates[0] ?? null,
    to: dates.at(-1) ?? null,
    accounts: results.map((result) => {
      const a = result.accounts[0]!;
      return {
        id: a.id,
        currency: a.currency,
        var: a.var,
        es: a.es,
        worstDate: a.worstDate,
        worstLoss: a.worstLoss,
        observations: a.observations,
        from: result.from,
        to: result.to,
        excluded: a.excluded.map((e) => ({ ...e, position: snapshot.positions[e.position]?.id ?? -1 })),
      };
    }),
    notes: [...new Set(results.flatMap((r) => r.notes))],
  };
}
