import { z } from 'zod';
import { ruleSetSchema } from './ruleSetSchema.ts';
import { underlyingClasses } from '../instrument.ts';

const share = (what: string, max = 10) =>
  z
    .number({ error: `expected ${what} as a decimal (0.2 = 20%)` })
    .min(0, `expected ${what} of 0 or more`)
    .max(max, `expected ${what} of at most ${max}`);
const money = (what: string) => z.number({ error: `expected ${what} in the account's currency` }).min(0, `expected ${what} of 0 or more`);
const flag = (what: string) => z.boolean({ error: `expected true or false: ${what}` });

/**
 * The `reg-t` rule set: strategy-based margin as the Cboe Margin Manual states it for a
 * Regulation T margin account (`../shared/spec/methodologies.md` §3), with FINRA Rule 4210(c)
 * for stock maintenance. Every rate is a decimal of the named base; money is per share.
 */
export const regTParametersSchema = z.strictObject({
  /** Uncovered (naked) short options: premium + max(rate × S − out-of-the-money amount, minimum). */
  naked: z.strictObject({
    /** Share of the underlying value for equity and narrow-based index options (Cboe: 20%). */
    rate: share('the naked rate'),
    /** Share of the underlying value for broad-based index and index-ETF options (Cboe: 15%). */
    broadIndexRate: share('the broad-based index rate'),
    /** Minimum for calls, as a share of the underlying value (Cboe: 10%). */
    callMinimumRate: share('the call minimum'),
    /** Minimum for puts, as a share of the exercise price (Cboe: 10%). */
    putMinimumRate: share('the put minimum'),
    /** Multiply the rate and the minimums by |leverage| for options on leveraged ETFs (as the tastyware margin-estimator does). */
    scaleByLeverage: flag('scale the naked rates by a leveraged ETF\'s leverage factor'),
  }),
  /** Underlying classes that take `broadIndexRate` instead of `rate`. */
  broadIndexClasses: z.array(z.enum(underlyingClasses, { error: `expected one of ${underlyingClasses.join(', ')}` })),
  /** Long options: paid in full up to `fullPaymentMonths` before expiry, `longTermRate` of their value beyond (Cboe: 9 months, 75%). */
  longOption: z.strictObject({
    fullPaymentMonths: z.number({ error: 'expected a whole number of months' }).int('expected a whole number of months').min(0, 'expected 0 months or more'),
    longTermRate: share('the long-term option rate', 1),
  }),
  /** Spreads: may the net premium received stand against the strike width (true: the requirement is the maximum loss at expiry)? */
  spreads: z.strictObject({ premiumOffset: flag('let the net premium received reduce a spread\'s requirement') }),
  /** Which pairings the account may use; leaving one out reproduces a broker that does not recognise it. */
  strategies: z.strictObject({
    verticals: flag('pair longs and shorts of one right into vertical and diagonal spreads'),
    straddles: flag('pair short calls with short puts into straddles and strangles'),
    covered: flag('cover short calls with long stock and short puts with short stock'),
    combinations: flag('combine two spreads of one expiry into butterflies, condors and iron condors'),
  }),
  /** Stock: Regulation T §220.12 (initial) and FINRA Rule 4210(c) (maintenance). */
  stock: z.strictObject({
    longInitial: share('the long initial rate'),
    longMaintenance: share('the long maintenance rate'),
    /** Beyond the short-sale proceeds: Reg T's 150% of market value is the proceeds plus 50%. */
    shortInitial: share('the short initial rate'),
    shortMaintenance: share('the short maintenance rate'),
    shortMaintenancePerShare: money('the short maintenance minimum per share'),
    /** Below this price a short stock takes the low-price rule instead. */
    lowPrice: money('the low-price threshold'),
    lowPriceShortMaintenance: share('the low-price short maintenance rate'),
    lowPriceShortMaintenancePerShare: money('the low-price short maintenance minimum per share'),
    /** Multiply the maintenance rates by |leverage| for leveraged ETFs, capped at 100% (FINRA Rule 4210(f)(8)(B)). */
    scaleMaintenanceByLeverage: flag('scale stock maintenance by a leveraged ETF\'s leverage factor'),
  }),
});

export const regTRulesSchema = ruleSetSchema('reg-t', regTParametersSchema);

export type RegTRules = z.infer<typeof regTRulesSchema>;
export type RegTParameters = z.infer<typeof regTParametersSchema>;
