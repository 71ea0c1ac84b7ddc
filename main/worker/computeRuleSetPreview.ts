import type { VersionedEntry } from '../../shared/libraryView.ts';
import type { MarginMethodId } from '../../shared/marginResult.ts';
import { parseRuleSetDocument, type RuleSetDocument } from '../../shared/rules/ruleSetDocument.ts';
import type { RuleSetPreview } from '../../shared/ruleSetPreview.ts';
import type { Store } from '../store/openStore.ts';
import type { JobContext } from './jobProtocol.ts';
import { bookDocument } from './bookDocument.ts';
import { computeMarginWithMarket } from './computeMarginWithMarket.ts';
import { readBookSnapshot } from './readBookSnapshot.ts';
import { readMarginMarket } from './readMarginMarket.ts';

export interface RuleSetPreviewJobPayload {
  /** A draft that already parsed as a rule set document. */
  document: RuleSetDocument;
}

/**
 * The worker's rule-set impact job: every account under its assigned method, picking each
 * method's rule set as a margin run does (the first newest version of that kind, by kind and
 * name), once with the stored rule sets and once with the draft saved as the next version of
 * its id. Only methods whose rule set changes are computed twice; nothing is written.
 */
export function computeRuleSetPreview(store: Store, payload: RuleSetPreviewJobPayload, context: JobContext): RuleSetPreview {
  const draft = payload.document;
  const { snapshot, rules, last } = store.transaction(() => ({ snapshot: readBookSnapshot(store), rules: store.ruleSets.listLatest(), last: store.ruleSets.versions(draft.id)[0] }));
  const version = (last?.version ?? 0) + 1;
  const drafted: VersionedEntry = { id: draft.id, version, kind: draft.method, name: draft.name, effectiveDate: draft.effectiveDate ?? null, createdAt: '', document: draft };
  const after = [...rules.filter((r) => r.id !== draft.id), drafted].sort((x, y) => x.kind.localeCompare(y.kind) || x.name.localeCompare(y.name));
  const doc = bookDocument(snapshot);
  const methods = [...new Set(snapshot.accounts.map((a) => a.marginMethod))];
  const market = readMarginMarket(store, methods);
  const before = new Map<string, number>();
  const afterFigures = new Map<string, number>();
  const affected = new Set<MarginMethodId>();
  methods.forEach((method, k) => {
    context.throwIfCancelled();
    const ids = new Set(snapshot.accounts.filter((a) => a.marginMethod === method).map((a) => a.id));
    const subset = { ...doc, accounts: doc.accounts.filter((a) => ids.has(a.id)), positions: doc.positions.filter((p) => ids.has(p.account)) };
    const requirements = (entry: VersionedEntry | undefined, into: Map<string, number>) => {
      if (!entry) throw new Error(`no rule set for ${method} in the database`);
      const parsed = parseRuleSetDocument(entry.document);
      if (!parsed.ok) throw new Error(`rule set ${entry.id} v${entry.version} is invalid: ${parsed.issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`);
      for (const a of computeMarginWithMarket(subset, method, parsed.value, entry.version, market).accounts) into.set(a.id, a.requirement);
    };
    const current = rules.find((r) => r.kind === method);
    const next = after.find((r) => r.kind === method);
    requirements(current, before);
    if (next === drafted || current?.id === draft.id) {
      affected.add(method);
      requirements(next, afterFigures);
    }
    context.progress(k + 1, methods.length);
  });
  return {
    ruleSet: { id: draft.id, version, method: draft.method },
    bookVersion: snapshot.bookVersion,
    accounts: snapshot.accounts.map((a) => {
      const was = before.get(a.id)!;
      return { id: a.id, currency: a.currency, method: a.marginMethod, affected: affected.has(a.marginMethod), before: was, after: afterFigures.get(a.id) ?? was };
    }),
  };
}
