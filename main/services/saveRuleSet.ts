import { ApiError } from '../../shared/api.ts';
import type { VersionedEntry } from '../../shared/libraryView.ts';
import { parseRuleSetDocument } from '../../shared/rules/ruleSetDocument.ts';
import type { Store } from '../store/openStore.ts';
import type { EventHub } from './eventHub.ts';

/**
 * Saves an edited rule set as the next version of its id (versions are never overwritten, so
 * every past margin run still names the exact parameters it used) and announces it; margin
 * recomputes by itself. Invalid documents are refused with every JSON path at fault.
 */
export function saveRuleSet(store: Store, events: EventHub, document: unknown, now: string): VersionedEntry {
  const parsed = parseRuleSetDocument(document);
  if (!parsed.ok) throw new ApiError('invalid-input', `rule set: ${parsed.issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`);
  const rules = parsed.value;
  const existing = store.ruleSets.get(rules.id);
  if (existing && existing.kind !== rules.method) throw new ApiError('invalid-input', `rule set: method: "${rules.id}" is a ${existing.kind} rule set, not ${rules.method}`);
  const saved = store.ruleSets.save({ id: rules.id, kind: rules.method, name: rules.name, effectiveDate: rules.effectiveDate, document: rules }, now);
  events.emit('rulesChanged', { id: saved.id, version: saved.version });
  return saved;
}
