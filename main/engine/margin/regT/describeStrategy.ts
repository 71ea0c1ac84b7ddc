import { formatMoney, formatNumber } from '../../../../shared/formatNumber.ts';
import type { OptionLeg } from './regTGroupBook.ts';
import type { StrategyUnit } from './strategyUnit.ts';

/**
 * One line of a Reg T group's notes: the strategy's name, how many contracts of which legs,
 * and its requirement (for covered strategies, the stock's share included), e.g.
 * "call spread (credit): 1 × long XYZ 125C / short XYZ 120C: 40.00 USD".
 */
export function describeStrategy(unit: StrategyUnit, legs: readonly OptionLeg[], underlying: string, requirement: number, currency: string): string {
  const leg = (k: number): OptionLeg => legs[unit.legs[k] as number] as OptionLeg;
  const right = (l: OptionLeg): string => (l.isCall ? 'call' : 'put');
  const count = `${formatNumber(unit.count)} ×`;
  const amount = formatMoney(requirement, currency);
  switch (unit.kind) {
    case 'longOption':
      return `long ${right(leg(0))}${leg(0).longTerm ? ' (long-term rate)' : ''}: ${count} ${leg(0).instrument}: ${amount}`;
    case 'naked':
      return `naked short ${right(leg(0))}: ${count} ${leg(0).instrument}: ${amount}`;
    case 'covered': {
      const l = leg(0);
      return `covered ${right(l)}: ${count} short ${l.instrument} against ${formatNumber(unit.count * l.multiplier)} ${l.isCall ? 'long' : 'short'} ${underlying}: ${amount}`;
    }
    case 'straddle': {
      const [call, put] = [leg(0), leg(1)];
      const name = call.strike === put.strike && call.expiry === put.expiry ? 'short straddle' : 'short strangle';
      return `${name}: ${count} ${call.instrument} + ${put.instrument}: ${amount}`;
    }
    case 'vertical':
      return `${spreadName(leg(0), leg(1))}: ${count} ${spreadLegs(leg(0), leg(1))}: ${amount}`;
    case 'combination':
      return `${combinationName(leg(0), leg(1), leg(2), leg(3))}: ${count} (${spreadLegs(leg(0), leg(1))}) + (${spreadLegs(leg(2), leg(3))}): ${amount}`;
  }
}

function spreadLegs(long: OptionLeg, short: OptionLeg): string {
  return `long ${long.instrument} / short ${short.instrument}`;
}

function spreadName(long: OptionLeg, short: OptionLeg): string {
  const debit = long.isCall === long.strike <= short.strike;
  return `${long.isCall ? 'call' : 'put'} ${long.expiry === short.expiry ? 'spread' : 'diagonal'} (${debit ? 'debit' : 'credit'})`;
}

function combinationName(long1: OptionLeg, short1: OptionLeg, long2: OptionLeg, short2: OptionLeg): string {
  if (long1.isCall !== long2.isCall) return short1.strike === short2.strike ? 'iron butterfly' : 'iron condor';
  const butterfly = short1.strike === short2.strike || long1.strike === long2.strike;
  return `${long1.isCall ? 'call' : 'put'} ${butterfly ? 'butterfly' : 'condor'}`;
}
