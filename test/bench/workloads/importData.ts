import { seededRandom } from '../../fixtures/seededRandom.ts';

/**
 * Workload data for the `import` benchmark: a generic broker CSV of `rows` positions (default
 * 100,000) spread over ten accounts — stocks, OSI option symbols, futures given by root and
 * expiry, and options given by strike/right/expiry columns — deterministic for a seed.
 * Every row is valid, so a run measures reading, not error reporting.
 */
export function generateImportCsv(rows = 100_000, seed = 1): string {
  const random = seededRandom(seed);
  const stocks = ['AAPL', 'MSFT', 'NVDA', 'AMZN', 'META', 'GOOGL', 'TSLA', 'JPM', 'XOM', 'SPY', 'QQQ', 'IWM'];
  const futures = ['ES', 'NQ', 'CL', 'GC', 'ZN', '6E', 'MES', 'HG'];
  const expiries = ['2025-03-21', '2025-06-20', '2025-09-19', '2025-12-19'];
  const lines = ['Account,Symbol,Quantity,Price,Expiry,Strike,Right'];
  for (let index = 0; index < rows; index++) {
    const account = `DESK-${String(index % 10).padStart(2, '0')}`;
    const quantity = Math.round((random() - 0.5) * 2000) || 1;
    const pick = <T>(items: T[]): T => items[Math.floor(random() * items.length)] as T;
    const kind = random();
    if (kind < 0.4) {
      lines.push(`${account},${pick(stocks)},${quantity},${(50 + random() * 450).toFixed(2)},,,`);
    } else if (kind < 0.7) {
      const expiry = pick(expiries);
      const strike = 50 + 5 * Math.floor(random() * 100);
      const osi = `${pick(stocks).padEnd(6, ' ')}${expiry.slice(2).replaceAll('-', '')}${random() < 0.5 ? 'C' : 'P'}${String(strike * 1000).padStart(8, '0')}`;
      lines.push(`${account},${osi},${quantity},${(random() * 20).toFixed(2)},,,`);
    } else if (kind < 0.85) {
      lines.push(`${account},${pick(futures)},${Math.round(quantity / 50) || 1},${(100 + random() * 5000).toFixed(2)},${pick(expiries)},,`);
    } else {
      const strike = 100 + 5 * Math.floor(random() * 60);
      lines.push(`${account},${pick(stocks)},${quantity},${(random() * 15).toFixed(2)},${pick(expiries)},${strike},${random() < 0.5 ? 'C' : 'P'}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

