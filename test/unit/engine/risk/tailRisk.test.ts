import { describe, expect, it } from 'vitest';
import { tailRisk } from '../../../../main/engine/risk/tailRisk.ts';
import { seededRandom } from '../../../fixtures/seededRandom.ts';

/** P&L −250 … +249 in a scrambled order: losses 250, 249, 248 … */
function ladder(): Float64Array {
  const pnl = Float64Array.from({ length: 500 }, (_, i) => i - 250);
  const random = seededRandom(5);
  for (let i = pnl.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [pnl[i], pnl[j]] = [pnl[j]!, pnl[i]!];
  }
  return pnl;
}

describe('tailRisk', () => {
  it('takes the ⌈N(1 − c)⌉-th largest loss: 500 scenarios at 99% → the 5th (Hull, Risk Management and Financial Institutions, historical simulation)', () => {
    // Exact: integers. Losses 250, 249, 248, 247, 246 are the five worst.
    const pnl = ladder();
    const risk = tailRisk(pnl, 0.99);
    expect(risk.var).toBe(246);
    expect(risk.es).toBe((250 + 249 + 248 + 247 + 246) / 5);
    expect(pnl[risk.worst]).toBe(-250);
  });

  it('counts the last tail scenario by its fraction when N(1 − c) is not whole (Acerbi & Tasche 2002)', () => {
    // 97.5%: m = 12.5 → VaR = L(13) = 238; ES = (250 + … + 239 + 0.5 × 238) / 12.5 = 3053 / 12.5 (tolerance 1e-12).
    const risk = tailRisk(ladder(), 0.975);
    expect(risk.var).toBe(238);
    expect(risk.es).toBeCloseTo(3053 / 12.5, 12);
  });

  it('is the largest loss when fewer than one scenario lies in the tail', () => {
    const pnl = Float64Array.from({ length: 50 }, (_, i) => i - 10); // m = 0.5
    expect(tailRisk(pnl, 0.99)).toEqual({ var: 10, es: 10, worst: 0 });
  });

  it('gives ES ≥ VaR on any sample, and zeros for an empty one', () => {
    const random = seededRandom(11);
    for (let k = 0; k < 200; k++) {
      const pnl = Float64Array.from({ length: 1 + Math.floor(random() * 300) }, () => (random() - 0.6) * 1000);
      for (const c of [0.9, 0.95, 0.975, 0.99, 0.995]) {
        const risk = tailRisk(pnl, c);
        expect(risk.es).toBeGreaterThanOrEqual(risk.var - 1e-9 * Math.abs(risk.var));
      }
    }
    expect(tailRisk(new Float64Array(0), 0.99)).toEqual({ var: 0, es: 0, worst: -1 });
  });
});
