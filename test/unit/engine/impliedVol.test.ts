import { describe, expect, it } from 'vitest';
import { bjerksundStensland2002 } from '../../../main/engine/bjerksundStensland2002.ts';
import { black76 } from '../../../main/engine/black76.ts';
import { blackScholesMerton } from '../../../main/engine/blackScholesMerton.ts';
import { impliedVol } from '../../../main/engine/impliedVol.ts';
import { DELTA, PRICE, VEGA } from '../../../main/engine/valuationFields.ts';
import { readDeribitChain } from './deribitChain.ts';

const europeanPrice = (isCall: boolean, S: number, K: number, T: number, r: number, b: number, sigma: number) =>
  blackScholesMerton(isCall, S, K, T, r, r - b, sigma)[PRICE] as number;

describe('impliedVol', () => {
  // Round trip: price at σ, imply, reprice. Tolerance: the implied price within 1e-10·(S + K);
  // the vol itself within 1e-7 wherever the price carries vol information (vega per 1.00 ≥
  // 1e-4·S). Where the time value is below rounding, the solver must say so instead.
  it('round-trips European options on spot and futures over a wide grid', () => {
    let implied = 0;
    for (const isCall of [true, false]) {
      for (const K of [50, 80, 100, 125, 200]) {
        for (const T of [1 / 365, 0.1, 1, 5]) {
          for (const sigma of [0.05, 0.2, 0.6, 1.5, 3]) {
            for (const [r, b] of [[0.05, 0.03], [0.02, 0], [-0.005, -0.005]] as const) {
              const price = europeanPrice(isCall, 100, K, T, r, b, sigma);
              const result = impliedVol(price, isCall, 100, K, T, r, b);
              if (!result.ok) {
                expect(result.reason).toMatch(/intrinsic|not positive/);
                continue;
              }
              implied++;
              expect(Math.abs(europeanPrice(isCall, 100, K, T, r, b, result.vol) - price)).toBeLessThan(1e-10 * (100 + K));
              const vega = (blackScholesMerton(isCall, 100, K, T, r, r - b, sigma)[VEGA] as number) * 100;
              if (vega >= 1e-2) expect(Math.abs(result.vol - sigma)).toBeLessThan(1e-7);
            }
          }
        }
      }
    }
    expect(implied).toBeGreaterThan(450);
  });

  it('round-trips American options (Bjerksund-Stensland), tolerance 1e-10·(S + K) on price, 1e-6 on vol', () => {
    for (const K of [80, 100, 120]) {
      for (const sigma of [0.15, 0.4, 1]) {
        const price = bjerksundStensland2002(false, 100, K, 0.75, 0.05, 0.02, sigma);
        const result = impliedVol(price, false, 100, K, 0.75, 0.05, 0.02, true);
        if (price === K - 100) expect(result.ok ? 'ok' : result.reason).toMatch(/equals the intrinsic/); // exercise region
        else if (!result.ok) expect.fail(result.reason);
        else {
          expect(Math.abs(bjerksundStensland2002(false, 100, K, 0.75, 0.05, 0.02, result.vol) - price)).toBeLessThan(1e-10 * (100 + K));
          expect(Math.abs(result.vol - sigma)).toBeLessThan(1e-6);
        }
      }
    }
  });

  // Deribit chain (SOURCES.md): the vol implied from each coin mark (× underlying_price for
  // USD, Black-76, r = 0) must match the quoted mark_iv within what the data allows — the
  // 0.005-vol-point rounding of mark_iv plus the effect of the few-USD gap between the mark's
  // and the row's underlying price (5 USD × coin delta / coin vega), as in black76.test.ts.
  it('recovers Deribit’s mark_iv from its mark prices', () => {
    let recovered = 0;
    for (const o of readDeribitChain()) {
      const result = impliedVol(o.mark * o.forward, o.isCall, o.forward, o.strike, o.years, 0, 0);
      const g = black76(o.isCall, o.forward, o.strike, o.years, 0, o.vol);
      const coin = (g[PRICE] as number) / o.forward;
      const coinDelta = Math.abs(((g[DELTA] as number) - coin) / o.forward);
      const coinVega = ((g[VEGA] as number) * 100) / o.forward;
      if (!result.ok) {
        // Only deep in-the-money expiring options, whose mark is within the sampling gap of intrinsic.
        expect(coinVega, o.name).toBeLessThan(1e-3);
        continue;
      }
      recovered++;
      expect(Math.abs(result.vol - o.vol), o.name).toBeLessThanOrEqual(0.00005 + (coinDelta * 5 + 1e-7) / coinVega);
    }
    expect(recovered).toBeGreaterThan(290);
  });

  it('says why when there is no implied vol', () => {
    const reason = (price: number, T = 0.5, S = 100, K = 100, isCall = true) => {
      const result = impliedVol(price, isCall, S, K, T, 0.05, 0.05);
      return result.ok ? `ok ${result.vol}` : result.reason;
    };
    expect(reason(5, 0)).toMatch(/no time to expiry/);
    expect(reason(5, -1)).toMatch(/no time to expiry/);
    expect(reason(0)).toMatch(/not positive/);
    expect(reason(-1)).toMatch(/not positive/);
    expect(reason(10, 0.5, 120)).toMatch(/below the intrinsic value/);
    expect(reason(100)).toMatch(/at or above/);
    expect(reason(5, 0.5, -37.63)).toMatch(/positive underlying/);
    expect(reason(europeanPrice(true, 200, 100, 0.5, 0.05, 0.05, 0.01), 0.5, 200)).toMatch(/equals the intrinsic value/);
    expect(reason(Number.NaN)).toMatch(/not positive/);
  });
});
