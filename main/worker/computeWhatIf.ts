import { marginMethodIds } from '../../shared/marginResult.ts';
import type { PositionChange } from '../../shared/positionChange.ts';
import { parseRuleSetDocument } from '../../shared/rules/ruleSetDocument.ts';
import type { PortfolioDocument } from '../../shared/portfolioDocument.ts';
import type { WhatIfPosition, WhatIfResult } from '../../shared/whatIf.ts';
import type { Store } from '../store/openStore.ts';
import { bookDocument } from './bookDocument.ts';
import { computeMarginWithMarket } from './computeMarginWithMarket.ts';
import type { JobContext } from './jobProtocol.ts';
import { positionGreeks } from './positionGreeks.ts';
import { readBookSnapshot, type BookSnapshot } from './readBookSnapshot.ts';
import { readMarginMarket } from './readMarginMarket.ts';
import { whatIfDocument } from './whatIfDocument.ts';

export interface WhatIfJobPayload {
  changes: PositionChange[];
}

/**
 * Every method with a rule set on the book and on the book with the changes, per account
 * (`computeMarginComparison` twice, on one snapshot); nothing is written.
 */
export function computeWhatIf(store: Store, payload: WhatIfJobPayload, context: JobContext, now: () => number): WhatIfResult {
  const started = now();
  const { snapshot, rules } = store.transaction(() => ({ snapshot: readBookSnapshot(store), rules: store.ruleSets.listLatest() }));
  const before = bookDocument(snapshot);
  const after = whatIfDocument(before, snapshot.positions.map((p) => p.id), payload.changes);
  const market = readMarginMarket(store, marginMethodIds);
  const methods: WhatIfResult['methods'] = [];
  marginMethodIds.forEach((method, k) => {
    context.throwIfCancelled();
    const entry = rules.find((r) => r.kind === method);
    const parsed = entry ? parseRuleSetDocument(entry.document) : null;
    if (entry && parsed?.ok) {
      const was = computeMarginWithMarket(before, method, parsed.value, entry.version, market).accounts;
      const will = computeMarginWithMarket(after, method, parsed.value, entry.version, market).accounts;
      methods.push({
        method,
        accounts: snapshot.accounts.map((a) => {
          const b = was.find((x) => x.id === a.id)?.requirement ?? 0;
          const f = will.find((x) => x.id === a.id)?.requirement ?? 0;
          return { account: a.id, currency: a.currency, before: b, after: f, change: f - b, assigned: a.marginMethod === method };
        }),
      });
    }
    context.progress(k + 1, marginMethodIds.length);
  });
  return { bookVersion: snapshot.bookVersion, elapsedMs: now() - started, methods, positions: touchedPositions(after, snapshot.positions, payload.changes) };
}

/** The what-if book's positions that the changes add or touch, each with its value and greeks. */
function touchedPositions(after: PortfolioDocument, book: BookSnapshot['positions'], changes: readonly PositionChange[]): WhatIfPosition[] {
  const byId = new Map(book.map((p) => [p.id, p]));
  const key = (account: string, instrument: string) => `${account}\u0000${instrument}`;
  const positions = new Set<string>();
  const instruments = new Set<string>();
  for (const c of changes) {
    if (c.op === 'add') positions.add(key(c.account, c.instrument));
    else if (c.op === 'change') {
      const p = byId.get(c.positionId)!;
      if (c.field === 'quantity') positions.add(key(p.account, p.instrument));
      else instruments.add(p.instrument);
    }
  }
  const touched = after.positions.flatMap((p, i) => (positions.has(key(p.account, p.instrument)) || instruments.has(p.instrument) ? [i] : []));
  if (touched.length === 0) return [];
  // Only the touched positions are valued, with every instrument they need.
  const greeks = positionGreeks({ ...after, positions: touched.map((i) => after.positions[i]!) });
  return touched.map((i, k) => ({ account: after.positions[i]!.account, instrument: after.positions[i]!.instrument, ...greeks[k]! }));
}
