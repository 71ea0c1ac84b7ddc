import type { Instrument } from '../../../../shared/instrument.ts';
import type { ExcludedMarginPosition } from '../../../../shared/marginResult.ts';
import { LINEAR } from '../../resolvedBook.ts';
import type { MarginInput } from '../marginMethod.ts';

/** All of one account's positions on one underlying: the unit FINRA portfolio margin revalues. */
export interface ClassGroup {
  /** The underlying's instrument id (the risk factor the book moves; the group id). */
  underlying: string;
  /** Indices into `book.positions` of the group's positions. */
  entries: number[];
  /** Σ |option contracts|. */
  optionContracts: number;
  /** Σ |option contracts| × multiplier: × the rule set's contract minimum gives the group's minimum. */
  optionUnits: number;
}

/**
 * One account's class groups (`../shared/spec/methodologies.md` §2: options, the stock or ETF
 * and security futures on one underlying), in the order of first position, and every
 * position FINRA portfolio margin cannot take, with the reason (never dropped):
 * - positions `resolveBook` excluded keep its reason;
 * - the underlying must be a stock, ETF or index instrument (FINRA Rule 4210(g) covers
 *   securities and their derivatives): coins, perpetuals and futures on commodities are out;
 * - a future is eligible only as a security future (on a stock, an ETF or a narrow-based
 *   index); a broad-based index future is a commodity future, and options on futures are
 *   commodity options (cross-margining them is not modelled);
 * - an index is not held (hold an ETF on it, or options on it);
 * - coin-settled (inverse) contracts, and positions settling in another currency than the
 *   account's (no FX conversion here).
 */
export function collectClassGroups(input: MarginInput, account: { id: string; currency: string }): { groups: ClassGroup[]; excluded: ExcludedMarginPosition[] } {
  const { book } = input;
  const t = book.instruments;
  const byId = new Map<string, Instrument>(input.instruments.map((inst) => [inst.id, inst]));
  const excluded: ExcludedMarginPosition[] = book.excludedPositions
    .filter((p) => p.account === account.id)
    .map((p) => ({ position: p.position, instrument: p.instrument, reason: p.reason }));
  const groups = new Map<string, ClassGroup>();
  const p = book.positions;
  for (let k = 0; k < p.quantity.length; k++) {
    if (p.account[k] !== account.id) continue;
    const row = p.instrument[k] as number;
    const id = t.id[row] as string;
    const inst = byId.get(id);
    const rootId = book.underlyingIds[t.underlying[row] as number] as string;
    const root = byId.get(rootId);
    const reason = !inst
      ? 'not in the document\'s instruments'
      : ineligible(inst, root, t.model[row] === LINEAR, t.onFuture[row] === 1, t.inverse[row] === 1, t.currency[row] as string, account.currency);
    if (reason !== null) {
      excluded.push({ position: p.source[k] as number, instrument: id, reason });
      continue;
    }
    let group = groups.get(rootId);
    if (!group) groups.set(rootId, (group = { underlying: rootId, entries: [], optionContracts: 0, optionUnits: 0 }));
    group.entries.push(k);
    if (t.model[row] !== LINEAR) {
      group.optionContracts += Math.abs(p.quantity[k] as number);
      group.optionUnits += Math.abs(p.quantity[k] as number) * (t.multiplier[row] as number);
    }
  }
  return { groups: [...groups.values()], excluded };
}

function ineligible(inst: Instrument, root: Instrument | undefined, linear: boolean, onFuture: boolean, inverse: boolean, currency: string, accountCurrency: string): string | null {
  if (currency !== accountCurrency) return `settles in ${currency}, the account in ${accountCurrency}: finra-pm converts no currencies`;
  if (inverse) return 'a coin-settled (inverse) contract is not eligible for FINRA portfolio margin: use crypto-pm';
  if (!root || !(root.kind === 'equity' || root.kind === 'etf' || root.kind === 'index')) {
    return `FINRA portfolio margin takes stocks, ETFs, indexes and their derivatives; the underlying "${root?.id ?? inst.underlying ?? inst.id}" is ${root ? `a ${root.kind}` : 'not an instrument'}`;
  }
  if (onFuture) return 'an option on a future is a commodity option, not eligible for FINRA portfolio margin: use span';
  if (!linear || inst.kind === 'equity' || inst.kind === 'etf') return null;
  if (inst.kind === 'index') return 'an index cannot be held: hold an ETF on it, or options on it';
  if (inst.kind === 'future' && (root.class === 'broadIndex' || root.class === 'broadIndexOther')) {
    return 'a broad-based index future is a commodity future, not a security future: not eligible for FINRA portfolio margin (use span)';
  }
  return inst.kind === 'future' ? null : `a ${inst.kind} is not eligible for FINRA portfolio margin`;
}
