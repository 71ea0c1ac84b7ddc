import { z } from 'zod';

export const rulesFormat = 'scanline.rules/1';

/**
 * The `scanline.rules/1` envelope every method's rule set shares: format, id, name, the method
 * it is for, the date it takes effect, and that method's `parameters`.
 */
export function ruleSetSchema<const M extends string, P extends z.ZodType>(method: M, parameters: P) {
  return z.object({
    format: z.literal(rulesFormat, { error: `expected "${rulesFormat}"` }),
    id: z.string({ error: 'expected a rule-set id' }).trim().min(1, 'expected a non-empty rule-set id'),
    name: z.string({ error: 'expected a rule-set name' }).trim().min(1, 'expected a non-empty rule-set name'),
    method: z.literal(method, { error: `expected "${method}"` }),
    effectiveDate: z.iso.date({ error: 'expected a date as YYYY-MM-DD' }),
    parameters,
  });
}
