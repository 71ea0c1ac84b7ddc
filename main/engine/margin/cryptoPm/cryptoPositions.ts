import type { Instrument } from '../../../../shared/instrument.ts';
import type { CryptoPmParameters } from '../../../../shared/rules/cryptoPmRules.ts';
import type { MarginInput } from '../marginMethod.ts';

/** A position crypto-pm cannot margin, with the reason and its account. */
export interface CryptoExclusion {
  position: number;
  account: string;
  instrument: string;
  reason: string;
}

/** The rows of one currency that positions hold, with what the charges need to know of each. */
export interface CryptoCurrencyRows {
  /** Book rows. */
  rows: Int32Array;
  /** 1 for a standard (USD-settled) row, 0 for inverse (coin-settled). */
  usd: Uint8Array;
  kind: Instrument['kind'][];
  /** Roll-shock bucket: the expiry date, "perpetual", or "" for spot (no roll). */
  expiryKey: string[];
  /** Options-contingency key: expiry and strike ("" for linear rows). */
  strikeKey: string[];
}

/** One held position: its currency (index into the rule set's currencies) and its row there (index into that currency's `rows`). */
export interface CryptoPosition {
  source: number;
  account: string;
  instrument: string;
  quantity: number;
  currency: number;
  k: number;
}

const kinds: ReadonlySet<Instrument['kind']> = new Set(['future', 'perpetual', 'option', 'spot']);

/**
 * Sorts the book's positions by currency [`../shared/spec/methodologies.md` §4]: a position
 * belongs to the currency whose `underlyings` hold its risk factor (the root the book
 * resolves: "BTC" for BTC-28JUN24 and its options). Futures, perpetuals, options and spot
 * holdings are margined; they must settle in that coin (inverse) or in one of the
 * `usdCurrencies` (standard). Everything else is excluded with the reason, as are positions
 * the book could not value (with the book's reason).
 */
export function cryptoPositions(input: MarginInput, parameters: CryptoPmParameters): { groups: CryptoCurrencyRows[]; positions: CryptoPosition[]; excluded: CryptoExclusion[] } {
  const { book } = input;
  const t = book.instruments;
  const byId = new Map(input.instruments.map((inst) => [inst.id, inst]));
  const currencyOf = new Map<string, number>();
  parameters.currencies.forEach((c, i) => c.underlyings.forEach((u) => currencyOf.set(u, i)));
  const usdCurrencies = new Set(parameters.usdCurrencies);
  const excluded: CryptoExclusion[] = book.excludedPositions.map((e) => ({ position: e.position, account: e.account, instrument: e.instrument, reason: `not valued: ${e.reason}` }));
  const slots = parameters.currencies.map(() => new Map<number, number>());
  const positions: CryptoPosition[] = [];
  for (let p = 0; p < book.positions.quantity.length; p++) {
    const row = book.positions.instrument[p] as number;
    const source = book.positions.source[p] as number;
    const account = book.positions.account[p] as string;
    const id = t.id[row] as string;
    const exclude = (reason: string) => excluded.push({ position: source, account, instrument: id, reason });
    const kind = byId.get(id)?.kind;
    if (kind === undefined || !kinds.has(kind)) {
      exclude(`crypto-pm margins futures, perpetuals, options and spot on a coin; "${id}" is ${kind === undefined ? 'not in the document' : `${/^[aeiou]/.test(kind) ? 'an' : 'a'} ${kind}`}`);
      continue;
    }
    const root = book.underlyingIds[t.underlying[row] as number] as string;
    const c = currencyOf.get(root);
    const currency = c === undefined ? undefined : parameters.currencies[c];
    if (c === undefined || currency === undefined) {
      exclude(`no currency of the rule set covers underlying "${root}": add it to one's underlyings`);
      continue;
    }
    const settles = t.currency[row] as string;
    const inverse = t.inverse[row] === 1;
    if (inverse ? settles !== currency.currency : !usdCurrencies.has(settles)) {
      exclude(`settles in ${settles}: crypto-pm ${currency.currency} takes contracts settled in ${currency.currency} (inverse) or in ${parameters.usdCurrencies.join('/')}`);
      continue;
    }
    const slot = slots[c] as Map<number, number>;
    if (!slot.has(row)) slot.set(row, slot.size);
    positions.push({ source, account, instrument: id, quantity: book.positions.quantity[p] as number, currency: c, k: slot.get(row) as number });
  }
  const groups = slots.map((slot) => {
    const rows = Int32Array.from(slot.keys());
    const insts = Array.from(rows, (row) => byId.get(t.id[row] as string) as Instrument);
    return {
      rows,
      usd: Uint8Array.from(rows, (row) => (t.inverse[row] === 1 ? 0 : 1)),
      kind: insts.map((inst) => inst.kind),
      expiryKey: insts.map((inst) => (inst.kind === 'spot' ? '' : inst.kind === 'perpetual' ? 'perpetual' : (inst.expiry ?? ''))),
      strikeKey: insts.map((inst) => (inst.kind === 'option' ? `${inst.expiry ?? ''} ${inst.strike ?? ''}` : '')),
    };
  });
  return { groups, positions, excluded };
}
