import { scenarioSetSchema, type ScenarioSet } from './scenarioSet.ts';
import { toInputIssues, type InputIssue } from './validationError.ts';

export type ScenarioSetCheck = { ok: true; value: ScenarioSet } | { ok: false; issues: InputIssue[] };

/**
 * Validates a scenario-set document (`scanline.scenarios/1`) as the library saves it: the
 * schema, plus scenario ids unique within the set (comparisons match scenarios by id).
 * Every problem is named by its JSON path (`scenarios[2].shocks[0].price.value`).
 */
export function validateScenarioSet(value: unknown): ScenarioSetCheck {
  const parsed = scenarioSetSchema.safeParse(value);
  if (!parsed.success) return { ok: false, issues: toInputIssues(parsed.error) };
  const first = new Map<string, number>();
  const issues: InputIssue[] = [];
  parsed.data.scenarios.forEach((s, i) => {
    const earlier = first.get(s.id);
    if (earlier === undefined) first.set(s.id, i);
    else issues.push({ path: `scenarios[${i}].id`, message: `"${s.id}" is already the id of scenarios[${earlier}]` });
  });
  return issues.length > 0 ? { ok: false, issues } : { ok: true, value: parsed.data };
}
