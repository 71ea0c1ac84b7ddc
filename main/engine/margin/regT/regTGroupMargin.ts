import { formatMoney, formatNumber } from '../../../../shared/formatNumber.ts';
import type { GroupMargin } from '../../../../shared/marginResult.ts';
import type { RegTParameters } from '../../../../shared/rules/regTRules.ts';
import { choosePairing, type Pairing } from './choosePairing.ts';
import { describeStrategy } from './describeStrategy.ts';
import type { RegTGroupBook } from './regTGroupBook.ts';
import { strategyCosts, type MarginFigure } from './strategyCosts.ts';
import type { StrategyKind } from './strategyUnit.ts';

/** The Reg T components, in report order: where each strategy's requirement is reported. */
export const regTComponents = ['naked', 'straddles', 'spreads', 'covered', 'longOptions', 'stock'] as const;
export type RegTComponent = (typeof regTComponents)[number];

const componentOf: Record<StrategyKind, RegTComponent> = {
  naked: 'naked',
  straddle: 'straddles',
  vertical: 'spreads',
  combination: 'spreads',
  covered: 'covered',
  longOption: 'longOptions',
};

interface FigureResult {
  total: number;
  components: Record<RegTComponent, number>;
  notes: string[];
}

/**
 * Reg T margin of one group (one account's positions on one underlying): the initial figure
 * with its components and one note per chosen strategy, and the maintenance figure. Each
 * figure is paired on its own (`choosePairing`), so each is the cheapest the pairing finds.
 *
 * Options pair only with options of the same multiplier; each multiplier class is paired in
 * turn, largest multiplier first (standard 100-share contracts before minis), and the stock
 * covers contracts of each class in that order from what earlier classes left (exact within a
 * class, an ordering rule across classes). Components: `covered` holds a covered strategy's
 * option part plus its covering shares' stock requirement, `stock` the shares left over.
 *
 * The two figures price every strategy alike except a covered put (its in-the-money amount at
 * maintenance), so when the group has no short stock or no short put in the money, the
 * maintenance figure reuses the initial figure's pairings (the same cheapest pairing, with
 * the same costs) instead of pairing again; only the stock is charged at its own rates.
 */
export function regTGroupMargin(group: RegTGroupBook, parameters: RegTParameters, currency: string): { margin: GroupMargin; maintenance: number } {
  const pairings = new Map<number, Pairing>();
  const initial = figureMargin(group, parameters, 'initial', currency, pairings, true);
  const shortStock = group.holdable && (group.stock?.shares ?? 0) < 0;
  const samePairing = !parameters.strategies.covered || !shortStock || !group.legs.some((leg) => !leg.isCall && !leg.long && leg.strike > group.price);
  const maintenance = figureMargin(group, parameters, 'maintenance', currency, samePairing ? pairings : new Map(), false);
  return {
    margin: {
      id: group.underlying,
      currency,
      requirement: initial.total,
      worstScenario: null,
      components: initial.components,
      contributions: [],
      notes: [...initial.notes, `maintenance: ${formatMoney(maintenance.total, currency)}`],
    },
    maintenance: maintenance.total,
  };
}

/**
 * One figure of a group. `pairings` holds the pairing of each multiplier class: those found
 * there are used as they are, the others are chosen and added. Notes only when `withNotes`.
 */
function figureMargin(group: RegTGroupBook, parameters: RegTParameters, figure: MarginFigure, currency: string, pairings: Map<number, Pairing>, withNotes: boolean): FigureResult {
  const costs = strategyCosts(group, parameters, figure);
  const components = Object.fromEntries(regTComponents.map((c) => [c, 0])) as Record<RegTComponent, number>;
  const notes: string[] = [];
  const shares = group.holdable ? (group.stock?.shares ?? 0) : 0;
  let longShares = Math.max(shares, 0);
  let shortShares = Math.max(-shares, 0);
  const multipliers = [...new Set(group.legs.map((leg) => leg.multiplier))].sort((a, b) => b - a);
  for (const m of multipliers) {
    const indices = group.legs.flatMap((leg, i) => (leg.multiplier === m ? [i] : []));
    let pairing = pairings.get(m);
    if (!pairing) {
      pairing = choosePairing(group.legs, indices, costs, parameters.strategies, { long: Math.floor(longShares / m + 1e-9), short: Math.floor(shortShares / m + 1e-9) });
      pairings.set(m, pairing);
    }
    for (const unit of pairing.units) {
      let requirement = unit.count * unit.cost;
      if (unit.kind === 'covered') {
        const call = group.legs[unit.legs[0] as number]?.isCall === true;
        const coveredShares = unit.count * m;
        requirement += coveredShares * costs.stockPerShare(call);
        if (call) longShares -= coveredShares;
        else shortShares -= coveredShares;
      }
      components[componentOf[unit.kind]] += requirement;
      if (withNotes) notes.push(describeStrategy(unit, group.legs, group.underlying, requirement, currency));
    }
    if (withNotes && pairing.bounded) {
      const share = pairing.cost > 0 ? ` (${((100 * pairing.gap) / pairing.cost).toPrecision(2)}%)` : '';
      notes.push(`multiplier ${formatNumber(m)}: ${formatNumber(indices.length)} options: spreads and straddles paired by column generation, stopped (close enough, or its work budget spent) before proving the cheapest: at most ${formatMoney(pairing.gap, currency)}${share} above the cheapest two-leg pairing`);
    }
    if (withNotes && !pairing.exact) notes.push(`multiplier ${formatNumber(m)}: too many butterfly/condor choices to try all; the pairing is the best a bounded search found, not proven the cheapest`);
  }
  for (const [held, long] of [[longShares, true], [shortShares, false]] as const) {
    if (held <= 0) continue;
    const requirement = held * costs.stockPerShare(long);
    components.stock += requirement;
    if (withNotes) notes.push(`${long ? 'long' : 'short'} stock: ${formatNumber(held)} ${group.underlying}: ${formatMoney(requirement, currency)}`);
  }
  const total = regTComponents.reduce((sum, c) => sum + components[c], 0);
  return { total, components, notes };
}
