import type { PriceSeries } from '../../risk/priceSeries.ts';

/** Average daily traded value, in currency, and the days it averages. */
export interface AverageDailyVolume {
  value: number;
  days: number;
  from: string;
  to: string;
}

/**
 * The mean daily traded value over the last `days` days up to `asOf` with a positive volume:
 * the volume itself when it is in currency; volume × that day's close when it is in units
 * (shares, coins), over the days both series have. Undefined when no day qualifies.
 */
export function averageDailyVolume(volume: PriceSeries, unit: 'units' | 'currency', price: PriceSeries | undefined, asOf: string, days: number): AverageDailyVolume | undefined {
  const closeOn = unit === 'units' && price ? new Map(price.dates.map((d, i) => [d, price.closes[i]!])) : undefined;
  const values: { date: string; value: number }[] = [];
  for (let i = volume.dates.length - 1; i >= 0 && values.length < days; i--) {
    const date = volume.dates[i]!;
    const v = volume.closes[i]!;
    if (date > asOf || !(v > 0)) continue;
    if (unit === 'currency') values.push({ date, value: v });
    else {
      const close = closeOn?.get(date);
      if (close !== undefined && close > 0) values.push({ date, value: v * close });
    }
  }
  if (values.length === 0) return undefined;
  return { value: values.reduce((s, x) => s + x.value, 0) / values.length, days: values.length, from: values[values.length - 1]!.date, to: values[0]!.date };
}
