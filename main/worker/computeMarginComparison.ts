import { marginMethodIds } from '../../shared/marginResult.ts';
import type { MarginComparison } from '../../shared/marginView.ts';
import { parseRuleSetDocument } from '../../shared/rules/ruleSetDocument.ts';
import type { Store } from '../store/openStore.ts';
import { bookDocument } from './bookDocument.ts';
import { computeMarginWithMarket } from './computeMarginWithMarket.ts';
import type { JobContext } from './jobProtocol.ts';
import { readBookSnapshot } from './readBookSnapshot.ts';
import { readMarginMarket } from './readMarginMarket.ts';

/** The whole book under every method with a rule set, side by side, timed per method. */
export function computeMarginComparison(store: Store, context: JobContext, now: () => number): MarginComparison {
  const started = now();
  const { snapshot, rules } = store.transaction(() => ({ snapshot: readBookSnapshot(store), rules: store.ruleSets.listLatest() }));
  const doc = bookDocument(snapshot);
  const methods: MarginComparison['methods'] = [];
  const market = readMarginMarket(store, marginMethodIds);
  marginMethodIds.forEach((method, k) => {
    context.throwIfCancelled();
    const entry = rules.find((r) => r.kind === method);
    const parsed = entry ? parseRuleSetDocument(entry.document) : null;
    if (entry && parsed?.ok) {
      const t0 = now();
      methods.push({ ...computeMarginWithMarket(doc, method, parsed.value, entry.version, market), elapsedMs: now() - t0 });
    }
    context.progress(k + 1, marginMethodIds.length);
  });
  return { bookVersion: snapshot.bookVersion, elapsedMs: now() - started, methods };
}
