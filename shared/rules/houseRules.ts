import { z } from 'zod';
import { nonEmptyText } from './ruleFields.ts';
import { ruleSetSchema } from './ruleSetSchema.ts';
import { varParametersSchema } from './varRules.ts';

const share = (what: string) => z.number({ error: `expected ${what} as a decimal (0.25)` }).min(0, `expected ${what} of 0 or more`).max(1, `expected ${what} of at most 1`);

/** Where a risk factor's daily volume is: a series of `price_history`, in units of the factor (shares, coins) or in currency. */
const volumeSourceSchema = z.strictObject({
  series: nonEmptyText('volume series id'),
  unit: z.enum(['units', 'currency'], { error: 'expected "units" (shares, coins…) or "currency"' }),
});

/**
 * The parameters of the `house` method (`../shared/spec/methodologies.md` §7): requirement =
 * max(stress-library worst loss, VaR, ES) + liquidity add-on + concentration add-on. The
 * definitions are stated where they are computed: `main/engine/margin/houseMethod.ts`.
 */
export const houseParametersSchema = z.strictObject({
  /** Scenario sets of the stress library whose worst loss is a floor (ids; the newest version of each). */
  scenarioSets: z.array(nonEmptyText('scenario set id'), { error: 'expected a list of scenario set ids' }),
  /** The VaR model behind the VaR and ES terms (same parameters as a `var` rule set). */
  var: varParametersSchema,
  liquidity: z.strictObject({
    /** Trading days of volume averaged into the average daily volume (ADV), up to asOf. */
    advDays: z.int({ error: 'expected a number of days' }).min(1, 'expected at least 1 day').max(2000, 'expected at most 2000 days'),
    /** Share of ADV that can be sold in a day at the quoted spread; a bigger position takes size / (share × ADV) days. */
    advShare: share('a share of ADV').refine((v) => v > 0, 'expected a share of ADV above 0'),
    /** Half the bid/ask spread as a share of the price, per risk factor … */
    halfSpread: z.record(nonEmptyText('risk factor id'), share('a half spread'), { error: 'expected an object mapping risk factor ids to half spreads' }),
    /** … and for every factor not listed. */
    defaultHalfSpread: share('a half spread'),
    /** The daily volume of each risk factor; a factor without one gets no liquidity add-on (reported as not computed). */
    volume: z.record(nonEmptyText('risk factor id'), volumeSourceSchema, { error: 'expected an object mapping risk factor ids to volume series' }),
  }),
  concentration: z.strictObject({
    /** Share of the account's equity one risk factor's delta-equivalent exposure may reach without an add-on. */
    threshold: share('a threshold share of equity'),
    /** Add-on per unit of exposure above the threshold. */
    rate: share('an add-on rate'),
  }),
});

export const houseRulesSchema = ruleSetSchema('house', houseParametersSchema);

export type HouseRules = z.infer<typeof houseRulesSchema>;
export type HouseParameters = z.infer<typeof houseParametersSchema>;
