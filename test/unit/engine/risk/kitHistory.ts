import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { PriceSeries } from '../../../../main/engine/risk/priceSeries.ts';
import { readPriceHistory } from '../../../../main/importers/history/readPriceHistory.ts';
import { kitDataDir } from '../kitData.ts';

/**
 * The kit's price and vol histories (`../shared/data/SOURCES.md`, every one marked shippable)
 * and the risk-factor id each stands for: S&P 500 → SPX (SPY and the ES family map to it by the
 * user's choice later), the Deribit DVOL indices → DVOL-BTC / DVOL-ETH.
 */
export const kitHistoryFiles = [
  { file: 'prices/gspc_sp500_daily_1927_2023.csv', id: 'SPX' },
  { file: 'prices/btc-usd_daily_2015_2023.csv', id: 'BTC' },
  { file: 'prices/eth-usd_daily_2017_2023.csv', id: 'ETH' },
  { file: 'prices/aapl_daily_2015_2023.csv', id: 'AAPL' },
  { file: 'prices/wti-daily-eia.csv', id: 'WTI' },
  { file: 'prices/brent-daily-eia.csv', id: 'BRENT' },
  { file: 'prices/eurusd_x_daily_2015_2023.csv', id: 'EURUSD' },
  { file: 'prices/gold-monthly.csv', id: 'GOLD' },
  { file: 'vol/vix-daily.csv', id: 'VIX' },
  { file: 'vol/deribit_dvol_btc_daily.csv', id: 'DVOL-BTC' },
  { file: 'vol/deribit_dvol_eth_daily.csv', id: 'DVOL-ETH' },
] as const;

/** Underlying → vol index, as `resources/rules/var-default.json` maps them. */
export const kitVolIndex = { SPX: 'VIX', BTC: 'DVOL-BTC', ETH: 'DVOL-ETH' } as const;

/** Every kit history as one series named by its risk-factor id. */
export function kitHistory(): PriceSeries[] {
  return kitHistoryFiles.map(({ file, id }) => {
    const read = readPriceHistory(readFileSync(path.join(kitDataDir, file), 'utf8'));
    if (read.errors.length > 0 || read.series.length !== 1) throw new Error(`${file}: ${read.errors.length} errors, ${read.series.length} series`);
    return { ...read.series[0]!, id };
  });
}
