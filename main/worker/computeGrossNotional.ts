import { createHash } from 'node:crypto';
import { grossNotionalMargin } from '../engine/grossNotionalMargin.ts';
import { resolveNotionalInputs } from '../engine/resolveNotionalInputs.ts';
import { grossNotionalRulesSchema } from '../../shared/grossNotionalRules.ts';
import type { AccountMargin } from '../../shared/marginView.ts';
import type { Store } from '../store/openStore.ts';
import { readBookSnapshot } from './readBookSnapshot.ts';

export interface MarginJobPayload {
  ruleSetId: string;
}

export interface MarginJobResult {
  method: string;
  ruleSet: { id: string; version: number };
  bookVersion: number;
  fingerprint: string;
  elapsedMs: number;
  accounts: AccountMargin[];
}

/**
 * The worker's margin job: reads one consistent snapshot of the book through the worker's own
 * read connection, resolves it into typed arrays, and runs the engine.
 */
export function computeGrossNotional(store: Store, payload: MarginJobPayload, now: () => number): MarginJobResult {
  const started = now();
  const { snapshot, ruleSet } = store.transaction(() => ({ snapshot: readBookSnapshot(store), ruleSet: store.ruleSets.get(payload.ruleSetId) }));
  if (!ruleSet) throw new Error(`rule set "${payload.ruleSetId}" is not in the database`);
  const rules = grossNotionalRulesSchema.parse(ruleSet.document);
  const resolved = resolveNotionalInputs(snapshot.accounts, snapshot.instruments, snapshot.positions, rules);
  const requirement = grossNotionalMargin(resolved.inputs);
  const accounts = snapshot.accounts.map((a, i): AccountMargin => {
    const req = requirement[i]!;
    return { account: a.id, currency: a.currency, requirement: req, equity: a.equity, excess: a.equity - req, excluded: resolved.excluded[i]! };
  });
  const fingerprint = createHash('sha256')
    .update(JSON.stringify([snapshot.accounts, snapshot.instruments, snapshot.positions.map((p) => [p.account, p.instrument, p.quantity]), ruleSet.id, ruleSet.version]))
    .digest('hex');
  return {
    method: rules.method,
    ruleSet: { id: ruleSet.id, version: ruleSet.version },
    bookVersion: snapshot.bookVersion,
    fingerprint,
    elapsedMs: now() - started,
    accounts,
  };
}
