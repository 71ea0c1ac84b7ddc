import { z } from 'zod';
import { instrumentKinds } from './instrument.ts';
import { ruleSetSchema } from './rules/ruleSetSchema.ts';

const rate = z.number({ error: 'expected a rate as a decimal (0.15)' }).min(0, 'expected a rate of 0 or more').max(10, 'expected a rate of at most 10');

/**
 * The baseline method `gross-notional`: requirement = Σ |quantity × multiplier × reference price| × rate
 * of the instrument's kind, where the reference price is the instrument's own price, or the
 * underlying's price for options. A deliberately simple, documented rule that the
 * exchange-style methods replace; it exists so every edit has a real figure at once.
 */
export const grossNotionalRulesSchema = ruleSetSchema(
  'gross-notional',
  z.object({
    rates: z.object(Object.fromEntries(instrumentKinds.map((k) => [k, rate])) as Record<(typeof instrumentKinds)[number], typeof rate>),
  }),
);

export type GrossNotionalRules = z.infer<typeof grossNotionalRulesSchema>;
