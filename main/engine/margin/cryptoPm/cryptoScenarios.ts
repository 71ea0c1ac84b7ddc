import type { CryptoPmCurrency } from '../../../../shared/rules/cryptoPmRules.ts';

/** The scenarios of one currency's risk matrix, standard then extended. */
export interface CryptoScenarios {
  count: number;
  /** "-16% vol up", "+500% vol up (extended)". */
  id: string[];
  /** Relative price move of the index and every price on it. */
  move: Float64Array;
  /** +1 vol up, 0 unchanged, −1 down. */
  vol: Int8Array;
  /** 1 for the extended table. */
  extended: Uint8Array;
  /** Share of the loss that counts: 1, or min(1, factor × priceRange / |move|) in the extended table. */
  fraction: Float64Array;
}

const volNames = new Map([
  [1, 'vol up'],
  [0, 'vol unchanged'],
  [-1, 'vol down'],
]);

/**
 * The risk matrix of a currency [pub grid, rec extended fraction;
 * `../shared/spec/methodologies.md` §4]: 2·priceBuckets + 1 evenly spaced price moves from
 * −priceRange to +priceRange (0 included), each with vol up, unchanged and down; then the
 * extended table's moves with vol up only, each counting min(1, factor × priceRange / |move|)
 * of its loss (BTC: −66% → 24.2%, +500% → 3.2%).
 */
export function cryptoScenarios(currency: Pick<CryptoPmCurrency, 'priceRange' | 'priceBuckets' | 'extended'>): CryptoScenarios {
  const points = 2 * currency.priceBuckets + 1;
  const count = points * 3 + currency.extended.moves.length;
  const out: CryptoScenarios = { count, id: [], move: new Float64Array(count), vol: new Int8Array(count), extended: new Uint8Array(count), fraction: new Float64Array(count) };
  let s = 0;
  for (let i = 0; i < points; i++) {
    const move = (currency.priceRange * (i - currency.priceBuckets)) / currency.priceBuckets;
    for (const vol of [1, 0, -1]) {
      out.id.push(`${percent(move)} ${volNames.get(vol)}`);
      out.move[s] = move;
      out.vol[s] = vol;
      out.fraction[s] = 1;
      s++;
    }
  }
  for (const move of currency.extended.moves) {
    out.id.push(`${percent(move)} vol up (extended)`);
    out.move[s] = move;
    out.vol[s] = 1;
    out.extended[s] = 1;
    out.fraction[s] = Math.min(1, (currency.extended.factor * currency.priceRange) / Math.abs(move));
    s++;
  }
  return out;
}

function percent(move: number): string {
  const value = Math.round(move * 1e6) / 1e4;
  return `${value > 0 ? '+' : value < 0 ? '-' : ''}${Math.abs(value)}%`;
}
