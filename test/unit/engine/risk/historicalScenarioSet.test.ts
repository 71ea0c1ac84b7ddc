import { describe, expect, it } from 'vitest';
import { historicalEpisodes, historicalScenarioSet } from '../../../../main/engine/risk/historicalScenarioSet.ts';
import type { ScenarioDocument } from '../../../../main/engine/risk/scenarioSetDocument.ts';
import { scenarioSetSchema } from '../../../../shared/scenarioSet.ts';
import { kitHistory, kitVolIndex } from './kitHistory.ts';

const history = kitHistory();
const set = historicalScenarioSet(history, kitVolIndex);
/** A kit close, as the file has it. */
const close = (id: string, date: string) => {
  const series = history.find((s) => s.id === id)!;
  return series.closes[series.dates.indexOf(date)]!;
};
const shock = (scenario: string, underlying: string) =>
  set.scenarios.find((s) => s.id === scenario)!.shocks.find((x) => 'underlying' in x.target && x.target.underlying === underlying);

describe('historicalScenarioSet on the kit histories', () => {
  it('replays every episode of the spec, in order, as a valid scenario set', () => {
    expect(set.scenarios.map((s: ScenarioDocument) => s.id)).toEqual(historicalEpisodes.map((e) => e.id));
    expect(scenarioSetSchema.safeParse(set).success).toBe(true);
  });

  it('reproduces the actual close-to-close moves in the data', () => {
    // Closes from ../shared/data (tolerance 1e-9: moves keep 10 significant digits):
    // S&P 500 1987-10-16 282.70 → 1987-10-19 224.84: −20.47% (Black Monday).
    expect(shock('black-monday-1987', 'SPX')!.price!.value).toBeCloseTo(close('SPX', '1987-10-19') / close('SPX', '1987-10-16') - 1, 9);
    expect(shock('black-monday-1987', 'SPX')!.price!.value).toBeCloseTo(-0.2047, 4);
    // S&P 500 2008-09-12 1251.70 → 2008-10-10 899.22; VIX 25.66 → 69.95.
    expect(shock('lehman-2008', 'SPX')!.price!.value).toBeCloseTo(close('SPX', '2008-10-10') / close('SPX', '2008-09-12') - 1, 9);
    expect(shock('lehman-2008', 'SPX')!.vol).toEqual({ type: 'relative', value: Number((69.95 / 25.66 - 1).toPrecision(10)) });
    // S&P 500 2020-03-06 2972.37 → 2020-03-16 2386.13 (SOURCES.md); VIX 41.94 → 82.69.
    expect(shock('covid-2020', 'SPX')!.price!.value).toBeCloseTo(close('SPX', '2020-03-16') / close('SPX', '2020-03-06') - 1, 9);
    expect(close('SPX', '2020-03-16')).toBeCloseTo(2386.13, 2);
    // BTC 2020-03-11 7911.43 → 2020-03-12 4970.79 (SOURCES.md): −37.17%.
    expect(shock('crypto-2020-03-12', 'BTC')!.price!.value).toBeCloseTo(-0.3717, 4);
    expect(close('BTC', '2020-03-12')).toBeCloseTo(4970.79, 2);
    // BTC 2022-11-07 20602.82 → 2022-11-09 15880.78 (SOURCES.md); DVOL BTC 59.48 → its 11-09 close.
    expect(shock('ftx-2022', 'BTC')!.price!.value).toBeCloseTo(close('BTC', '2022-11-09') / close('BTC', '2022-11-07') - 1, 9);
    expect(shock('ftx-2022', 'BTC')!.vol!.type).toBe('relative');
    // DVOL BTC 2021-05-18 117.01 → 2021-05-19 124.83; ETH 129.27 → 158.27.
    expect(shock('crypto-2021-05-19', 'BTC')!.vol!.value).toBeCloseTo(124.83 / 117.01 - 1, 9);
    expect(shock('crypto-2021-05-19', 'ETH')!.vol!.value).toBeCloseTo(158.27 / 129.27 - 1, 9);
  });

  it('moves WTI by absolute points on 2020-04-20, when it closed below zero', () => {
    // EIA WTI spot 2020-04-17 18.31 → 2020-04-20 −36.98: −55.29 points.
    expect(shock('wti-negative-2020', 'WTI')!.price).toEqual({ type: 'absolute', value: -55.29 });
    expect(shock('wti-negative-2020', 'BRENT')!.price!.type).toBe('relative');
  });

  it('shocks only the underlyings with daily data around each date: no BTC in 1987, no monthly gold', () => {
    expect(set.scenarios[0]!.shocks.map((x) => ('underlying' in x.target ? x.target.underlying : ''))).toEqual(['SPX', 'WTI', 'BRENT']);
    expect(shock('black-monday-1987', 'SPX')!.vol).toBeUndefined(); // VIX starts in 1990
    expect(shock('crypto-2020-03-12', 'BTC')!.vol).toBeUndefined(); // DVOL starts in 2021
    expect(set.scenarios.some((s) => s.shocks.some((x) => 'underlying' in x.target && ['GOLD', 'VIX', 'DVOL-BTC'].includes(x.target.underlying)))).toBe(false);
  });
});

describe('historicalScenarioSet on hand-made series', () => {
  it('takes the last close before the first day as base and leaves out stale or missing data', () => {
    const series = [
      { id: 'X', dates: ['2024-01-01', '2024-01-05', '2024-01-08'], closes: Float64Array.of(100, 90, 81) },
      { id: 'Y', dates: ['2023-12-01', '2024-01-08'], closes: Float64Array.of(10, 20) }, // base 38 days before: stale
    ];
    const set = historicalScenarioSet(series, {}, [
      { id: 'e1', name: 'E1', from: '2024-01-08', to: '2024-01-08' },
      { id: 'e2', name: 'E2', from: '2024-01-02', to: '2024-01-09' },
      { id: 'e3', name: 'E3', from: '2025-01-01', to: '2025-01-02' },
    ]);
    expect(set.scenarios).toEqual([
      { id: 'e1', name: 'E1 (2024-01-08)', shocks: [{ target: { underlying: 'X' }, price: { type: 'relative', value: -0.1 } }] },
      { id: 'e2', name: 'E2 (2024-01-02..2024-01-09)', shocks: [{ target: { underlying: 'X' }, price: { type: 'relative', value: -0.19 } }] },
    ]);
  });
});
