import { describe, expect, it } from 'vitest';
import { checkMoveRange, rangeMoves } from '../../../shared/moveRange.ts';
import { defaultPriceMoves, defaultVolShifts, priceMoveLimits, volShiftLimits } from '../../../shared/stressGrid.ts';

describe('checkMoveRange', () => {
  it('−30..+30 step 5 gives 13 price moves, 0 among them, each exactly the decimal typed', () => {
    const check = checkMoveRange({ from: -30, to: 30, step: 5 }, priceMoveLimits);
    expect(check).toEqual({ ok: true, moves: [-0.3, -0.25, -0.2, -0.15, -0.1, -0.05, 0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3] });
  });

  it('the desk defaults are the methodology grid (−30%..+30% × −50%..+100%)', () => {
    expect(defaultPriceMoves).toHaveLength(13);
    expect(defaultVolShifts).toEqual([-0.5, -0.25, 0, 0.25, 0.5, 0.75, 1]);
  });

  it('a single move, fractional steps, and the same percentage from different ranges', () => {
    expect(checkMoveRange({ from: -10, to: -10, step: 5 }, priceMoveLimits)).toEqual({ ok: true, moves: [-0.1] });
    expect(checkMoveRange({ from: 0, to: 0.3, step: 0.1 }, priceMoveLimits)).toEqual({ ok: true, moves: [0, 0.001, 0.002, 0.003] });
    expect(rangeMoves({ from: -30, to: 0, step: 10 })[1]).toBe(rangeMoves({ from: -30, to: 30, step: 5 })[2]);
    expect(rangeMoves({ from: -100, to: 1000, step: 55 })).toHaveLength(21);
  });

  it.each([
    [{ from: Number.NaN, to: 30, step: 5 }, 'from', 'Enter a number'],
    [{ from: -30, to: 30, step: 0 }, 'step', 'Step must be positive'],
    [{ from: -30, to: 30, step: -5 }, 'step', 'Step must be positive'],
    [{ from: -100, to: 30, step: 5 }, 'from', 'From must be at least −99%'],
    [{ from: -30, to: 1005, step: 5 }, 'to', 'To must be at most +1000%'],
    [{ from: 10, to: -10, step: 5 }, 'to', 'To must not be below From'],
    [{ from: -30, to: 30, step: 7 }, 'step', '−30%..+30% is not a whole number of 7% steps'],
    [{ from: -60, to: 60, step: 1 }, 'step', 'At most 61 price moves; this range gives 121'],
  ])('refuses %j on %s: %s', (range, field, message) => {
    expect(checkMoveRange(range, priceMoveLimits)).toEqual({ ok: false, field, message });
  });

  it('takes exactly as many moves as the limit', () => {
    expect(checkMoveRange({ from: -30, to: 30, step: 1 }, priceMoveLimits)).toMatchObject({ ok: true, moves: { length: 61 } });
  });

  it('vol shifts may go to −100% and at most 41 of them', () => {
    expect(checkMoveRange({ from: -100, to: 100, step: 5 }, volShiftLimits)).toMatchObject({ ok: true });
    expect(checkMoveRange({ from: -100, to: 110, step: 5 }, volShiftLimits)).toEqual({ ok: false, field: 'step', message: 'At most 41 vol shifts; this range gives 43' });
  });
});
