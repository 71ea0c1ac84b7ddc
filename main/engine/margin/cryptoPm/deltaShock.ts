import type { CryptoPmCurrency } from '../../../../shared/rules/cryptoPmRules.ts';

/**
 * Delta shock: a liquidity add-on for a large net delta [pub parameter names
 * `max_delta_shock`, `delta_total_liq_shock_threshold`, `m_inc`; rec formula]. With Δ the
 * currency's net delta in coin and S the index price:
 *   excess = max(0, |Δ| − liquidityThresholdUsd / S)   (coin beyond the liquid size)
 *   shock  = min(max, increment × excess)             (an extra relative price move)
 *   charge = shock × |Δ|                               (coin)
 * Reading: the increment is per coin of excess delta — Deribit publishes 0.00005 for BTC and
 * 0.000004 for ETH, in about the ratio of their prices, which a per-USD increment would not
 * be; a book under $20M of delta pays nothing.
 */
export function deltaShock(netDelta: number, indexPrice: number, shock: CryptoPmCurrency['deltaShock']): { shock: number; charge: number } {
  const size = Math.abs(netDelta);
  const excess = Math.max(0, size - shock.liquidityThresholdUsd / indexPrice);
  const move = Math.min(shock.max, shock.increment * excess);
  return { shock: move, charge: move * size };
}
