import type { Instrument } from '../../../../shared/instrument.ts';
import type { ExcludedMarginPosition } from '../../../../shared/marginResult.ts';
import type { RegTParameters } from '../../../../shared/rules/regTRules.ts';
import { LINEAR } from '../../resolvedBook.ts';
import type { MarginInput } from '../marginMethod.ts';
import { monthsAfter } from './monthsAfter.ts';
import type { RegTGroupBook } from './regTGroupBook.ts';

/**
 * One account's Reg T groups (one per underlying, in the order of first position) and every
 * position Reg T cannot margin, with the reason (never dropped):
 * - positions `resolveBook` excluded keep its reason;
 * - futures, options on futures, perpetuals, spot and coin-settled contracts are not
 *   securities under Regulation T (futures margin is the exchange's: use `span` or
 *   `crypto-pm`);
 * - an index is not held (hold an ETF on it, or options on it);
 * - a position settling in another currency than the account's (no FX conversion here).
 * Stock and ETF shares and options on stocks, ETFs and indexes form the groups. An option's
 * premium is its instrument's price (the mark), else its model price (`modelPrice`, per row).
 */
export function collectRegTGroups(
  input: MarginInput,
  account: { id: string; currency: string },
  parameters: RegTParameters,
  modelPrice: (row: number) => number,
): { groups: RegTGroupBook[]; excluded: ExcludedMarginPosition[] } {
  const { book } = input;
  const t = book.instruments;
  const byId = new Map<string, Instrument>(input.instruments.map((inst) => [inst.id, inst]));
  const longTermAfter = monthsAfter(input.asOf, parameters.longOption.fullPaymentMonths);
  const excluded: ExcludedMarginPosition[] = book.excludedPositions
    .filter((p) => p.account === account.id)
    .map((p) => ({ position: p.position, instrument: p.instrument, reason: p.reason }));
  const groups = new Map<string, RegTGroupBook>();
  const groupOf = (underlying: Instrument, price: number): RegTGroupBook => {
    let group = groups.get(underlying.id);
    if (!group) {
      group = {
        underlying: underlying.id,
        price,
        broadIndex: parameters.broadIndexClasses.includes(underlying.class ?? 'equity'),
        leverage: underlying.leverage ?? 1,
        holdable: underlying.kind === 'equity' || underlying.kind === 'etf',
        stock: null,
        legs: [],
      };
      groups.set(underlying.id, group);
    }
    return group;
  };

  const p = book.positions;
  for (let k = 0; k < p.quantity.length; k++) {
    if (p.account[k] !== account.id) continue;
    const quantity = p.quantity[k] as number;
    const row = p.instrument[k] as number;
    const position = p.source[k] as number;
    const id = t.id[row] as string;
    const inst = byId.get(id);
    const exclude = (reason: string): void => {
      excluded.push({ position, instrument: id, reason });
    };
    if (quantity === 0) continue;
    if (!inst) exclude('not in the document\'s instruments');
    else if (t.currency[row] !== account.currency) exclude(`settles in ${t.currency[row]}, the account in ${account.currency}: reg-t converts no currencies`);
    else if (t.inverse[row] === 1) exclude('a coin-settled (inverse) contract is not a security under Regulation T: use crypto-pm');
    else if (t.model[row] === LINEAR) {
      if (inst.kind === 'equity' || inst.kind === 'etf') {
        const group = groupOf(inst, t.level[row] as number);
        group.stock = { position, instrument: id, shares: quantity };
      } else if (inst.kind === 'index') exclude('an index cannot be held: hold an ETF on it, or options on it');
      else exclude(`a ${inst.kind} is not a security under Regulation T (futures margin is set by the exchange): use span or crypto-pm`);
    } else {
      const underlying = inst.underlying === undefined ? undefined : byId.get(inst.underlying);
      if (t.onFuture[row] === 1) exclude('an option on a future is a commodity option, not a security under Regulation T: use span');
      else if (!underlying || !(underlying.kind === 'equity' || underlying.kind === 'etf' || underlying.kind === 'index')) {
        exclude(`reg-t margins options on stocks, ETFs and indexes; "${inst.underlying ?? ''}" is ${underlying ? `a ${underlying.kind}` : 'unknown'}`);
      } else {
        const expiry = inst.expiry as string;
        groupOf(underlying, t.level[row] as number).legs.push({
          position,
          instrument: id,
          isCall: t.isCall[row] === 1,
          long: quantity > 0,
          contracts: Math.abs(quantity),
          strike: t.strike[row] as number,
          expiry,
          multiplier: t.multiplier[row] as number,
          price: inst.price ?? modelPrice(row),
          longTerm: expiry > longTermAfter,
        });
      }
    }
  }
  return { groups: [...groups.values()], excluded };
}
