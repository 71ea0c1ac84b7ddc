import type { Instrument } from '../../shared/instrument.ts';
import type { Position } from '../../shared/portfolioDocument.ts';
import { impliedVol } from './impliedVol.ts';
import { AMERICAN, EUROPEAN, LINEAR, type Exclusion, type PositionExclusion, type ResolvedBook } from './resolvedBook.ts';
import { yearFraction } from './yearFraction.ts';

/** What `resolveBook` reads: a validated portfolio document, or just these parts of one. */
export interface BookInput {
  asOf: string;
  baseCurrency?: string;
  instruments: readonly Instrument[];
  positions: readonly Position[];
  market?: { rates?: Readonly<Record<string, number>> };
}

interface Row {
  id: string;
  currency: string;
  model: number;
  root: string;
  /** Id of the instrument whose price is `level` (the option's underlying, or itself). */
  levelId: string;
  isCall: boolean;
  inverse: boolean;
  onFuture: boolean;
  level: number;
  strike: number;
  expiry: number;
  rate: number;
  carry: number;
  vol: number;
  multiplier: number;
  volImplied: boolean;
}

type Resolution = { ok: true; row: Row } | { ok: false; reason: string };
/** A risk factor: a root instrument, or a name such as "BTC" that a future points at without it being an instrument. */
interface Root {
  id: string;
  currency: string | undefined;
}
type RootResolution = { ok: true; root: Root } | { ok: false; reason: string };

/**
 * Turns a portfolio document into the numbers the engine runs on: one row per valued
 * instrument (held or not), one entry per position, and every instrument or position that
 * cannot be valued, with the reason (`../shared/spec/methodologies.md`: never dropped). Pure:
 * no clock (T is ACT/365F from `asOf`), no I/O.
 *
 * Rules (`../shared/spec/portfolio-document.md`):
 * - Risk factor of an instrument: follow `underlying` to the instrument that has none (the
 *   root), or to a name that is no instrument (a future on "BTC" with no "BTC" instrument:
 *   the name is the risk factor); scenarios move roots. A cyclic chain excludes the
 *   instrument; an option's underlying must be an instrument.
 * - Linear instruments (equity, etf, index, spot, future, perpetual) need a price; futures
 *   with an expiry before asOf are excluded as expired; negative prices are fine (WTI at
 *   −37.63 on 2020-04-20); an inverse contract needs a positive price.
 * - Options: Black-Scholes-Merton on spot underlyings (dividendYield of the underlying as q),
 *   Black-76 on futures and perpetuals; `exercise: american` uses Bjerksund-Stensland (2002),
 *   except where early exercise is never optimal (calls with b ≥ r, puts with r ≤ 0), which
 *   are European exactly. Rate: market.rates[currency], the currency being the instrument's
 *   `currency`, else (inverse) its underlying's or root's currency or the root id, else
 *   (standard) the underlying's currency (unless that is coin-settled) or the document's
 *   baseCurrency. An option is excluded when: expiry before asOf (expired; an option
 *   expiring on asOf is valued at its exercise value); its underlying is unknown, an option,
 *   unpriced or itself excluded; the underlying price or strike is not positive (the
 *   lognormal models are undefined; no normal model is implemented); no rate for its
 *   currency; neither vol nor price; or a price from which no vol can be implied (below
 *   intrinsic, zero, …).
 * - Vol: `vol` when given, else implied from `price` (an inverse option's price is in the
 *   coin: × underlying price gives USD).
 */
export function resolveBook(input: BookInput): ResolvedBook {
  const byId = new Map<string, Instrument>();
  for (const inst of input.instruments) byId.set(inst.id, inst);
  const rates = input.market?.rates ?? {};
  const baseCurrency = input.baseCurrency ?? 'USD';
  const memo = new Map<string, Resolution>();
  const rootMemo = new Map<string, RootResolution>();

  const rootOf = (inst: Instrument, seen: Set<string>): RootResolution => {
    const known = rootMemo.get(inst.id);
    if (known) return known;
    let result: RootResolution;
    if (inst.underlying === undefined) result = { ok: true, root: { id: inst.id, currency: inst.currency } };
    else if (seen.has(inst.id)) result = { ok: false, reason: `underlying chain loops back to "${inst.id}"` };
    else {
      const parent = byId.get(inst.underlying);
      result = parent ? rootOf(parent, new Set(seen).add(inst.id)) : { ok: true, root: { id: inst.underlying, currency: undefined } };
    }
    rootMemo.set(inst.id, result);
    return result;
  };

  const resolveLinear = (inst: Instrument, root: Root): Resolution => {
    if (inst.price === undefined) return { ok: false, reason: 'no price' };
    if (inst.expiry !== undefined && yearFraction(input.asOf, inst.expiry) < 0) return { ok: false, reason: `expired on ${inst.expiry} (asOf ${input.asOf})` };
    const inverse = inst.settlement === 'inverse';
    if (inverse && !(inst.price > 0)) return { ok: false, reason: `an inverse (coin-settled) contract needs a positive price, got ${inst.price}` };
    const currency = inst.currency ?? (inverse ? (root.currency ?? root.id) : baseCurrency);
    return {
      ok: true,
      row: {
        id: inst.id,
        currency,
        model: LINEAR,
        root: root.id,
        levelId: inst.id,
        isCall: false,
        inverse,
        onFuture: false,
        level: inst.price,
        strike: 0,
        expiry: inst.expiry === undefined ? 0 : yearFraction(input.asOf, inst.expiry),
        rate: 0,
        carry: 0,
        vol: 0,
        multiplier: inst.multiplier ?? 1,
        volImplied: false,
      },
    };
  };

  const resolveOption = (inst: Instrument, root: Root): Resolution => {
    const underlyingId = inst.underlying ?? '';
    const underlying = byId.get(underlyingId);
    if (!underlying) return { ok: false, reason: inst.underlying === undefined ? 'an option needs an underlying' : `unknown underlying "${underlyingId}"` };
    if (underlying.kind === 'option') return { ok: false, reason: `options on options are not supported ("${underlyingId}" is an option)` };
    const expiry = inst.expiry;
    if (expiry === undefined) return { ok: false, reason: 'no expiry' };
    const T = yearFraction(input.asOf, expiry);
    if (T < 0) return { ok: false, reason: `expired on ${expiry} (asOf ${input.asOf})` };
    const base = resolve(underlying);
    if (!base.ok) return { ok: false, reason: `underlying "${underlyingId}" is not valued: ${base.reason}` };
    const level = base.row.level;
    if (!(level > 0)) {
      return {
        ok: false,
        reason: `underlying "${underlyingId}" price ${level} is not positive: lognormal models (Black-Scholes-Merton, Black-76) are undefined there and no normal (Bachelier) model is implemented`,
      };
    }
    const K = inst.strike ?? NaN;
    if (!(K > 0)) return { ok: false, reason: `strike ${K} is not positive: lognormal models need a positive strike` };
    const inverse = inst.settlement === 'inverse';
    const underlyingCurrency = underlying.settlement === 'inverse' ? undefined : underlying.currency; // a coin-settled future quotes in USD
    const currency = inst.currency ?? (inverse ? (underlying.currency ?? root.currency ?? root.id) : (underlyingCurrency ?? baseCurrency));
    const rate = rates[currency];
    if (rate === undefined) return { ok: false, reason: `no discount rate for "${currency}": add market.rates.${currency}` };
    const onFuture = underlying.kind === 'future' || underlying.kind === 'perpetual';
    const carry = onFuture ? 0 : rate - (underlying.dividendYield ?? 0);
    const isCall = inst.right === 'call';
    const earlyExercise = inst.exercise === 'american' && T > 0 && (isCall ? carry < rate : rate > 0);
    let vol = inst.vol;
    let volImplied = false;
    if (vol === undefined) {
      if (T === 0) vol = 0; // valued at its exercise value: vol plays no part
      else if (inst.price === undefined) return { ok: false, reason: 'neither vol nor price: give one to value this option' };
      else {
        const usdPrice = inverse ? inst.price * level : inst.price;
        const implied = impliedVol(usdPrice, isCall, level, K, T, rate, carry, earlyExercise);
        if (!implied.ok) return { ok: false, reason: `no vol given, and none implied from price ${inst.price}: ${implied.reason}` };
        vol = implied.vol;
        volImplied = true;
      }
    }
    return {
      ok: true,
      row: {
        id: inst.id,
        currency,
        model: earlyExercise ? AMERICAN : EUROPEAN,
        root: root.id,
        levelId: underlyingId,
        isCall,
        inverse,
        onFuture,
        level,
        strike: K,
        expiry: T,
        rate,
        carry,
        vol,
        multiplier: inst.multiplier ?? 1,
        volImplied,
      },
    };
  };

  function resolve(inst: Instrument): Resolution {
    const known = memo.get(inst.id);
    if (known) return known;
    const root = rootOf(inst, new Set());
    const result: Resolution = !root.ok ? root : inst.kind === 'option' ? resolveOption(inst, root.root) : resolveLinear(inst, root.root);
    memo.set(inst.id, result);
    return result;
  }

  const rows: Row[] = [];
  const excludedInstruments: Exclusion[] = [];
  for (const inst of input.instruments) {
    const resolution = resolve(inst);
    if (resolution.ok) rows.push(resolution.row);
    else excludedInstruments.push({ instrument: inst.id, reason: resolution.reason });
  }
  const underlyingIds: string[] = [];
  const underlyingIndex = new Map<string, number>();
  for (const row of rows) {
    if (!underlyingIndex.has(row.root)) {
      underlyingIndex.set(row.root, underlyingIds.length);
      underlyingIds.push(row.root);
    }
  }
  rows.sort((a, b) => compareRows(a, b, underlyingIndex));
  const book = allocate(input.asOf, underlyingIds, rows.length);
  const rowIndex = new Map<string, number>();
  let group = -1;
  let node = -1;
  rows.forEach((row, i) => {
    const t = book.instruments;
    const previous = rows[i - 1];
    if (row.model !== LINEAR) {
      if (!previous || previous.model === LINEAR || !sameGroup(previous, row)) group++;
      if (row.model === EUROPEAN && (!previous || previous.model !== EUROPEAN || !sameGroup(previous, row) || previous.strike !== row.strike || previous.vol !== row.vol)) node++;
    }
    t.id[i] = row.id;
    t.currency[i] = row.currency;
    t.model[i] = row.model;
    t.underlying[i] = underlyingIndex.get(row.root) as number;
    t.isCall[i] = row.isCall ? 1 : 0;
    t.inverse[i] = row.inverse ? 1 : 0;
    t.onFuture[i] = row.onFuture ? 1 : 0;
    t.level[i] = row.level;
    t.strike[i] = row.strike;
    t.expiry[i] = row.expiry;
    t.rate[i] = row.rate;
    t.carry[i] = row.carry;
    t.vol[i] = row.vol;
    t.multiplier[i] = row.multiplier;
    t.group[i] = row.model === LINEAR ? -1 : group;
    t.node[i] = row.model === EUROPEAN ? node : -1;
    t.volImplied[i] = row.volImplied ? 1 : 0;
    rowIndex.set(row.id, i);
  });

  const held: { account: string; row: number; quantity: number; source: number }[] = [];
  const excludedPositions: PositionExclusion[] = [];
  input.positions.forEach((position, source) => {
    const row = rowIndex.get(position.instrument);
    if (row !== undefined) held.push({ account: position.account, row, quantity: position.quantity, source });
    else {
      const known = memo.get(position.instrument);
      const reason = known && !known.ok ? known.reason : `unknown instrument "${position.instrument}"`;
      excludedPositions.push({ position: source, account: position.account, instrument: position.instrument, reason });
    }
  });
  book.positions = {
    account: held.map((p) => p.account),
    instrument: Int32Array.from(held, (p) => p.row),
    quantity: Float64Array.from(held, (p) => p.quantity),
    source: Int32Array.from(held, (p) => p.source),
  };
  book.excludedInstruments = excludedInstruments;
  book.excludedPositions = excludedPositions;
  return book;
}

function sameGroup(a: Row, b: Row): boolean {
  return a.levelId === b.levelId && a.expiry === b.expiry && a.rate === b.rate && a.carry === b.carry;
}

function compareRows(a: Row, b: Row, underlyingIndex: Map<string, number>): number {
  return (
    (a.model === LINEAR ? 0 : 1) - (b.model === LINEAR ? 0 : 1) ||
    (underlyingIndex.get(a.root) as number) - (underlyingIndex.get(b.root) as number) ||
    compareText(a.levelId, b.levelId) ||
    a.expiry - b.expiry ||
    a.rate - b.rate ||
    a.carry - b.carry ||
    a.model - b.model ||
    a.strike - b.strike ||
    a.vol - b.vol ||
    Number(a.isCall) - Number(b.isCall) ||
    compareText(a.id, b.id)
  );
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function allocate(asOf: string, underlyingIds: string[], n: number): ResolvedBook {
  return {
    asOf,
    underlyingIds,
    instruments: {
      id: new Array<string>(n),
      currency: new Array<string>(n),
      model: new Uint8Array(n),
      underlying: new Int32Array(n),
      isCall: new Uint8Array(n),
      inverse: new Uint8Array(n),
      onFuture: new Uint8Array(n),
      level: new Float64Array(n),
      strike: new Float64Array(n),
      expiry: new Float64Array(n),
      rate: new Float64Array(n),
      carry: new Float64Array(n),
      vol: new Float64Array(n),
      multiplier: new Float64Array(n),
      group: new Int32Array(n),
      node: new Int32Array(n),
      volImplied: new Uint8Array(n),
    },
    positions: { account: [], instrument: new Int32Array(0), quantity: new Float64Array(0), source: new Int32Array(0) },
    excludedInstruments: [],
    excludedPositions: [],
  };
}
