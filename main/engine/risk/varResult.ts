import type { VarMethod } from '../../../shared/rules/varRules.ts';
import type { RiskExclusion } from './positionSelection.ts';

/** How one risk factor of the book was moved. */
export interface VarFactor {
  id: string;
  /** The price series its moves came from; null when it had none (its positions are excluded). */
  series: string | null;
  /** Relative (P_t / P_s − 1) or absolute (P_t − P_s) moves; null without a series. */
  returns: 'relative' | 'absolute' | null;
  /** The vol index its options' vols moved with; null when vols stayed unchanged (see `notes`). */
  volIndex: string | null;
}

/** VaR and ES of one account over one sample, losses positive, in the account's currency. */
export interface VarFigures {
  var: number;
  es: number;
  /** End date of the historical move with the largest loss; null for delta-normal and Monte Carlo. */
  worstDate: string | null;
  /** The largest loss of the sample; null for delta-normal (no sample). */
  worstLoss: number | null;
  observations: number;
}

/** Stressed VaR: one fixed window's figures for an account. */
export interface VarWindowFigures extends VarFigures {
  id: string;
  /** Positions left out in this window only (no history over it). */
  excluded: RiskExclusion[];
}

export interface VarAccountResult extends VarFigures {
  id: string;
  currency: string;
  /** Positions left out of every figure, with the reason. */
  excluded: RiskExclusion[];
  /** Stressed VaR only: every window; the account's var, es and worst loss are the largest over them. */
  windows?: VarWindowFigures[];
}

/** The result of the `var` method (`../shared/spec/portfolio-document.md`, `var` command). */
export interface VarResult {
  method: VarMethod;
  confidence: number;
  horizonDays: number;
  /** Calendar days options aged in every scenario (0 for delta-normal, which has no time). */
  daysForward: number;
  /** Scenarios behind each account's figures: h-day moves, paths, or the daily returns of the covariance; stressed: all windows'. */
  observations: number;
  /** End dates of the first and last daily return read; null when none was. */
  from: string | null;
  to: string | null;
  factors: VarFactor[];
  accounts: VarAccountResult[];
  /** Stressed VaR only: the windows with the daily returns each held. */
  windows?: { id: string; from: string | null; to: string | null; observations: number }[];
  /** What a reader must know: vols left unchanged and why, windows without data … */
  notes: string[];
}
