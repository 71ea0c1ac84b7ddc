import { z } from 'zod';
import { fraction, nonEmptyText, nonNegative, positive } from './ruleFields.ts';
import { ruleSetSchema } from './ruleSetSchema.ts';


/** An expiry tier: contracts whose (underlying future's) expiry falls startMonth..endMonth calendar months after asOf's month. */
const tierSchema = z.object({
  id: nonEmptyText('tier id'),
  startMonth: z.int({ error: 'expected a whole number of months' }).min(0, 'expected a month offset of 0 or more'),
  /** Inclusive; absent on the last tier, which takes every later expiry. */
  endMonth: z.int({ error: 'expected a whole number of months' }).min(0, 'expected a month offset of 0 or more').optional(),
});

/** An intra-commodity (calendar) spread between two tiers, in priority order; rate per spread (one composite delta each side). */
const intraSpreadSchema = z.object({
  tiers: z.tuple([nonEmptyText('tier id'), nonEmptyText('tier id')], { error: 'expected two tier ids, e.g. ["1", "2"]' }),
  rate: nonNegative('a charge per spread'),
});

/**
 * A combined commodity (CC): every future and option on futures whose risk factor (the root
 * underlying the book resolves, e.g. SPX for ESM4 and its options) is one of `underlyings`.
 * Money is in the account's currency per contract; deltas are in reference contracts of
 * `contractSize` (an MES future is 0.1 of an ES contract of size 50).
 */
const combinedCommoditySchema = z
  .object({
    id: nonEmptyText('combined commodity id'),
    name: z.string().optional(),
    underlyings: z.array(nonEmptyText('underlying id'), { error: 'expected a list of underlying ids' }).min(1, 'expected at least one underlying id'),
    contractSize: positive('a reference contract size (multiplier)'),
    /** Price scan range (PSR): price points of the underlying future, or a share of its price. */
    priceScanRange: positive('a price scan range'),
    priceScanUnit: z.enum(['points', 'relative'], { error: 'expected "points" or "relative"' }),
    /** Volatility scan range (VSR): absolute vol (0.04 = 4 vol points) or a share of each option's vol. */
    volScanRange: nonNegative('a volatility scan range'),
    volScanUnit: z.enum(['absolute', 'relative'], { error: 'expected "absolute" or "relative"' }),
    tiers: z.array(tierSchema, { error: 'expected a list of expiry tiers' }).min(1, 'expected at least one expiry tier'),
    intraSpreads: z.array(intraSpreadSchema, { error: 'expected a list of tier spreads' }).default([]),
    /** Delivery (spot) month charge: contracts expiring within `months` calendar months from asOf's month (1 = asOf's month), rate per composite delta. */
    spotMonth: z.object({
      months: z.int({ error: 'expected a whole number of months' }).min(0, 'expected 0 or more months'),
      rate: nonNegative('a charge per delta'),
    }),
    /** Short option minimum: charge per short option contract. */
    shortOptionMinimum: nonNegative('a charge per short option'),
  })
  .superRefine((cc, ctx) => {
    cc.tiers.forEach((tier, i) => {
      const expectedStart = i === 0 ? 0 : (cc.tiers[i - 1]?.endMonth ?? NaN) + 1;
      if (tier.startMonth !== expectedStart) {
        ctx.addIssue({ code: 'custom', path: ['tiers', i, 'startMonth'], message: `expected ${expectedStart}: tiers cover every month from 0 without gaps or overlaps` });
      }
      const last = i === cc.tiers.length - 1;
      if (last && tier.endMonth !== undefined) ctx.addIssue({ code: 'custom', path: ['tiers', i, 'endMonth'], message: 'the last tier takes every later expiry: leave endMonth out' });
      if (!last && tier.endMonth === undefined) ctx.addIssue({ code: 'custom', path: ['tiers', i, 'endMonth'], message: 'expected an end month (only the last tier is open-ended)' });
      if (tier.endMonth !== undefined && tier.endMonth < tier.startMonth) ctx.addIssue({ code: 'custom', path: ['tiers', i, 'endMonth'], message: `expected at least startMonth ${tier.startMonth}` });
    });
    const tierIds = new Set(cc.tiers.map((t) => t.id));
    if (tierIds.size !== cc.tiers.length) ctx.addIssue({ code: 'custom', path: ['tiers'], message: 'tier ids must be unique' });
    cc.intraSpreads.forEach((spread, i) => {
      spread.tiers.forEach((tier, j) => {
        if (!tierIds.has(tier)) ctx.addIssue({ code: 'custom', path: ['intraSpreads', i, 'tiers', j], message: `unknown tier "${tier}" (tiers: ${[...tierIds].join(', ')})` });
      });
      if (spread.tiers[0] === spread.tiers[1]) ctx.addIssue({ code: 'custom', path: ['intraSpreads', i, 'tiers'], message: 'a spread needs two different tiers (deltas within one tier net)' });
    });
  });

/** One leg of an inter-commodity spread: the CC and its delta ratio; legs with opposite signs are on opposite sides. */
const interLegSchema = z.object({
  cc: nonEmptyText('combined commodity id'),
  deltaRatio: z.number({ error: 'expected a delta ratio as a number' }).refine((r) => r !== 0, 'expected a non-zero delta ratio'),
});

/** An inter-commodity spread, in priority order: credit = spreads × creditRate × Σ legs |ratio| × weighted futures price risk. */
const interSpreadSchema = z.object({
  id: nonEmptyText('spread id'),
  creditRate: fraction('a credit rate'),
  legs: z.array(interLegSchema, { error: 'expected a list of legs' }).min(2, 'expected at least two legs'),
});

/**
 * The parameters of the `span` method (`../shared/spec/methodologies.md` §1): scenario
 * construction (extreme move, look-ahead), the combined commodities with their scan ranges,
 * tiers, spread, spot-month and short-option-minimum rates, the inter-commodity credit table
 * and the initial/maintenance ratios.
 */
export const spanParametersSchema = z
  .object({
    /** Calendar days the options age in every scenario (SPAN's look-ahead time). */
    lookAheadDays: nonNegative('a number of days').max(366, 'expected at most 366 days'),
    /** Scenarios 15/16: price ± multiplier × PSR, vol unchanged, loss × coverFraction (3×@0.33 CME, 2×@0.35 NSE/McMillan). */
    extremeMove: z.object({ multiplier: positive('an extreme-move multiplier'), coverFraction: fraction('a cover fraction') }),
    /** Initial = maintenance × ratio: CME speculators 1.10, hedgers and members 1.00 [pub]. */
    initialToMaintenance: z.object({
      speculator: z.number({ error: 'expected a ratio as a number' }).min(1, 'expected a ratio of 1 or more'),
      hedger: z.number({ error: 'expected a ratio as a number' }).min(1, 'expected a ratio of 1 or more'),
    }),
    /** Accounts margined as hedgers; every other account is a speculator. */
    hedgerAccounts: z.array(nonEmptyText('account id')).default([]),
    combinedCommodities: z.array(combinedCommoditySchema, { error: 'expected a list of combined commodities' }).min(1, 'expected at least one combined commodity'),
    interCommoditySpreads: z.array(interSpreadSchema, { error: 'expected a list of inter-commodity spreads' }).default([]),
  })
  .superRefine((p, ctx) => {
    const ccIds = new Set<string>();
    const owner = new Map<string, string>();
    p.combinedCommodities.forEach((cc, i) => {
      if (ccIds.has(cc.id)) ctx.addIssue({ code: 'custom', path: ['combinedCommodities', i, 'id'], message: `duplicate combined commodity "${cc.id}"` });
      ccIds.add(cc.id);
      cc.underlyings.forEach((u, j) => {
        const other = owner.get(u);
        if (other !== undefined) ctx.addIssue({ code: 'custom', path: ['combinedCommodities', i, 'underlyings', j], message: `underlying "${u}" already belongs to "${other}"` });
        else owner.set(u, cc.id);
      });
    });
    p.interCommoditySpreads.forEach((spread, i) => {
      const seen = new Set<string>();
      spread.legs.forEach((leg, j) => {
        if (!ccIds.has(leg.cc)) ctx.addIssue({ code: 'custom', path: ['interCommoditySpreads', i, 'legs', j, 'cc'], message: `unknown combined commodity "${leg.cc}"` });
        if (seen.has(leg.cc)) ctx.addIssue({ code: 'custom', path: ['interCommoditySpreads', i, 'legs', j, 'cc'], message: `"${leg.cc}" appears twice in one spread` });
        seen.add(leg.cc);
      });
      if (!spread.legs.some((l) => l.deltaRatio > 0) || !spread.legs.some((l) => l.deltaRatio < 0)) {
        ctx.addIssue({ code: 'custom', path: ['interCommoditySpreads', i, 'legs'], message: 'expected legs on both sides: at least one positive and one negative delta ratio' });
      }
    });
  });

/** A `span` rule set: the `scanline.rules/1` envelope with the method's parameters. */
export const spanRulesSchema = ruleSetSchema('span', spanParametersSchema);

export type SpanRules = z.infer<typeof spanRulesSchema>;
export type SpanParameters = z.infer<typeof spanParametersSchema>;
export type SpanCombinedCommodity = SpanParameters['combinedCommodities'][number];
