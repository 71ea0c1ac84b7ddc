import { ApiError } from '../../shared/api.ts';
import { parseRuleSetDocument } from '../../shared/rules/ruleSetDocument.ts';
import type { RuleSetPreview } from '../../shared/ruleSetPreview.ts';
import type { Store } from '../store/openStore.ts';
import type { RuleSetPreviewJobPayload } from '../worker/computeRuleSetPreview.ts';
import type { WorkerHost } from '../worker/workerHost.ts';

/**
 * Every account's requirement with a draft rule set in place of its saved one, before saving:
 * the draft is checked as `saveRuleSet` checks it, then the worker computes both sides from
 * one snapshot. Nothing is written and no event is sent.
 */
export async function previewRuleSet(store: Store, host: WorkerHost, document: unknown): Promise<RuleSetPreview> {
  const parsed = parseRuleSetDocument(document);
  if (!parsed.ok) throw new ApiError('invalid-input', `rule set: ${parsed.issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`);
  const existing = store.ruleSets.get(parsed.value.id);
  if (existing && existing.kind !== parsed.value.method) throw new ApiError('invalid-input', `rule set: method: "${parsed.value.id}" is a ${existing.kind} rule set, not ${parsed.value.method}`);
  const payload: RuleSetPreviewJobPayload = { document: parsed.value };
  return host.run<RuleSetPreview>('previewRuleSet', payload);
}
