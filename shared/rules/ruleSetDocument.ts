import type { z } from 'zod';
import { grossNotionalRulesSchema } from '../grossNotionalRules.ts';
import { toInputIssues } from '../validationError.ts';
import type { ParseResult } from '../portfolioDocument.ts';
import { cryptoPmRulesSchema } from './cryptoPmRules.ts';
import { finraPmRulesSchema } from './finraPmRules.ts';
import { houseRulesSchema } from './houseRules.ts';
import { regTRulesSchema } from './regTRules.ts';
import { spanRulesSchema } from './spanRules.ts';
import { varRulesSchema } from './varRules.ts';

/**
 * Every rule-set schema by method: a `scanline.rules/1` document is validated by the schema of
 * the method it names. Add a method here when it lands.
 */
export const ruleSetSchemas = {
  'gross-notional': grossNotionalRulesSchema,
  span: spanRulesSchema,
  'crypto-pm': cryptoPmRulesSchema,
  'finra-pm': finraPmRulesSchema,
  'reg-t': regTRulesSchema,
  var: varRulesSchema,
  house: houseRulesSchema,
} as const;

export type RuleSetMethod = keyof typeof ruleSetSchemas;
export type RuleSetDocument = z.infer<(typeof ruleSetSchemas)[RuleSetMethod]>;

export function isRuleSetMethod(method: unknown): method is RuleSetMethod {
  return typeof method === 'string' && Object.hasOwn(ruleSetSchemas, method);
}

/** Validates a rule-set document by its `method`; problems are named by JSON path. */
export function parseRuleSetDocument(json: unknown): ParseResult<RuleSetDocument> {
  const method = (json as { method?: unknown } | null)?.method;
  if (!isRuleSetMethod(method)) {
    return { ok: false, issues: [{ path: 'method', message: `expected one of ${Object.keys(ruleSetSchemas).join(', ')}` }] };
  }
  const parsed = ruleSetSchemas[method].safeParse(json);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, issues: toInputIssues(parsed.error) };
}
