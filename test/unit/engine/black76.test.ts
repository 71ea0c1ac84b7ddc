import { describe, expect, it } from 'vitest';
import { black76 } from '../../../main/engine/black76.ts';
import { blackScholesMerton } from '../../../main/engine/blackScholesMerton.ts';
import { DELTA, GAMMA, PRICE, RHO, THETA, VEGA } from '../../../main/engine/valuationFields.ts';
import { readDeribitChain } from './deribitChain.ts';

const chain = readDeribitChain();

describe('black76', () => {
  // Hull, Options, Futures and Other Derivatives, chapter "Futures options": Black's model for
  // a 4-month European put on crude-oil futures, F = 20, K = 20, r = 9%, σ = 25% → 1.12.
  // Tolerance 5e-3 (the book's 2-decimal rounding).
  it('reproduces Hull’s futures-option example', () => {
    expect(Math.abs((black76(false, 20, 20, 4 / 12, 0.09, 0.25)[PRICE] as number) - 1.12)).toBeLessThan(5e-3);
  });

  // Black-76 is BSM with q = r, except rho (F held fixed): ρ = −T·V per 1.00 (exact identity;
  // tolerance 1e-12 relative).
  it('equals Black-Scholes-Merton with zero carry, with rho = −T·V', () => {
    const b76 = black76(true, 105, 100, 0.75, 0.04, 0.3);
    const bsm = blackScholesMerton(true, 105, 100, 0.75, 0.04, 0.04, 0.3);
    for (const field of [PRICE, DELTA, GAMMA, VEGA, THETA]) expect(b76[field]).toBe(bsm[field]);
    expect(Math.abs((b76[RHO] as number) - -0.75 * (b76[PRICE] as number) * 0.01)).toBeLessThan(1e-12 * (b76[PRICE] as number));
  });

  // Deribit BTC option chain, 2020-05-14 (../shared/data/options_chains, SOURCES.md): coin-settled
  // Black-76 with F = underlying_price, T = (expiration_timestamp − timestamp)/365 days,
  // σ = mark_iv/100, r = 0, value in BTC = value in USD / F.
  it('has the 310 options', () => expect(chain).toHaveLength(310));

  it('reprices the marks: half the chain within 5e-6 BTC', () => {
    // SOURCES.md: "within a few 1e-6 BTC". Median error, tolerance 5e-6 BTC.
    const errors = chain.map((o) => Math.abs((black76(o.isCall, o.forward, o.strike, o.years, 0, o.vol)[PRICE] as number) / o.forward - o.mark)).sort((a, b) => a - b);
    expect(errors[Math.floor(errors.length / 2)] as number).toBeLessThan(5e-6);
  });

  it.each(chain)('reprices $name to its mark within the data’s own precision', (o) => {
    // Per row, the tolerance is what the data allows: mark_iv is rounded to 0.01 vol points
    // (½ × 0.0001 × vega/F) and each mark was sampled up to a few USD away from the row's
    // underlying_price (the worst row in this file needs 3.35 USD): |∂(V/F)/∂F| × 5 USD, plus
    // 1e-7 BTC for the marks' 8-decimal rounding.
    const g = black76(o.isCall, o.forward, o.strike, o.years, 0, o.vol);
    const coin = (g[PRICE] as number) / o.forward;
    const coinDelta = ((g[DELTA] as number) - coin) / o.forward;
    const coinVega = ((g[VEGA] as number) * 100) / o.forward;
    expect(Math.abs(coin - o.mark)).toBeLessThanOrEqual(Math.abs(coinDelta) * 5 + coinVega * 0.00005 + 1e-7);
  });

  it.each(chain.filter((o) => o.years * 365 >= 7))('matches Deribit’s quoted greeks for $name', (o) => {
    // Deribit quotes greeks of the USD value per 1 BTC (delta = N(d1), gamma per USD², vega
    // per vol point, theta per day) to 5 decimals. Tolerance: 5e-6 rounding + how far the
    // greek moves over ±5 USD of underlying (the sampling gap above), + 1e-4 relative on theta
    // (Deribit's theta is a one-day decay, ours the instantaneous rate; compared only from 7
    // days to expiry, where the two agree).
    const g = black76(o.isCall, o.forward, o.strike, o.years, 0, o.vol);
    const up = black76(o.isCall, o.forward + 5, o.strike, o.years, 0, o.vol);
    const down = black76(o.isCall, o.forward - 5, o.strike, o.years, 0, o.vol);
    for (const [name, field] of [['delta', DELTA], ['gamma', GAMMA], ['vega', VEGA], ['theta', THETA]] as const) {
      const ours = g[field] as number;
      const drift = Math.max(Math.abs((up[field] as number) - ours), Math.abs((down[field] as number) - ours));
      const theirs = o.greeks[name];
      expect(Math.abs(ours - theirs), name).toBeLessThanOrEqual(5e-6 + drift + (name === 'theta' ? 1e-4 * Math.abs(theirs) : 0));
    }
  });
});
