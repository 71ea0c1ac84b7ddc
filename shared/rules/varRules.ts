import { z } from 'zod';
import { nonEmptyText } from './ruleFields.ts';
import { ruleSetSchema } from './ruleSetSchema.ts';

/** The variants of the `var` method (`../shared/spec/methodologies.md` §5). */
export const varMethods = ['historical', 'filtered-historical', 'stressed', 'delta-normal', 'monte-carlo'] as const;
export type VarMethod = (typeof varMethods)[number];

const isoDate = z.iso.date({ error: 'expected a date as YYYY-MM-DD' });
const wholeNumber = (what: string, min: number, max: number) =>
  z
    .int({ error: `expected ${what} as a whole number` })
    .min(min, `expected ${what} of at least ${min}`)
    .max(max, `expected ${what} of at most ${max}`);
/** Risk factor (a root underlying id of the book: SPX, BTC, WTI …) → history series id. */
const factorMap = (what: string) => z.record(nonEmptyText('risk factor id'), nonEmptyText(what), { error: `expected an object mapping risk factor ids to ${what}s` });

/** A fixed window of history for stressed VaR: daily returns ending from `from` to `to`, both included. */
const stressWindowSchema = z
  .strictObject({ id: nonEmptyText('window id'), from: isoDate, to: isoDate })
  .refine((w) => w.from <= w.to, { message: 'expected from on or before to', path: ['to'] });

/**
 * The parameters of the `var` method. Definitions (quantile, aging, scaling, returns) are stated
 * where they are computed: `main/engine/risk/startVar.ts`.
 */
export const varParametersSchema = z.strictObject({
  method: z.enum(varMethods, { error: `expected one of ${varMethods.join(', ')}` }),
  /** Confidence level: 0.99 (EMIR listed, SIMM), 0.975 (FRTB ES). */
  confidence: z
    .number({ error: 'expected a confidence level as a decimal (0.99)' })
    .gt(0.5, 'expected a confidence level above 0.5')
    .lt(1, 'expected a confidence level below 1'),
  /** Holding period in days: historical methods use overlapping h-day moves, delta-normal scales by √h, Monte Carlo draws h-day moves. */
  horizonDays: wholeNumber('a horizon in days', 1, 250),
  /** How many daily returns up to asOf the method reads (historical, filtered, delta-normal and Monte Carlo covariance). */
  window: wholeNumber('a window of daily returns', 2, 100_000),
  /** Calendar days options age in every scenario; absent: the horizon (h days forward). */
  daysForward: z.number({ error: 'expected a number of days' }).min(0, 'expected 0 days or more').max(3660, 'expected at most 3660 days').optional(),
  /** EWMA decay of filtered historical simulation (RiskMetrics: 0.94). */
  lambda: z.number({ error: 'expected a decay factor such as 0.94' }).gt(0, 'expected a decay factor above 0').lt(1, 'expected a decay factor below 1'),
  /** History series of a risk factor when it is not named like the factor ({"SPX": "^GSPC"}). */
  series: factorMap('series id'),
  /** Vol index of a risk factor: its options' vols move by the index's relative change (SPX→VIX, BTC→DVOL-BTC). */
  volIndex: factorMap('vol index series id'),
  /** Risk factors moved by absolute price changes instead of relative ones (any factor whose history has a close ≤ 0 is, too). */
  absoluteFactors: z.array(nonEmptyText('risk factor id'), { error: 'expected a list of risk factor ids' }),
  /** The fixed windows of stressed VaR; the account's stressed VaR is the largest over them. */
  stressWindows: z.array(stressWindowSchema, { error: 'expected a list of stress windows' }),
  /** Scenarios revalued per step: progress and cancellation happen between steps; memory is instruments × this × 8 bytes. */
  chunkScenarios: wholeNumber('a number of scenarios per step', 1, 1_000_000),
  monteCarlo: z.strictObject({
    paths: wholeNumber('a number of paths', 1, 10_000_000),
    /** Seed of the pseudo-random numbers: the same seed gives the same result. */
    seed: wholeNumber('a seed', 0, 4_294_967_295),
    /** Draw vol-index moves with the prices (jointly normal, from the window's covariance); false: vols unchanged. */
    volMoves: z.boolean({ error: 'expected true or false' }),
  }),
});

export const varRulesSchema = ruleSetSchema('var', varParametersSchema);

export type VarRules = z.infer<typeof varRulesSchema>;
export type VarParameters = z.infer<typeof varParametersSchema>;
