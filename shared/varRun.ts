import { z } from 'zod';
import { varMethods, type VarMethod } from './rules/varRules.ts';

/**
 * A VaR run started from the app (`runVar`): the newest `var` rule set's parameters, with these
 * overrides, over the stored book (one account, or all) and the stored price history. The run
 * is a job (`shared/job.ts`): `runVar` answers its id at once, `jobProgress` events report its
 * steps, `awaitVarRun` answers how it ended, `cancelJob` stops it between two steps.
 */
export const varRunRequestSchema = z
  .object({
    account: z.string().min(1).optional(),
    method: z.enum(varMethods, { error: `expected one of ${varMethods.join(', ')}` }).optional(),
    confidence: z.number().gt(0.5, 'expected a confidence level above 0.5').lt(1, 'expected a confidence level below 1').optional(),
    horizonDays: z.int().min(1, 'expected a horizon of at least 1 day').max(250, 'expected a horizon of at most 250 days').optional(),
    window: z.int().min(2, 'expected a window of at least 2 daily returns').max(100_000).optional(),
    /** Monte Carlo paths. */
    paths: z.int().min(1).max(10_000_000).optional(),
  })
  .strict();
export type VarRunRequest = z.output<typeof varRunRequestSchema>;

/** One account's VaR and ES, losses positive, in its currency. */
export interface VarAccountView {
  id: string;
  currency: string;
  var: number;
  es: number;
  /** End date of the historical move with the largest loss; null for delta-normal and Monte Carlo. */
  worstDate: string | null;
  worstLoss: number | null;
  observations: number;
  /** End dates of the first and last daily return this account's figures read; null when none was. */
  from: string | null;
  to: string | null;
  /** Positions left out (by position id), with the reason. */
  excluded: { position: number; instrument: string; reason: string }[];
}

/** What a finished VaR run reports: the engine's `VarResult` of each account (run on its own), positions by id. */
export interface VarRunResult {
  bookVersion: number;
  ruleSet: { id: string; version: number };
  elapsedMs: number;
  method: VarMethod;
  confidence: number;
  horizonDays: number;
  /** The earliest and latest end date of a daily return any account read. */
  from: string | null;
  to: string | null;
  accounts: VarAccountView[];
  notes: string[];
}
