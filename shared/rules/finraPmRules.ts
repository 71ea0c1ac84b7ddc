import { z } from 'zod';
import { ruleSetSchema } from './ruleSetSchema.ts';

const range = z.strictObject({
  down: z.number({ error: 'expected the down move as a decimal (0.15 = 15%)' }).gt(0, 'expected a down move above 0').lt(1, 'expected a down move below 1 (100%)'),
  up: z.number({ error: 'expected the up move as a decimal (0.15 = 15%)' }).gt(0, 'expected an up move above 0').max(10, 'expected an up move of at most 10 (1,000%)'),
});
const amount = (what: string) => z.number({ error: `expected ${what}` }).min(0, `expected ${what} of 0 or more`);

/**
 * The `finra-pm` rule set: FINRA Rule 4210(g) portfolio margin, OCC TIMS-style
 * (`../shared/spec/methodologies.md` §2). Moves are decimals of the underlying price.
 */
export const finraPmParametersSchema = z
  .strictObject({
    /** Valuation range per product class (the underlying's `class`), FINRA Rule 4210(g). */
    ranges: z.strictObject({ equity: range, narrowIndex: range, broadIndex: range, broadIndexOther: range }),
    /** Equal steps from 0 to each end of the range: 5 gives the 10 valuation points. */
    pointsPerSide: z.number({ error: 'expected a whole number of points' }).int('expected a whole number of points').min(1, 'expected at least 1 point per side').max(100, 'expected at most 100 points per side'),
    /** Scale a leveraged ETF's range by |leverage| (an inverse ETF's down and up swap). */
    scaleRangeByLeverage: z.boolean({ error: 'expected true or false' }),
    /** Class-group minimum per option contract held, long or short, per unit of multiplier (0.375: $37.50 on 100 shares). */
    contractMinimum: amount('the minimum per contract and unit of multiplier'),
    /**
     * Class groups whose gains may offset each other's losses at the same valuation point, at
     * `offset` of the gains (default 90% for high-cap broad-based indexes); class groups in no
     * product group offset nothing.
     */
    productGroups: z.array(
      z.strictObject({
        id: z.string({ error: 'expected a product group id' }).min(1, 'expected a non-empty product group id'),
        underlyings: z.array(z.string().min(1, 'expected an underlying id'), { error: 'expected a list of underlying ids' }).min(1, 'expected at least one underlying'),
        offset: z.number({ error: 'expected the offset as a decimal (0.9 = 90%)' }).min(0, 'expected an offset of 0 or more').max(1, 'expected an offset of at most 1 (100%)'),
      }),
      { error: 'expected a list of product groups' },
    ),
    /** Account equity a portfolio margin account must keep (FINRA Rule 4210(g)): reported beside the requirement, not added to it. */
    minimumEquity: amount('the minimum equity'),
    /** Initial margin = maintenance × this (1: the same). */
    initialToMaintenance: z.number({ error: 'expected a ratio such as 1 or 1.1' }).min(1, 'expected a ratio of at least 1: initial margin is never below maintenance'),
  })
  .superRefine((p, ctx) => {
    const ids = new Set<string>();
    const owner = new Map<string, string>();
    p.productGroups.forEach((group, g) => {
      if (ids.has(group.id)) ctx.addIssue({ code: 'custom', path: ['productGroups', g, 'id'], message: `duplicate product group id "${group.id}"` });
      ids.add(group.id);
      group.underlyings.forEach((u, k) => {
        const other = owner.get(u);
        if (other !== undefined) ctx.addIssue({ code: 'custom', path: ['productGroups', g, 'underlyings', k], message: `"${u}" is already in product group "${other}"` });
        else owner.set(u, group.id);
      });
    });
  });

export const finraPmRulesSchema = ruleSetSchema('finra-pm', finraPmParametersSchema);

export type FinraPmRules = z.infer<typeof finraPmRulesSchema>;
export type FinraPmParameters = z.infer<typeof finraPmParametersSchema>;
