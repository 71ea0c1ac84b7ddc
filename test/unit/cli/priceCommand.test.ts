import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { priceCommand } from '../../../main/cli/priceCommand.ts';
import { americanOption } from '../../../main/engine/americanOption.ts';
import { black76 } from '../../../main/engine/black76.ts';
import { specExample } from '../../fixtures/portfolios/specExample.ts';
import { runCommand, scratchFolder } from './commandHarness.ts';

const { folder, file } = scratchFolder('scanline-price-');

const run = (options: Record<string, string | true>) => runCommand(priceCommand, options);

describe('price command', () => {
  it('prints every instrument of the spec example, per one unit, in document order', async () => {
    const result = await run({ input: file('example.json', specExample) });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const { instruments } = JSON.parse(result.stdout) as { instruments: Record<string, unknown>[] };
    expect(instruments.map((i) => i.id)).toEqual(specExample.instruments.map((i) => i.id));
    for (const row of instruments) {
      for (const key of ['price', 'delta', 'gamma', 'vega', 'theta', 'rho']) expect(typeof row[key]).toBe('number');
      expect('vol' in row).toBe(true);
    }
    // The AAPL call: American (Bjerksund-Stensland, q = 0.55%), per share not per contract of 100.
    const aapl = americanOption(true, 172.62, 180, 98 / 365, 0.053, 0.053 - 0.0055, 0.215, false);
    expect(instruments[2]).toMatchObject({ price: aapl[0], delta: aapl[1], gamma: aapl[2], vega: aapl[3], theta: aapl[4], rho: aapl[5], vol: 0.215, currency: 'USD' });
    // The coin-settled call: price in BTC = Black-76 USD value / F; greeks of the USD value.
    const btc = black76(true, 70250, 80000, 105 / 365, 0, 0.62);
    expect(instruments[5]).toMatchObject({ price: (btc[0] as number) / 70250, delta: btc[1], vega: btc[3], currency: 'BTC' });
    expect(instruments[0]).toMatchObject({ id: 'SPX', price: 5117.09, delta: 1, gamma: 0, vol: null });
  });

  it('lists an instrument it cannot value with the reason', async () => {
    const doc = structuredClone(specExample);
    delete (doc.instruments[5] as { vol?: number }).vol;
    const result = await run({ input: file('novol.json', doc) });
    expect(result.code).toBe(0);
    const { instruments } = JSON.parse(result.stdout) as { instruments: Record<string, unknown>[] };
    expect(instruments[5]).toEqual({ id: 'BTC-28JUN24-80000-C', excluded: 'neither vol nor price: give one to value this option' });
  });

  it('prints a table with --format table', async () => {
    const result = await run({ input: file('table.json', specExample), format: 'table' });
    expect(result.code).toBe(0);
    const lines = result.stdout.split('\n');
    expect(lines[0]).toMatch(/^id\s+price\s+delta\s+gamma\s+vega\s+theta\s+rho\s+vol\s+currency$/);
    expect(lines).toHaveLength(1 + specExample.instruments.length);
    expect(lines[4]).toMatch(/^ESM4\s+5175.25\s+1\s+0/);
  });

  it('rejects invalid input naming the file and the JSON path, with exit code 2', async () => {
    const bad = structuredClone(specExample) as unknown as { positions: { quantity: unknown }[] };
    (bad.positions[0] as { quantity: unknown }).quantity = 'many';
    const target = file('bad.json', bad);
    const result = await run({ input: target });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(`${target}: positions[0].quantity: expected a number`);

    const notJson = await run({ input: file('broken.json', '{ "format": ') });
    expect(notJson.code).toBe(2);
    expect(notJson.stderr).toMatch(/broken\.json: \(document\): not valid JSON/);

    const missing = await run({ input: path.join(folder, 'absent.json') });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/absent\.json.*cannot be read/);

    expect((await run({})).code).toBe(2);
    expect((await run({ input: target, format: 'xml' })).code).toBe(2);
  });
});
