import { z } from 'zod';
import { fraction, nonEmptyText, nonNegative, positive } from './ruleFields.ts';
import { ruleSetSchema } from './ruleSetSchema.ts';


/**
 * The vol scenarios of the risk matrix [rec]: with k = (referenceDays / DTE)^p, p =
 * shortTermPower when DTE < powerSwitchDays else longTermPower, DTE floored at minDays,
 * σ_up = max(σ·(1 + up·k), upFloor) and σ_down = max(σ·(1 − down·k), 0).
 */
const volShockSchema = z.object({
  up: nonNegative('a vol-up shock'),
  down: fraction('a vol-down shock'),
  upFloor: nonNegative('a floor for the vol-up scenario'),
  shortTermPower: nonNegative('a power'),
  longTermPower: nonNegative('a power'),
  powerSwitchDays: positive('a number of days'),
  referenceDays: positive('a number of days'),
  minDays: positive('a number of days'),
});

/** One currency (BTC, ETH …): the coin its contracts settle in or are on, and its risk-matrix parameters. */
const currencySchema = z.object({
  currency: nonEmptyText('currency code'),
  /** Risk factors (root underlyings the book resolves: "BTC" for BTC-28JUN24 and its options) that belong to this currency. */
  underlyings: z.array(nonEmptyText('underlying id'), { error: 'expected a list of underlying ids' }).min(1, 'expected at least one underlying id'),
  /** Largest price move of the risk matrix, ±share of the price (0.16 BTC, 0.18 ETH) [pub]. */
  priceRange: fraction('a price range').positive('expected a price range above 0'),
  /** Evenly spaced price points per side (4 → 9 points with 0) [pub]. */
  priceBuckets: z.int({ error: 'expected a whole number of buckets' }).min(1, 'expected at least 1 bucket').max(50, 'expected at most 50 buckets'),
  volShock: volShockSchema,
  /** Extended table [rec]: price moves (−0.66 = −66%) revalued with vol up, loss × min(1, factor × priceRange / |move|). */
  extended: z.object({
    moves: z.array(z.number({ error: 'expected a price move as a number' }).min(-0.99, 'expected a move above −99%').refine((m) => m !== 0, 'expected a non-zero move')),
    factor: nonNegative('an extended-table factor'),
    /** USD subtracted from each weighted extended loss (floored at 0): small books are not charged for far moves. */
    dampenerUsd: nonNegative('a dampener in USD'),
  }),
  /** Delta shock [pub names, rec formula]: s = min(max, increment × max(0, |Δ| − liquidityThresholdUsd / price)), charge |Δ| × s coin. */
  deltaShock: z.object({
    max: fraction('a maximum delta shock'),
    liquidityThresholdUsd: nonNegative('a liquidity threshold in USD'),
    increment: nonNegative('an increment per coin of delta'),
  }),
  /** Roll shock per expiry [rec]: max(minMove·|δ|, |e^(annualisedMoveRisk·T) − 1|·|δ|). */
  rollShock: z.object({
    annualisedMoveRisk: nonNegative('an annualised move risk'),
    minMove: fraction('a minimum move'),
  }),
  /** Coin per net short option, netted per expiry and strike [pub, legacy]. */
  optionsContingency: nonNegative('a contingency per short option'),
  /** Share of the offsetting futures size (min of long and short futures, in coin) [rec]. */
  futuresContingency: fraction('a futures contingency share'),
});

/** The parameters of the `crypto-pm` method (`../shared/spec/methodologies.md` §4). */
export const cryptoPmParametersSchema = z
  .object({
    currencies: z.array(currencySchema, { error: 'expected a list of currencies' }).min(1, 'expected at least one currency'),
    /** MM = ratio × IM (0.8 at Deribit) [rec]. */
    maintenanceToInitial: z.number({ error: 'expected a ratio as a number' }).positive('expected a ratio above 0').max(1, 'expected a ratio of at most 1 (0.8: MM is 80% of IM)'),
    /** Settlement currencies taken as USD for standard (non-inverse) contracts, whose USD P&L is shown in coin at the index price. */
    usdCurrencies: z.array(nonEmptyText('currency code')).min(1, 'expected at least one USD currency code'),
  })
  .superRefine((p, ctx) => {
    const codes = new Set<string>();
    const owner = new Map<string, string>();
    p.currencies.forEach((c, i) => {
      if (codes.has(c.currency)) ctx.addIssue({ code: 'custom', path: ['currencies', i, 'currency'], message: `duplicate currency "${c.currency}"` });
      codes.add(c.currency);
      c.underlyings.forEach((u, j) => {
        const other = owner.get(u);
        if (other !== undefined) ctx.addIssue({ code: 'custom', path: ['currencies', i, 'underlyings', j], message: `underlying "${u}" already belongs to "${other}"` });
        else owner.set(u, c.currency);
      });
    });
  });

/** A `crypto-pm` rule set: the `scanline.rules/1` envelope with the method's parameters. */
export const cryptoPmRulesSchema = ruleSetSchema('crypto-pm', cryptoPmParametersSchema);

export type CryptoPmRules = z.infer<typeof cryptoPmRulesSchema>;
export type CryptoPmParameters = z.infer<typeof cryptoPmParametersSchema>;
export type CryptoPmCurrency = CryptoPmParameters['currencies'][number];
export type CryptoVolShock = CryptoPmCurrency['volShock'];
