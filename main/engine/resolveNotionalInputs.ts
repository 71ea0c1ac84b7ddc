import type { Instrument } from '../../shared/instrument.ts';
import type { GrossNotionalRules } from '../../shared/grossNotionalRules.ts';
import type { NotionalInputs } from './grossNotionalMargin.ts';

export interface HeldPosition {
  id: number;
  account: string;
  instrument: string;
  quantity: number;
}

/** A position left out of the figure, with its reason. */
export interface NotionalExclusion {
  positionId: number;
  instrument: string;
  reason: string;
}

export interface ResolvedNotionalBook {
  inputs: NotionalInputs;
  /** Excluded positions per account index. */
  excluded: NotionalExclusion[][];
}

/**
 * Resolves positions into the gross-notional columns once, before the run (Strata's
 * "resolve, then calculate"): a position whose reference price is missing is excluded with
 * its reason instead of stopping the run.
 */
export function resolveNotionalInputs(
  accounts: readonly { id: string }[],
  instruments: readonly Instrument[],
  positions: readonly HeldPosition[],
  parameters: GrossNotionalRules['parameters'],
): ResolvedNotionalBook {
  const byId = new Map(instruments.map((i) => [i.id, i]));
  const accountIndex = new Map(accounts.map((a, i) => [a.id, i]));
  const excluded: NotionalExclusion[][] = accounts.map(() => []);
  const kept: { account: number; quantity: number; multiplier: number; price: number; rate: number }[] = [];
  for (const p of positions) {
    const a = accountIndex.get(p.account);
    if (a === undefined) continue;
    const reason = (text: string) => excluded[a]!.push({ positionId: p.id, instrument: p.instrument, reason: text });
    const inst = byId.get(p.instrument);
    if (!inst) {
      reason(`unknown instrument "${p.instrument}"`);
      continue;
    }
    const reference = inst.kind === 'option' ? (inst.underlying === undefined ? undefined : byId.get(inst.underlying)) : inst;
    if (!reference) {
      reason(`underlying "${inst.underlying ?? '?'}" is not in the book`);
      continue;
    }
    if (reference.price === undefined) {
      reason(inst.kind === 'option' ? `underlying "${reference.id}" has no price` : 'no price');
      continue;
    }
    kept.push({ account: a, quantity: p.quantity, multiplier: inst.multiplier ?? 1, price: reference.price, rate: parameters.rates[inst.kind] });
  }
  const n = kept.length;
  const inputs: NotionalInputs = {
    quantity: new Float64Array(n),
    multiplier: new Float64Array(n),
    referencePrice: new Float64Array(n),
    rate: new Float64Array(n),
    account: new Int32Array(n),
    accountCount: accounts.length,
  };
  kept.forEach((k, i) => {
    inputs.quantity[i] = k.quantity;
    inputs.multiplier[i] = k.multiplier;
    inputs.referencePrice[i] = k.price;
    inputs.rate[i] = k.rate;
    inputs.account[i] = k.account;
  });
  return { inputs, excluded };
}
