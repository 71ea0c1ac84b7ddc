import { describe, expect, it } from 'vitest';
import { resolveBook } from '../../../../main/engine/resolveBook.ts';
import { revalue } from '../../../../main/engine/revalue.ts';
import { factorExposures } from '../../../../main/engine/risk/factorExposures.ts';
import { selectPositions } from '../../../../main/engine/risk/positionSelection.ts';
import { createScenarioSet } from '../../../../main/engine/scenarioSet.ts';
import { specExample } from '../../../fixtures/portfolios/specExample.ts';

describe('factorExposures', () => {
  it('is the derivative of full revaluation with respect to each factor’s move (central differences)', () => {
    // Every kind of row: stock, American option, index future, inverse future and inverse option
    // (the spec example), each position in an account of its own currency. Reference: central
    // difference of revalue() with bumps of ±1e-4 (relative) or ±1e-3 points (absolute);
    // tolerance 1e-5 relative (the O(h²) error of the difference and the gamma of the options).
    const doc = {
      ...specExample,
      positions: [
        { account: 'USD', instrument: 'AAPL 240621C00180000', quantity: -20 },
        { account: 'USD', instrument: 'AAPL', quantity: 2000 },
        { account: 'USD', instrument: 'ESM4', quantity: 3 },
        { account: 'BTC', instrument: 'BTC-28JUN24', quantity: -10000 },
        { account: 'BTC', instrument: 'BTC-28JUN24-80000-C', quantity: 25 },
      ],
    };
    const book = resolveBook(doc as Parameters<typeof resolveBook>[0]);
    const accounts = [{ id: 'USD', currency: 'USD' }, { id: 'BTC', currency: 'BTC' }];
    const selection = selectPositions(book, accounts);
    const factors = book.underlyingIds.length;
    for (const absoluteFactors of [0, 1]) {
      const absolute = new Uint8Array(factors).fill(absoluteFactors);
      const exposures = factorExposures(book, selection.account, 2, absolute);
      for (let u = 0; u < factors; u++) {
        const h = absoluteFactors ? 1e-3 : 1e-4;
        const bumps = createScenarioSet(2, factors);
        (absoluteFactors ? bumps.priceAbsolute : bumps.priceRelative)[u] = h;
        (absoluteFactors ? bumps.priceAbsolute : bumps.priceRelative)[factors + u] = -h;
        const pnl = revalue(book, bumps);
        const finite = [0, 0];
        for (let p = 0; p < book.positions.quantity.length; p++) {
          const a = selection.account[p]!;
          finite[a]! += (pnl[p * 2]! - pnl[p * 2 + 1]!) / (2 * h);
        }
        for (const a of [0, 1]) {
          const exact = exposures[a]![u]!;
          expect(Math.abs(exact - finite[a]!)).toBeLessThanOrEqual(1e-5 * Math.max(1e-9, Math.abs(exact)));
        }
      }
    }
  });

  it('is quantity × multiplier × price for linear rows', () => {
    const book = resolveBook({ asOf: '2024-03-15', instruments: [{ id: 'X', kind: 'equity', price: 40 }, { id: 'XF', kind: 'future', underlying: 'X', expiry: '2024-06-21', price: 41, multiplier: 100 }], positions: [{ account: 'A', instrument: 'X', quantity: 10 }, { account: 'A', instrument: 'XF', quantity: -2 }] });
    const [w] = factorExposures(book, selectPositions(book, [{ id: 'A', currency: 'USD' }]).account, 1, new Uint8Array(1));
    expect(Array.from(w!)).toEqual([10 * 40 - 2 * 100 * 41]);
  });
});
