import { describe, expect, it } from 'vitest';
import { deskGridSettings } from '../../../shared/stressGrid.ts';
import { checkStressGridSettings, isStressGridSettings } from '../../../shared/stressGridSettings.ts';

describe('checkStressGridSettings', () => {
  it('turns the desk default into the grid request the worker defaults to', () => {
    expect(checkStressGridSettings(deskGridSettings)).toEqual({
      ok: true,
      request: { priceMoves: [-0.3, -0.25, -0.2, -0.15, -0.1, -0.05, 0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3], volShifts: [-0.5, -0.25, 0, 0.25, 0.5, 0.75, 1], daysForward: 0 },
    });
  });

  it('passes days forward through, fractions included', () => {
    const check = checkStressGridSettings({ ...deskGridSettings, daysForward: 7.5 });
    expect(check.ok && check.request.daysForward).toBe(7.5);
  });

  it('names every refused control with its reason', () => {
    expect(checkStressGridSettings({ price: { from: -30, to: 30, step: 0 }, vol: { from: -50, to: 100, step: 1 }, daysForward: 4000 })).toEqual({
      ok: false,
      errors: { 'price.step': 'Step must be positive', 'vol.step': 'At most 41 vol shifts; this range gives 151', daysForward: 'Days forward must be between 0 and 3660' },
    });
    expect(checkStressGridSettings({ ...deskGridSettings, daysForward: Number.NaN })).toEqual({ ok: false, errors: { daysForward: 'Enter a number of days' } });
    expect(checkStressGridSettings({ ...deskGridSettings, daysForward: -1 })).toMatchObject({ ok: false, errors: { daysForward: 'Days forward must be between 0 and 3660' } });
  });

  it('recognises saved settings by shape', () => {
    expect(isStressGridSettings(deskGridSettings)).toBe(true);
    expect(isStressGridSettings({ ...deskGridSettings, vol: { from: -50, to: '100', step: 25 } })).toBe(false);
    expect(isStressGridSettings({ price: deskGridSettings.price, vol: deskGridSettings.vol })).toBe(false);
    expect(isStressGridSettings(null)).toBe(false);
  });
});
