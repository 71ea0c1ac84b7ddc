/** The worst valuation point of a product group and each class group's share of its loss. */
export interface ProductGroupLoss {
  /** Index of the worst valuation point. */
  point: number;
  /** The product group's loss there after offsets (≥ 0). */
  loss: number;
  /** Σ of the losing class groups' losses at that point. */
  grossLoss: number;
  /** The gains that offset them: `offset` × Σ of the gaining class groups' gains, at most `grossLoss`. */
  credit: number;
  /** Each class group's share of `loss` (≥ 0; gaining groups 0); they sum to `loss`. */
  shares: number[];
}

/**
 * Offsets between the class groups of one product group (`../shared/spec/methodologies.md` §2,
 * FINRA Rule 4210(g), OCC TIMS): at each valuation point j, with L_g(j) the P&L of class group
 * g (gain positive), the product group's P&L is
 *   Σ_g min(L_g(j), 0) + offset × Σ_g max(L_g(j), 0)
 * — losses in full, gains at `offset` (0.9 for high-cap broad-based indexes). The worst point
 * is the one where this is lowest (ties: the lowest Σ_g L_g(j), then the first); the loss is
 * minus it, floored at 0. The credit is spread over the losing class groups pro rata to their
 * losses, so each keeps share = its loss × (1 − credit / grossLoss).
 * A class group alone (or in no product group) gets its own worst point and loss.
 */
export function offsetProductGroup(pnl: readonly Float64Array[], offset: number): ProductGroupLoss {
  const points = pnl[0]?.length ?? 0;
  let point = 0;
  let worstNet = Infinity;
  let worstRaw = Infinity;
  for (let j = 0; j < points; j++) {
    let net = 0;
    let raw = 0;
    for (const L of pnl) {
      const x = L[j] as number;
      net += x < 0 ? x : offset * x;
      raw += x;
    }
    if (net < worstNet || (net === worstNet && raw < worstRaw)) {
      point = j;
      worstNet = net;
      worstRaw = raw;
    }
  }
  let grossLoss = 0;
  let gains = 0;
  for (const L of pnl) {
    const x = L[point] as number;
    if (x < 0) grossLoss -= x;
    else gains += x;
  }
  const credit = Math.min(offset * gains, grossLoss);
  const kept = grossLoss > 0 ? (grossLoss - credit) / grossLoss : 0;
  return { point, loss: grossLoss - credit, grossLoss, credit, shares: pnl.map((L) => Math.max(-(L[point] as number), 0) * kept) };
}
