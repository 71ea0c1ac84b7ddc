import type { RegTParameters } from '../../../../shared/rules/regTRules.ts';
import type { OptionLeg, RegTGroupBook } from './regTGroupBook.ts';

/** Which Reg T figure a cost is for: they differ for stock and for a covered put's in-the-money amount. */
export type MarginFigure = 'initial' | 'maintenance';

/** A long and a short option of one right: a vertical (same expiry) or diagonal (long expires later) spread. */
export interface SpreadLegs {
  long: OptionLeg;
  short: OptionLeg;
}

/** Requirements per contract (per share × multiplier), in the account's currency. */
export interface StrategyCosts {
  /** A long option paid for, or a short option uncovered (naked). */
  single(leg: OptionLeg): number;
  /** A spread, or null when the legs cannot be one (other right, other multiplier, long expires first). */
  vertical(spread: SpreadLegs): number | null;
  /** `vertical` of long/short (no spread object: it runs for every admissible pair). */
  verticalOf(long: OptionLeg, short: OptionLeg): number | null;
  /** A short call with a short put of the same multiplier (straddle or strangle). */
  straddle(call: OptionLeg, put: OptionLeg): number;
  /** The option of a covered call (long stock) or covered put (short stock); the stock is charged by `stockPerShare`. */
  covered(short: OptionLeg): number;
  /** Two spreads of one expiry and multiplier margined together, or null when they cannot be. */
  combination(first: SpreadLegs, second: SpreadLegs): number | null;
  /** `combination` of the spreads long1/short1 and long2/short2 (no spread objects: it runs for every candidate pair). */
  combinationOf(long1: OptionLeg, short1: OptionLeg, long2: OptionLeg, short2: OptionLeg): number | null;
  /**
   * A same-expiry spread's requirement before the floor at 0 (`vertical` = max(this, 0)), the
   * base of a lower bound on any combination with it: combination(s1, s2) ≥ spreadLoss(s1) +
   * spreadLoss(s2) − multiplier × min(strike width of s1, of s2) (see `combinationPricing`).
   */
  spreadLoss(spread: SpreadLegs): number;
  /** Requirement per share of the underlying held long or short. */
  stockPerShare(long: boolean): number;
  /** The rule set's `spreads.premiumOffset`: whether a spread's net premium stands against its width (how `vertical` reads). */
  readonly premiumOffset: boolean;
}

/**
 * The Cboe Margin Manual's strategy requirements for one group (one account, one underlying),
 * per share × multiplier (`../shared/spec/methodologies.md` §3; Cboe Margin Manual, April
 * 2000; the tastyware margin-estimator reproduces its worked cases). S is the underlying
 * price, P an option's premium (its mark), K its strike:
 * - long option: P, or `longTermRate` × P with more than `fullPaymentMonths` to expiry;
 * - naked call: P + max(rate × S − (K − S)⁺, callMinimumRate × S); naked put:
 *   P + max(rate × S − (S − K)⁺, putMinimumRate × K); rate = `broadIndexRate` for broad-based
 *   index classes; rate and minimum × |leverage| for leveraged ETFs;
 * - short straddle / strangle: the greater naked requirement plus the other leg's premium;
 * - spread (the long leg expires with or after the short, same multiplier): its maximum loss
 *   at the short's expiry = width⁺ + net debit, floored at 0, where width⁺ is how far the long
 *   strike lies beyond the short one (calls: K_long − K_short; puts: K_short − K_long; 0 when
 *   the long is the better strike). With `premiumOffset` the net premium (long minus short,
 *   at the marks: the book has no trade prices) stands against the width, so a credit spread
 *   needs width − credit and a debit spread its net debit; without it, width + net debit⁺;
 * - two spreads of one expiry (butterfly, condor, iron condor, iron butterfly, box): the
 *   maximum loss of the four legs at expiry, from their payoff at every strike (the payoff is
 *   flat beyond them: each right nets to zero), plus the net premium as for one spread;
 * - covered call (long stock): nothing on the call; covered put (short stock): nothing at
 *   initial, the put's in-the-money amount (K − S)⁺ at maintenance (Cboe: short put and short
 *   underlying);
 * - stock: Reg T §220.12 initial (long 50%; short 50% beyond the sale proceeds, i.e. the 150%
 *   of market value of §220.12(c)(1) less the proceeds held), FINRA Rule 4210(c) maintenance
 *   (long 25%; short max(30%, $5/share), below $5 max(100%, $2.50/share)), × |leverage| for
 *   leveraged ETFs capped at 100% (FINRA 4210(f)(8)(B)).
 */
export function strategyCosts(group: RegTGroupBook, parameters: RegTParameters, figure: MarginFigure): StrategyCosts {
  const S = group.price;
  const naked = parameters.naked;
  const scale = naked.scaleByLeverage ? Math.abs(group.leverage) : 1;
  const rate = (group.broadIndex ? naked.broadIndexRate : naked.rate) * scale;
  const offset = parameters.spreads.premiumOffset;

  const nakedPerShare = (leg: OptionLeg): number =>
    leg.isCall
      ? leg.price + Math.max(rate * S - Math.max(leg.strike - S, 0), naked.callMinimumRate * scale * S)
      : leg.price + Math.max(rate * S - Math.max(S - leg.strike, 0), naked.putMinimumRate * scale * leg.strike);
  const single = (leg: OptionLeg): number =>
    leg.long ? leg.price * (leg.longTerm ? parameters.longOption.longTermRate : 1) * leg.multiplier : nakedPerShare(leg) * leg.multiplier;
  /** A spread's or combination's requirement per share from its maximum loss at expiry and its legs' net debits. */
  const withPremium = (risk: number, debit1: number, debit2 = 0): number => (offset ? Math.max(risk + (debit1 + debit2), 0) : risk + (Math.max(debit1, 0) + Math.max(debit2, 0)));
  const netDebit = (spread: SpreadLegs): number => spread.long.price - spread.short.price;
  const verticalOf = (long: OptionLeg, short: OptionLeg): number | null => {
    if (long.isCall !== short.isCall || long.multiplier !== short.multiplier || long.expiry < short.expiry) return null;
    const width = Math.max(long.isCall ? long.strike - short.strike : short.strike - long.strike, 0);
    return withPremium(width, long.price - short.price) * long.multiplier;
  };
  const combinationOf = (a: OptionLeg, b: OptionLeg, c: OptionLeg, d: OptionLeg): number | null => {
    const m = a.multiplier;
    const expiry = a.expiry;
    if (b.expiry !== expiry || c.expiry !== expiry || d.expiry !== expiry || b.multiplier !== m || c.multiplier !== m || d.multiplier !== m) return null;
    // The payoff is piecewise linear with kinks at the strikes and flat beyond them (each
    // right nets to zero), so its minimum is at one of the four strikes. Legs read once: this
    // runs for every candidate pair.
    const ka = a.strike;
    const kb = b.strike;
    const kc = c.strike;
    const kd = d.strike;
    const ca = a.isCall;
    const cb = b.isCall;
    const cc = c.isCall;
    const cd = d.isCall;
    const la = a.long;
    const lb = b.long;
    const lc = c.long;
    const ld = d.long;
    const atA = legPayoff(ka, ka, ca, la) + legPayoff(ka, kb, cb, lb) + legPayoff(ka, kc, cc, lc) + legPayoff(ka, kd, cd, ld);
    const atB = legPayoff(kb, ka, ca, la) + legPayoff(kb, kb, cb, lb) + legPayoff(kb, kc, cc, lc) + legPayoff(kb, kd, cd, ld);
    const atC = legPayoff(kc, ka, ca, la) + legPayoff(kc, kb, cb, lb) + legPayoff(kc, kc, cc, lc) + legPayoff(kc, kd, cd, ld);
    const atD = legPayoff(kd, ka, ca, la) + legPayoff(kd, kb, cb, lb) + legPayoff(kd, kc, cc, lc) + legPayoff(kd, kd, cd, ld);
    const worst = Math.max(0, -atA, -atB, -atC, -atD);
    return withPremium(worst, a.price - b.price, c.price - d.price) * m;
  };
  return {
    premiumOffset: offset,
    single,
    vertical(spread) {
      return verticalOf(spread.long, spread.short);
    },
    verticalOf,
    spreadLoss(spread) {
      const { long, short } = spread;
      const width = Math.max(long.isCall ? long.strike - short.strike : short.strike - long.strike, 0);
      const debit = netDebit(spread);
      return (offset ? width + debit : width + Math.max(debit, 0)) * long.multiplier;
    },
    straddle(call, put) {
      const callRequirement = nakedPerShare(call);
      const putRequirement = nakedPerShare(put);
      return (callRequirement >= putRequirement ? callRequirement + put.price : putRequirement + call.price) * call.multiplier;
    },
    covered(short) {
      return figure === 'maintenance' && !short.isCall ? Math.max(short.strike - S, 0) * short.multiplier : 0;
    },
    combination(first, second) {
      return combinationOf(first.long, first.short, second.long, second.short);
    },
    combinationOf,
    stockPerShare(long) {
      const stock = parameters.stock;
      const lever = (r: number): number => (stock.scaleMaintenanceByLeverage ? Math.min(r * Math.abs(group.leverage), 1) : r);
      if (figure === 'initial') return (long ? stock.longInitial : stock.shortInitial) * S;
      if (long) return lever(stock.longMaintenance) * S;
      return S >= stock.lowPrice
        ? Math.max(lever(stock.shortMaintenance) * S, stock.shortMaintenancePerShare)
        : Math.max(lever(stock.lowPriceShortMaintenance) * S, stock.lowPriceShortMaintenancePerShare);
    },
  };
}

/** Payoff per share at expiry, at underlying price `at`, of one option (strike, right, long +, short −). */
function legPayoff(at: number, strike: number, isCall: boolean, long: boolean): number {
  const moneyness = isCall ? at - strike : strike - at;
  const intrinsic = moneyness > 0 ? moneyness : 0;
  return long ? intrinsic : -intrinsic;
}
