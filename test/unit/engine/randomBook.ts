import { seededRandom } from '../../fixtures/seededRandom.ts';
import type { Instrument } from '../../../shared/instrument.ts';
import type { Position } from '../../../shared/portfolioDocument.ts';
import type { BookInput } from '../../../main/engine/resolveBook.ts';
import { createScenarioSet, type ScenarioSet } from '../../../main/engine/scenarioSet.ts';

/**
 * A book with every kind the engine values: stocks with yields, an index with futures, a coin
 * with inverse futures and inverse options, a WTI future at a negative price, European and
 * American calls and puts on spot and on futures, options expiring today and within the
 * scenarios' horizon, calls and puts sharing strikes; positions in several accounts,
 * including huge, fractional and zero quantities.
 */
export function randomBook(seed: number): BookInput {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const instruments: Instrument[] = [
    { id: 'AAA', kind: 'equity', price: 120, dividendYield: 0.02 },
    { id: 'BBB', kind: 'etf', price: 45.5 },
    { id: 'IDX', kind: 'index', price: 5000, dividendYield: 0.015 },
    { id: 'IDX-JUN', kind: 'future', underlying: 'IDX', expiry: '2024-06-21', price: 5040, multiplier: 50 },
    { id: 'IDX-SEP', kind: 'future', underlying: 'IDX', expiry: '2024-09-20', price: 5085, multiplier: 50 },
    { id: 'BTC-JUN', kind: 'future', underlying: 'BTC', expiry: '2024-06-28', price: 70250, settlement: 'inverse', currency: 'BTC' },
    { id: 'BTC-PERP', kind: 'perpetual', underlying: 'BTC', price: 69900, settlement: 'inverse', currency: 'BTC', multiplier: 10 },
    { id: 'CL-MAY', kind: 'future', expiry: '2024-04-19', price: -37.63, multiplier: 1000 },
    { id: 'CL-JUN', kind: 'future', underlying: 'CL-MAY', expiry: '2024-05-20', price: 18.5, multiplier: 1000 },
  ];
  const underlyings = [
    { id: 'AAA', level: 120, inverse: false },
    { id: 'BBB', level: 45.5, inverse: false },
    { id: 'IDX', level: 5000, inverse: false },
    { id: 'IDX-JUN', level: 5040, inverse: false },
    { id: 'IDX-SEP', level: 5085, inverse: false },
    { id: 'BTC-JUN', level: 70250, inverse: true },
    { id: 'CL-JUN', level: 18.5, inverse: false },
  ];
  const expiries = ['2024-03-15', '2024-03-22', '2024-04-19', '2024-06-21'];
  for (let k = 0; k < 60; k++) {
    const u = pick(underlyings);
    const strike = Number((u.level * (0.6 + 0.8 * random())).toPrecision(3));
    const expiry = u.id === 'CL-JUN' ? pick(expiries.slice(0, 3)) : pick(expiries);
    const vol = pick([0.12, 0.25, 0.4, 0.8]);
    for (const right of random() < 0.7 ? (['call', 'put'] as const) : [pick(['call', 'put'] as const)]) {
      instruments.push({
        id: `${u.id} ${expiry} ${strike} ${right} ${k}`,
        kind: 'option',
        underlying: u.id,
        right,
        strike,
        expiry,
        vol,
        multiplier: pick([1, 10, 100]),
        exercise: !u.inverse && random() < 0.3 ? 'american' : 'european',
        ...(u.inverse ? { settlement: 'inverse' as const } : {}),
      });
    }
  }
  const positions: Position[] = [];
  for (const account of ['A', 'B', 'C']) {
    for (const inst of instruments) {
      if (random() < 0.5) continue;
      const quantity = pick([1, -1, 3, -25, 0.5, 0, 1e12, -7]);
      positions.push({ account, instrument: inst.id, quantity });
    }
  }
  return { asOf: '2024-03-15', instruments, positions, market: { rates: { USD: 0.053, BTC: 0 } } };
}

/**
 * Scenarios mixing every shock the engine takes: relative and absolute price moves (down to
 * zero and below), relative and absolute vol shifts (down to zero vol), days forward past some
 * expiries, and one scenario that moves nothing.
 */
export function randomScenarios(seed: number, count: number, factors: number): ScenarioSet {
  const random = seededRandom(seed);
  const set = createScenarioSet(count, factors);
  for (let s = 1; s < count; s++) {
    set.daysForward[s] = [0, 0, 1, 7, 30, 60][Math.floor(random() * 6)] as number;
    for (let u = 0; u < factors; u++) {
      const cell = s * factors + u;
      const kind = random();
      if (kind < 0.6) set.priceRelative[cell] = -0.5 + random();
      else if (kind < 0.8) set.priceAbsolute[cell] = (random() - 0.5) * 100;
      else if (kind < 0.9) set.priceRelative[cell] = -1;
      else set.priceRelative[cell] = -1.5 * random();
      if (random() < 0.5) set.volRelative[cell] = -1 + 3 * random();
      else set.volAbsolute[cell] = (random() - 0.5) * 0.4;
    }
  }
  return set;
}
