import type { Instrument } from '../../../../shared/instrument.ts';
import type { SpanParameters } from '../../../../shared/rules/spanRules.ts';
import { priceInstruments } from '../../priceInstruments.ts';
import { DELTA, PRICE, valuationFieldCount } from '../../valuationFields.ts';
import { yearFraction } from '../../yearFraction.ts';
import type { MarginInput } from '../marginMethod.ts';
import { monthsAhead } from './monthsAhead.ts';
import { spanRiskArrays } from './spanRiskArrays.ts';
import { spanScenarioCount } from './spanScenarioMoves.ts';

/** A position `span` cannot margin, with the reason and its account. */
export interface SpanExclusion {
  position: number;
  account: string;
  instrument: string;
  reason: string;
}

/**
 * The positions `span` margins, as columns (one entry per position), with their risk arrays
 * (loss per ONE long contract, 16 per position) and the positions it cannot margin.
 */
export interface SpanPositions {
  count: number;
  /** Index of the position in the document's `positions`. */
  source: Int32Array;
  account: string[];
  instrument: string[];
  quantity: Float64Array;
  /** Combined commodity: index into the rule set's `combinedCommodities`. */
  cc: Int32Array;
  /** Expiry tier: index into the CC's `tiers`. */
  tier: Int32Array;
  /** 1 when the (underlying future's) expiry is in a delivery (spot) month. */
  spotMonth: Uint8Array;
  isOption: Uint8Array;
  /** 1 when the risk array came with the instrument (`riskArray`), 0 when computed. */
  supplied: Uint8Array;
  /** Composite delta of one contract, in reference contracts of the CC's `contractSize`. */
  delta: Float64Array;
  /** Value of one option contract (price × multiplier); 0 for futures. */
  optionValue: Float64Array;
  /** [position × 16 + j]: loss (positive) of one long contract in scenario j + 1. */
  riskArray: Float64Array;
  excluded: SpanExclusion[];
  /** Caveats a risk manager should read, per position (e.g. a missing composite delta). */
  caveats: { position: number; text: string }[];
}

type Classified = { ok: true; future: Instrument } | { ok: false; reason: string };

/**
 * Sorts the document's positions into what `span` can margin and what it cannot, and fills
 * the columns `spanAccountMargin` combines. Rules:
 * - Only futures and options on futures with standard settlement; everything else (equities,
 *   indices, spot, perpetuals, options on spot, coin-settled contracts) is excluded with the
 *   reason. The CC is the one whose `underlyings` holds the instrument's risk factor (the root
 *   of its `underlying` chain); none → excluded.
 * - Risk array: the instrument's `riskArray` as given when present (then the instrument need
 *   not be valued by the engine), else computed by `spanRiskArrays` (the position is excluded
 *   with the engine's reason when its instrument cannot be valued).
 * - Composite delta [choice, see spec §1]: the instrument's `compositeDelta` when given, else
 *   the model delta at today's price and vol (Black-76 / Bjerksund-Stensland, per 1.00 of the
 *   underlying future) × multiplier / the CC's contractSize — NOT CME's probability-weighted
 *   delta over the scan points. A future not valued by the engine counts multiplier /
 *   contractSize; an option with neither counts 0 (noted as a caveat).
 * - Tier and delivery month: calendar months from asOf's month to the underlying future's
 *   expiry (an option's own expiry when its underlying is not in the document).
 * - Option value for NOV: the instrument's `price` (the mark) when given, else the model price.
 */
export function spanPositions(input: MarginInput, parameters: SpanParameters): SpanPositions {
  const { book } = input;
  const t = book.instruments;
  const ccs = parameters.combinedCommodities;
  const byId = new Map(input.instruments.map((inst) => [inst.id, inst]));
  const ccOfUnderlying = new Map<string, number>();
  ccs.forEach((cc, c) => cc.underlyings.forEach((u) => ccOfUnderlying.set(u, c)));
  const rowOf = new Map(t.id.map((rowId, i) => [rowId, i]));
  const bookReason = new Map(book.excludedInstruments.map((e) => [e.instrument, e.reason]));
  const valuations = priceInstruments(book);
  let computed: Float64Array | undefined;
  const computedArrays = (): Float64Array => {
    computed ??= spanRiskArrays(
      book,
      Int32Array.from(book.underlyingIds, (u) => ccOfUnderlying.get(u) ?? -1),
      ccs,
      parameters,
    );
    return computed;
  };

  const kept: {
    source: number;
    account: string;
    instrument: string;
    quantity: number;
    cc: number;
    tier: number;
    spot: boolean;
    isOption: boolean;
    supplied: boolean;
    delta: number;
    optionValue: number;
    riskArray: ArrayLike<number>;
  }[] = [];
  const excluded: SpanExclusion[] = [];
  const caveats: { position: number; text: string }[] = [];

  input.positions.forEach((position, source) => {
    const exclude = (reason: string) => excluded.push({ position: source, account: position.account, instrument: position.instrument, reason });
    const inst = byId.get(position.instrument);
    if (!inst) return exclude(`unknown instrument "${position.instrument}"`);
    const classified = classify(inst, byId);
    if (!classified.ok) return exclude(classified.reason);
    const row = rowOf.get(inst.id);
    const root = row !== undefined ? book.underlyingIds[t.underlying[row] as number] : rootOf(inst, byId);
    if (root === undefined) return exclude(`the underlying chain of "${inst.id}" loops`);
    const c = ccOfUnderlying.get(root);
    const cc = c === undefined ? undefined : ccs[c];
    if (c === undefined || cc === undefined) return exclude(`no combined commodity of the rule set covers underlying "${root}": add it to one's underlyings`);
    const expiry = classified.future.expiry ?? inst.expiry;
    if (expiry === undefined) return exclude('no expiry');
    if (yearFraction(input.asOf, inst.expiry ?? expiry) < 0) return exclude(`expired on ${inst.expiry ?? expiry} (asOf ${input.asOf})`);
    const supplied = inst.riskArray;
    if (supplied === undefined && row === undefined) return exclude(`not valued: ${bookReason.get(inst.id) ?? 'the engine could not resolve it'}`);
    const months = monthsAhead(input.asOf, expiry);
    const tier = cc.tiers.findIndex((tr) => months >= tr.startMonth && (tr.endMonth === undefined || months <= tr.endMonth));
    if (tier < 0) return exclude(`no expiry tier of "${cc.id}" holds month ${months}`);
    const multiplier = inst.multiplier ?? 1;
    const isOption = inst.kind === 'option';
    let delta: number;
    if (inst.compositeDelta !== undefined) delta = inst.compositeDelta;
    else if (row !== undefined) delta = ((valuations[row * valuationFieldCount + DELTA] as number) * multiplier) / cc.contractSize;
    else if (!isOption) delta = multiplier / cc.contractSize;
    else {
      delta = 0;
      caveats.push({ position: source, text: `${inst.id}: no compositeDelta and no model delta; spread charges and credits count it as 0` });
    }
    let unitValue = 0;
    if (isOption) {
      if (inst.price !== undefined) unitValue = inst.price;
      else if (row !== undefined) unitValue = valuations[row * valuationFieldCount + PRICE] as number;
      else caveats.push({ position: source, text: `${inst.id}: no price; its net option value counts as 0` });
    }
    kept.push({
      source,
      account: position.account,
      instrument: inst.id,
      quantity: position.quantity,
      cc: c,
      tier,
      spot: months < cc.spotMonth.months,
      isOption,
      supplied: supplied !== undefined,
      delta,
      optionValue: unitValue * multiplier,
      riskArray: supplied ?? computedArrays().subarray((row as number) * spanScenarioCount, ((row as number) + 1) * spanScenarioCount),
    });
  });

  const n = kept.length;
  const riskArray = new Float64Array(n * spanScenarioCount);
  kept.forEach((k, p) => riskArray.set(k.riskArray, p * spanScenarioCount));
  return {
    count: n,
    source: Int32Array.from(kept, (k) => k.source),
    account: kept.map((k) => k.account),
    instrument: kept.map((k) => k.instrument),
    quantity: Float64Array.from(kept, (k) => k.quantity),
    cc: Int32Array.from(kept, (k) => k.cc),
    tier: Int32Array.from(kept, (k) => k.tier),
    spotMonth: Uint8Array.from(kept, (k) => (k.spot ? 1 : 0)),
    isOption: Uint8Array.from(kept, (k) => (k.isOption ? 1 : 0)),
    supplied: Uint8Array.from(kept, (k) => (k.supplied ? 1 : 0)),
    delta: Float64Array.from(kept, (k) => k.delta),
    optionValue: Float64Array.from(kept, (k) => k.optionValue),
    riskArray,
    excluded,
    caveats,
  };
}

/** A future, or an option whose underlying is a future, with standard settlement: the contracts SPAN margins. */
function classify(inst: Instrument, byId: Map<string, Instrument>): Classified {
  if (inst.settlement === 'inverse') return { ok: false, reason: 'a coin-settled (inverse) contract: margin it with crypto-pm' };
  if (inst.kind === 'future') return { ok: true, future: inst };
  if (inst.kind !== 'option') return { ok: false, reason: `span margins futures and options on futures; "${inst.id}" is ${article(inst.kind)} ${inst.kind}` };
  const underlying = inst.underlying === undefined ? undefined : byId.get(inst.underlying);
  if (!underlying) return { ok: false, reason: `unknown underlying "${inst.underlying ?? ''}"` };
  if (underlying.kind !== 'future') {
    return { ok: false, reason: `span margins options on futures; the underlying "${underlying.id}" is ${article(underlying.kind)} ${underlying.kind}` };
  }
  if (underlying.settlement === 'inverse') return { ok: false, reason: `the underlying "${underlying.id}" is coin-settled (inverse): margin it with crypto-pm` };
  return { ok: true, future: underlying };
}

/** The risk factor of an instrument: the end of its `underlying` chain (an instrument without one, or a name that is no instrument); undefined on a loop. */
function rootOf(inst: Instrument, byId: Map<string, Instrument>): string | undefined {
  const seen = new Set<string>();
  let current = inst;
  while (current.underlying !== undefined) {
    if (seen.has(current.id)) return undefined;
    seen.add(current.id);
    const next = byId.get(current.underlying);
    if (!next) return current.underlying;
    current = next;
  }
  return current.id;
}

function article(word: string): string {
  return /^[aeiou]/.test(word) ? 'an' : 'a';
}
