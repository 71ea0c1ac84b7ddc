import { createHash } from 'node:crypto';
import type { AccountMargin } from '../../shared/marginView.ts';
import { parseRuleSetDocument } from '../../shared/rules/ruleSetDocument.ts';
import type { Store } from '../store/openStore.ts';
import { storedAccountMargin, type StoredAccountMargin } from '../store/storedAccountMargin.ts';
import type { JobContext } from './jobProtocol.ts';
import { bookDocument } from './bookDocument.ts';
import { computeMarginWithMarket } from './computeMarginWithMarket.ts';
import { readMarginMarket } from './readMarginMarket.ts';
import { readBookSnapshot, type BookSnapshot } from './readBookSnapshot.ts';

export interface AccountMarginsResult {
  bookVersion: number;
  fingerprint: string;
  elapsedMs: number;
  /** Encoded here, in the worker: the main thread only copies strings and saves them. */
  accounts: StoredAccountMargin[];
}

/**
 * The worker's live margin job: every account under the method assigned to it, each method
 * with the newest version of its rule set, from one consistent snapshot of the book (the
 * worker's own read connection). The fingerprint hashes the inputs: book and rule versions.
 */
export function computeAccountMargins(store: Store, context: JobContext, now: () => number): AccountMarginsResult {
  const started = now();
  const { snapshot, rules } = store.transaction(() => ({ snapshot: readBookSnapshot(store), rules: store.ruleSets.listLatest() }));
  const doc = bookDocument(snapshot);
  const methods = [...new Set(snapshot.accounts.map((a) => a.marginMethod))];
  const market = readMarginMarket(store, methods);
  const byAccount = new Map<string, AccountMargin>();
  methods.forEach((method, k) => {
    context.throwIfCancelled();
    const entry = rules.find((r) => r.kind === method);
    if (!entry) throw new Error(`no rule set for ${method} in the database`);
    const parsed = parseRuleSetDocument(entry.document);
    if (!parsed.ok) throw new Error(`rule set ${entry.id} v${entry.version} is invalid: ${parsed.issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`);
    const ids = new Set(snapshot.accounts.filter((a) => a.marginMethod === method).map((a) => a.id));
    // Exclusions name positions by their index in the subset; the app names them by position id.
    const kept = doc.positions.flatMap((p, i) => (ids.has(p.account) ? [i] : []));
    const subset = { ...doc, accounts: doc.accounts.filter((a) => ids.has(a.id)), positions: kept.map((i) => doc.positions[i]!) };
    const result = computeMarginWithMarket(subset, method, parsed.value, entry.version, market);
    const idOf = (position: number) => snapshot.positions[kept[position] ?? -1]?.id ?? -1;
    for (const a of result.accounts) byAccount.set(a.id, { ...a, method, ruleSet: result.ruleSet, excluded: a.excluded.map((e) => ({ ...e, position: idOf(e.position) })) });
    context.progress(k + 1, methods.length);
  });
  const accounts = snapshot.accounts.map((a) => byAccount.get(a.id)!);
  return { bookVersion: snapshot.bookVersion, fingerprint: fingerprint(snapshot, accounts), elapsedMs: now() - started, accounts: accounts.map(storedAccountMargin) };
}


function fingerprint(snapshot: BookSnapshot, accounts: readonly AccountMargin[]): string {
  return createHash('sha256')
    .update(JSON.stringify([snapshot.asOf, snapshot.accounts, snapshot.instruments, snapshot.rates, snapshot.positions.map((p) => [p.account, p.instrument, p.quantity]), accounts.map((a) => [a.method, a.ruleSet])]))
    .digest('hex');
}
