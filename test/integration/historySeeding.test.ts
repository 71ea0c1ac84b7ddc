import { afterEach, describe, expect, it } from 'vitest';
import { seedPriceHistory } from '../../main/services/seedPriceHistory.ts';
import { openStore } from '../../main/store/openStore.ts';
import { join } from 'node:path';
import { repoRoot, tempServices } from './tempServices.ts';

let services: ReturnType<typeof tempServices> | undefined;
afterEach(async () => {
  await services?.dispose();
  services = undefined;
});

const closeOn = (s: NonNullable<typeof services>, series: string, date: string) => s.store.marketData.closes(series, date, date)[0]?.close;

describe('market history shipped in resources/history', () => {
  it('is seeded into price_history on first start, mapped to the sample book’s risk factors', () => {
    services = tempServices();
    const list = services.store.marketData.seriesList();
    expect(list.map((s) => s.series)).toEqual(['AAPL', 'AAPL.volume', 'BTC', 'BTC.volume', 'DVOL-BTC', 'DVOL-ETH', 'ETH', 'ETH.volume', 'SPX', 'VIX', 'WTI']);
    const spx = list.find((s) => s.series === 'SPX')!;
    expect([spx.first, spx.last]).toEqual(['2007-01-03', '2023-12-28']);
    // Known values of the kit (../shared/data/SOURCES.md).
    expect(closeOn(services, 'SPX', '2020-03-16')).toBeCloseTo(2386.13, 2);
    expect(closeOn(services, 'WTI', '2020-04-20')).toBe(-36.98);
    expect(closeOn(services, 'VIX', '2020-03-16')).toBeCloseTo(82.69, 2);
    expect(closeOn(services, 'VIX', '2008-11-20')).toBeCloseTo(80.86, 2);
    expect(closeOn(services, 'BTC', '2020-03-12')).toBeCloseTo(4970.79, 2);
    expect(closeOn(services, 'BTC', '2022-11-09')).toBeCloseTo(15880.78, 2);
    // DVOL is written newest first in the kit; stored oldest first under its own id.
    expect(services.store.marketData.closes('DVOL-BTC')[0]).toEqual({ date: '2021-03-24', close: 95.04 });
  });

  it('seeds once per database: a second start writes nothing', () => {
    services = tempServices();
    const store = openStore(services.dbFile);
    try {
      expect(seedPriceHistory(store, join(repoRoot, 'resources'), new Date().toISOString())).toBe(0);
    } finally {
      store.close();
    }
  });
});
