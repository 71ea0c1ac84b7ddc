import { describe, expect, it } from 'vitest';
import { diversificationFailureSet } from '../../../../main/engine/risk/diversificationFailureSet.ts';
import { scenarioSetSchema } from '../../../../shared/scenarioSet.ts';
import { kitHistory, kitVolIndex } from './kitHistory.ts';

describe('diversificationFailureSet', () => {
  it('moves every underlying by its own largest fall, then its own largest rise (by hand)', () => {
    const series = [
      { id: 'X', dates: ['2024-01-01', '2024-01-02', '2024-01-03', '2024-01-04'], closes: Float64Array.of(100, 80, 100, 110) },
      // Steps through zero are not relative moves: −5 → 10 and 10 → 0 are skipped.
      { id: 'CL', dates: ['2024-01-01', '2024-01-02', '2024-01-03', '2024-01-04', '2024-01-05'], closes: Float64Array.of(20, -5, 10, 12, 0) },
      { id: 'G', dates: ['1999-12', '2000-01'], closes: Float64Array.of(300, 330) },
    ];
    const set = diversificationFailureSet(series);
    expect(scenarioSetSchema.safeParse(set).success).toBe(true);
    expect(set.scenarios.map((s) => [s.id, s.shocks.map((x) => x.price!.value)])).toEqual([
      ['all-down', [-0.2, 0.2, 0.1]],
      ['all-up', [0.25, 0.2, 0.1]],
    ]);
    expect(set.description).toContain('Down: X −20.00% (2024-01-02), CL +20.00% (2024-01-04), G +10.00% (2000-01, one month).');
  });

  it('on the kit: S&P 500 −20.47% on 1987-10-19 down, +16.61% on 1933-03-15 up', () => {
    const set = diversificationFailureSet(kitHistory().filter((s) => !Object.values(kitVolIndex).includes(s.id as never)));
    const spx = (k: number) => set.scenarios[k]!.shocks.find((x) => 'underlying' in x.target && x.target.underlying === 'SPX')!.price!.value;
    // Closes 282.70 → 224.84 and 1933-03-14 → 03-15 in ../shared/data/prices/gspc_sp500_daily_1927_2023.csv (tolerance 5e-5: the quoted digits).
    expect(Math.abs(spx(0) + 0.2047)).toBeLessThan(5e-5);
    expect(Math.abs(spx(1) - 0.1661)).toBeLessThan(5e-5);
    expect(set.description).toContain('SPX −20.47% (1987-10-19)');
  });
});
