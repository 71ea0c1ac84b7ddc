import type { VarParameters } from '../../../shared/rules/varRules.ts';
import type { ResolvedBook } from '../resolvedBook.ts';
import type { ScenarioSet } from '../scenarioSet.ts';
import { addAccountPnl } from './addAccountPnl.ts';
import { covariance } from './covariance.ts';
import { dailyReturns } from './dailyReturns.ts';
import { deltaNormalVar } from './deltaNormalVar.ts';
import { factorExposures } from './factorExposures.ts';
import { factorHistory, historyColumns } from './factorHistory.ts';
import { filteredReturns } from './filteredReturns.ts';
import { horizonMoves } from './horizonMoves.ts';
import { monteCarloScenarios } from './monteCarloScenarios.ts';
import { selectPositions, type PositionSelection } from './positionSelection.ts';
import type { PriceSeries } from './priceSeries.ts';
import { lastRows, type ReturnMatrix } from './returnMatrix.ts';
import { scenariosFromMoves, type FactorColumns } from './scenariosFromMoves.ts';
import { tailRisk } from './tailRisk.ts';
import { VarHistoryError } from './varHistoryError.ts';
import type { VarAccountResult, VarFactor, VarFigures, VarResult, VarWindowFigures } from './varResult.ts';

/** What a VaR run reads: the resolved book, its accounts (report order, currency), the price histories. */
export interface VarInput {
  book: ResolvedBook;
  accounts: readonly { id: string; currency: string }[];
  history: readonly PriceSeries[];
}

/** A VaR computation split into steps, so a caller can report progress and cancel between them. */
export interface VarRun {
  /** Steps in all: chunks of scenarios to revalue (one for delta-normal). */
  steps: number;
  /** Steps done so far. */
  done(): number;
  /** Runs the next step; false when none was left. */
  step(): boolean;
  /** The figures, once every step is done. */
  result(): VarResult;
}

/** Scenarios revalued in full and summed per account. */
interface Sample {
  window?: { id: string; from: string; to: string };
  /** End dates of the first and last daily return read. */
  from: string | null;
  to: string | null;
  count: number;
  /** End date of each scenario's move; null for Monte Carlo paths. */
  dates: readonly string[] | null;
  selection: PositionSelection;
  pnl: Float64Array[];
  /** Scenarios [first, first + count), asked for in order. */
  scenarios(first: number, count: number): ScenarioSet;
}

/**
 * VaR and expected shortfall per account (`../shared/spec/methodologies.md` §5), losses
 * positive, in the account's currency. Every method but delta-normal revalues the whole book in
 * full under each scenario (`addAccountPnl` → `revalueInstruments`: options repriced, never
 * Taylor-expanded) and takes the empirical quantile of `tailRisk`: VaR = the ⌈N(1 − c)⌉-th
 * largest loss of the N scenarios, ES = the mean of the worst N(1 − c).
 *
 * Moves (`dailyReturns`): the price series of the factors the counted positions sit on (and
 * their vol indices) are aligned on their common dates; daily moves are relative, P_t/P_{t−1} − 1,
 * except for factors in `absoluteFactors` and factors with a close ≤ 0 in the history read
 * (WTI across 2020-04-20), which move by P_t − P_{t−1} points. A vol index moves its factor's
 * option vols by its relative change (σ × I_t/I_s); factors without one keep their vols and
 * `notes` says so.
 *
 * Horizon h > 1: historical methods use overlapping h-day moves (`horizonMoves`: compounded
 * relative, summed absolute; no √h), N = window − h + 1; delta-normal scales by √h; Monte Carlo
 * draws h-day moves with covariance h·Σ. Aging: every full-revaluation scenario moves time
 * `daysForward` calendar days (default h), so options lose h days of time value in each.
 *
 * - historical: the last `window` daily returns up to asOf.
 * - filtered-historical: every daily return up to asOf, vol-index moves too, rescaled by
 *   σ_today/σ_t of its own column (EWMA, λ; `filteredReturns`), then the last `window` of them.
 * - stressed: each of `stressWindows` (returns ending from..to) on its own; an account's VaR,
 *   ES and worst loss are the largest over the windows. A factor whose history does not span a
 *   window leaves its positions out of that window.
 * - delta-normal: VaR = z·√(wᵀΣw)·√h (`deltaNormalVar`), w the first-order exposures at asOf
 *   (`factorExposures`), Σ the sample covariance of the window's daily returns.
 * - monte-carlo: `monteCarlo.paths` jointly normal h-day moves with the window's covariance
 *   (`monteCarloScenarios`, seeded), vol indices among them when `monteCarlo.volMoves`.
 *
 * Positions are left out, with the reason, when the book cannot value them, they settle in
 * another currency than their account, or their factor has no history. Too little history for
 * the method (fewer daily returns than h, fewer than 2 for a covariance) throws a
 * `VarHistoryError`; a book with nothing to move gives zeros.
 */
export function startVar(input: VarInput, parameters: VarParameters): VarRun {
  const { book, accounts, history } = input;
  const { method, confidence, horizonDays } = parameters;
  const daysForward = method === 'delta-normal' ? 0 : (parameters.daysForward ?? horizonDays);
  const chunk = parameters.chunkScenarios;
  const base = selectPositions(book, accounts);
  const factors = factorHistory(book, base.account, history, parameters);
  const select = (problem: readonly (string | undefined)[]) => selectPositions(book, accounts, (u) => problem[u]);
  const notes: string[] = [];
  const samples: Sample[] = [];
  const steps: (() => void)[] = [];
  const span: { from: string | null; to: string | null } = { from: null, to: null };
  const returns: (VarFactor['returns'])[] = factors.ids.map(() => null);
  const volUsed: (string | null)[] = factors.ids.map(() => null);
  let parametric: VarFigures[] | undefined;
  let parametricSelection: PositionSelection | undefined;

  /** Records what a matrix tells the report: the dates read, each factor's return type and vol index. */
  const read = (daily: ReturnMatrix, columns: FactorColumns) => {
    const { from, to } = dateSpan(daily);
    if (from !== null && (span.from === null || from < span.from)) span.from = from;
    if (to !== null && (span.to === null || to > span.to)) span.to = to;
    columns.price.forEach((c, u) => {
      if (c >= 0) returns[u] = returns[u] === 'absolute' || daily.absolute[c] === 1 ? 'absolute' : 'relative';
      const v = columns.vol[u]!;
      if (v >= 0) volUsed[u] = daily.ids[v]!;
    });
  };
  const needReturns = (daily: ReturnMatrix, series: readonly PriceSeries[], needed: number, what: string) => {
    if (series.length > 0 && daily.dates.length < needed) {
      throw new VarHistoryError(
        `${method} VaR needs at least ${needed} daily returns (${what}); the history of ${series.map((s) => `"${s.id}"`).join(', ')} has ${daily.dates.length} on common dates up to ${book.asOf}`,
      );
    }
  };
  const addSample = (daily: ReturnMatrix, moves: ReturnMatrix, columns: FactorColumns, problem: readonly (string | undefined)[], window?: Sample['window']) => {
    const count = moves.dates.length;
    samples.push({
      ...(window === undefined ? {} : { window }),
      ...dateSpan(daily),
      count,
      dates: moves.dates,
      selection: select(problem),
      pnl: accounts.map(() => new Float64Array(count)),
      scenarios: (first, n) => scenariosFromMoves(moves, columns, first, n, daysForward),
    });
  };

  if (method === 'historical' || method === 'filtered-historical') {
    const { series, columns, problem } = historyColumns(factors, { vol: true });
    const daily =
      method === 'historical'
        ? dailyReturns(series, { to: book.asOf, last: parameters.window }, factors.absoluteIds)
        : lastRows(filteredReturns(dailyReturns(series, { to: book.asOf }, factors.absoluteIds), parameters.lambda).matrix, parameters.window);
    needReturns(daily, series, horizonDays, `one ${horizonDays}-day move`);
    read(daily, columns);
    notes.push(...factors.volNotes);
    addSample(daily, horizonMoves(daily, horizonDays), columns, problem);
  } else if (method === 'stressed') {
    if (parameters.stressWindows.length === 0) throw new VarHistoryError('stressed VaR needs at least one stress window (parameters.stressWindows)');
    notes.push(...factors.volNotes);
    const movable = factors.price.some((s) => s !== undefined);
    for (const window of parameters.stressWindows) {
      const { series, columns, problem, notes: windowNotes } = historyColumns(factors, { vol: true, covering: window });
      notes.push(...windowNotes);
      const daily = dailyReturns(series, window, factors.absoluteIds);
      if (movable && daily.dates.length < horizonDays) {
        notes.push(`stress window "${window.id}" (${window.from}..${window.to}) holds ${daily.dates.length} daily returns, fewer than one ${horizonDays}-day move: left out`);
        continue;
      }
      read(daily, columns);
      addSample(daily, horizonMoves(daily, horizonDays), columns, problem, window);
    }
    if (samples.length === 0) throw new VarHistoryError('no stress window holds enough history for the book');
  } else {
    const monteCarlo = method === 'monte-carlo';
    const { series, columns, problem } = historyColumns(factors, { vol: monteCarlo && parameters.monteCarlo.volMoves });
    const daily = dailyReturns(series, { to: book.asOf, last: parameters.window }, factors.absoluteIds);
    needReturns(daily, series, 2, 'for a covariance');
    read(daily, columns);
    const all = daily.ids.map((_, c) => c);
    const sigma = covariance(daily, all);
    if (monteCarlo) {
      const optionFactors = factors.volNotes.length > 0 || factors.vol.some((s) => s !== undefined);
      if (parameters.monteCarlo.volMoves) notes.push(...factors.volNotes);
      else if (optionFactors) notes.push('every option keeps its vol: monteCarlo.volMoves is false');
      const draws = monteCarloScenarios(daily, sigma, columns, horizonDays, daysForward, parameters.monteCarlo.seed);
      const count = series.length === 0 ? 0 : parameters.monteCarlo.paths;
      samples.push({ ...dateSpan(daily), count, dates: null, selection: select(problem), pnl: accounts.map(() => new Float64Array(count)), scenarios: (_, n) => draws.next(n) });
    } else {
      notes.push('delta-normal: first order in prices (deltas at asOf); vols and time do not move');
      const selection = select(problem);
      parametricSelection = selection;
      steps.push(() => {
        const absolute = new Uint8Array(factors.ids.length);
        columns.price.forEach((c, u) => (absolute[u] = c >= 0 ? daily.absolute[c]! : 0));
        const exposures = factorExposures(book, selection.account, accounts.length, absolute);
        parametric = accounts.map((_, a) => {
          const w = new Float64Array(all.length);
          columns.price.forEach((c, u) => {
            if (c >= 0) w[c] = w[c]! + exposures[a]![u]!;
          });
          const figures = series.length === 0 ? { var: 0, es: 0 } : deltaNormalVar(w, sigma, confidence, horizonDays);
          return { var: figures.var, es: figures.es, worstDate: null, worstLoss: null, observations: daily.dates.length };
        });
      });
    }
  }

  const rows = book.instruments.id.length;
  let unit: Float64Array | undefined;
  for (const sample of samples) {
    for (let first = 0; first < sample.count; first += chunk) {
      steps.push(() => {
        const n = Math.min(chunk, sample.count - first);
        unit ??= new Float64Array(rows * Math.min(chunk, Math.max(...samples.map((s) => s.count))));
        addAccountPnl(book, sample.selection.account, sample.scenarios(first, n), sample.pnl, first, unit);
      });
    }
  }

  let done = 0;
  return {
    steps: steps.length,
    done: () => done,
    step() {
      const next = steps[done];
      if (next === undefined) return false;
      next();
      done++;
      return true;
    },
    result() {
      if (done < steps.length) throw new Error(`the VaR run has ${steps.length - done} of ${steps.length} steps left`);
      const accountResults = accounts.map((account, a): VarAccountResult => {
        const excluded = base.excluded[a]!;
        if (parametric !== undefined) return { id: account.id, currency: account.currency, ...parametric[a]!, excluded: parametricSelection!.excluded[a]! };
        if (method !== 'stressed') return { id: account.id, currency: account.currency, ...figures(samples[0]!, a), excluded: samples[0]!.selection.excluded[a]! };
        const windows = samples.map((sample): VarWindowFigures => {
          const inWindow = sample.selection.excluded[a]!.filter((e) => !excluded.some((x) => x.position === e.position));
          return { id: sample.window!.id, ...figures(sample, a), excluded: inWindow };
        });
        const worst = windows.reduce((w, x) => ((x.worstLoss ?? -Infinity) > (w.worstLoss ?? -Infinity) ? x : w));
        return {
          id: account.id,
          currency: account.currency,
          var: Math.max(...windows.map((w) => w.var)),
          es: Math.max(...windows.map((w) => w.es)),
          worstDate: worst.worstDate,
          worstLoss: worst.worstLoss,
          observations: windows.reduce((n, w) => n + w.observations, 0),
          excluded,
          windows,
        };
      });
      return {
        method,
        confidence,
        horizonDays,
        daysForward,
        observations: parametric !== undefined ? (parametric[0]?.observations ?? 0) : samples.reduce((n, s) => n + s.count, 0),
        from: span.from,
        to: span.to,
        factors: factors.ids.flatMap((id, u): VarFactor[] => (factors.held[u] === 1 ? [{ id, series: factors.price[u]?.id ?? null, returns: returns[u]!, volIndex: volUsed[u]! }] : [])),
        accounts: accountResults,
        ...(method === 'stressed'
          ? { windows: samples.map((s) => ({ id: s.window!.id, from: s.from, to: s.to, observations: s.count })) }
          : {}),
        notes,
      };
    },
  };

  function figures(sample: Sample, a: number): VarFigures {
    const pnl = sample.pnl[a]!;
    const risk = tailRisk(pnl, confidence);
    return {
      var: risk.var,
      es: risk.es,
      worstDate: risk.worst >= 0 && sample.dates !== null ? sample.dates[risk.worst]! : null,
      worstLoss: risk.worst >= 0 ? -pnl[risk.worst]! + 0 : null,
      observations: sample.count,
    };
  }
}

/** End dates of the first and last daily return of a matrix. */
function dateSpan(daily: ReturnMatrix): { from: string | null; to: string | null } {
  return { from: daily.dates[0] ?? null, to: daily.dates[daily.dates.length - 1] ?? null };
}

/** Runs every step of `startVar` at once. */
export function valueAtRisk(input: VarInput, parameters: VarParameters): VarResult {
  const run = startVar(input, parameters);
  while (run.step());
  return run.result();
}
