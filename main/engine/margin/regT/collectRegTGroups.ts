import type { Instrument } from '../../../../shared/instrument.ts';
import type { ExcludedMarginPosition } from '../../../../shared/marginResult.ts';
import type { RegTParameters } from '../../../../shared/rules/regTRules.ts';
import { LINEAR } from '../../resolvedBook.ts';
import type { MarginInput } from '../marginMethod.ts';
import { monthsAfter } from './monthsAfter.ts';
import type { RegTGroupBook } from './regTGroupBook.ts';

/**
 * Each account's Reg T groups (one per underlying, in the order of first position) and every
 * position Reg T cannot margin, with the reason (never dropped), in the order of `accounts`:
 * - positions `resolveBook` excluded keep its reason;
 * - futures, options on futures, perpetuals, spot and coin-settled contracts are not
 *   securities under Regulation T (futures margin is the exchange's: use `span` or
 *   `crypto-pm`);
 * - an index is not held (hold an ETF on it, or options on it);
 * - a position settling in another currency than the account's (no FX conversion here).
 * Stock and ETF shares and options on stocks, ETFs and indexes form the groups. An option's
 * premium is its instrument's price (the mark), else its model price (`modelPrice`, per row).
 * One pass over the positions for all accounts (a large book has thousands).
 */
export function collectRegTGroups(
  input: MarginInput,
  accounts: readonly { id: string; currency: string }[],
  parameters: RegTParameters,
  modelPrice: (row: number) => number,
): { groups: RegTGroupBook[]; excluded: ExcludedMarginPosition[] }[] {
  const { book } = input;
  const t = book.instruments;
  const byId = new Map<string, Instrument>();
  for (const inst of input.instruments) byId.set(inst.id, inst);
  const longTermAfter = monthsAfter(input.asOf, parameters.longOption.fullPaymentMonths);
  const results = accounts.map(() => ({ groups: new Map<string, RegTGroupBook>(), excluded: [] as ExcludedMarginPosition[] }));
  const accountAt = new Map<string, number>();
  accounts.forEach((account, a) => {
    if (!accountAt.has(account.id)) accountAt.set(account.id, a);
  });
  for (const p of book.excludedPositions) {
    const a = accountAt.get(p.account);
    if (a !== undefined) (results[a] as (typeof results)[number]).excluded.push({ position: p.position, instrument: p.instrument, reason: p.reason });
  }
  const groupOf = (groups: Map<string, RegTGroupBook>, underlying: Instrument, price: number): RegTGroupBook => {
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
    const a = accountAt.get(p.account[k] as string);
    if (a === undefined) continue;
    const quantity = p.quantity[k] as number;
    if (quantity === 0) continue;
    const account = accounts[a] as { id: string; currency: string };
    const { groups, excluded } = results[a] as (typeof results)[number];
    const row = p.instrument[k] as number;
    const position = p.source[k] as number;
    const id = t.id[row] as string;
    const inst = byId.get(id);
    let reason: string | undefined;
    if (!inst) reason = 'not in the document\'s instruments';
    else if (t.currency[row] !== account.currency) reason = `settles in ${t.currency[row]}, the account in ${account.currency}: reg-t converts no currencies`;
    else if (t.inverse[row] === 1) reason = 'a coin-settled (inverse) contract is not a security under Regulation T: use crypto-pm';
    else if (t.model[row] === LINEAR) {
      if (inst.kind === 'equity' || inst.kind === 'etf') {
        const group = groupOf(groups, inst, t.level[row] as number);
        group.stock = { position, instrument: id, shares: quantity };
      } else if (inst.kind === 'index') reason = 'an index cannot be held: hold an ETF on it, or options on it';
      else reason = `a ${inst.kind} is not a security under Regulation T (futures margin is set by the exchange): use span or crypto-pm`;
    } else {
      const underlying = inst.underlying === undefined ? undefined : byId.get(inst.underlying);
      if (t.onFuture[row] === 1) reason = 'an option on a future is a commodity option, not a security under Regulation T: use span';
      else if (!underlying || !(underlying.kind === 'equity' || underlying.kind === 'etf' || underlying.kind === 'index')) {
        reason = `reg-t margins options on stocks, ETFs and indexes; "${inst.underlying ?? ''}" is ${underlying ? `a ${underlying.kind}` : 'unknown'}`;
      } else {
        const expiry = inst.expiry as string;
        groupOf(groups, underlying, t.level[row] as number).legs.push({
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
    if (reason !== undefined) excluded.push({ position, instrument: id, reason });
  }
  return results.map((r) => ({ groups: [...r.groups.values()], excluded: r.excluded }));
}
