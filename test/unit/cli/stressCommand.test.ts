import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { stressCommand } from '../../../main/cli/stressCommand.ts';
import { blackScholesMerton } from '../../../main/engine/blackScholesMerton.ts';
import { PRICE } from '../../../main/engine/valuationFields.ts';
import { specExample } from '../../fixtures/portfolios/specExample.ts';
import { runCommand, scratchFolder } from './commandHarness.ts';

const { folder, file } = scratchFolder('scanline-stress-');
const resources = path.resolve(import.meta.dirname, '../../../resources/scenarios');

const run = (options: Record<string, string | true>) => runCommand(stressCommand, options);

const portfolio = {
  format: 'scanline.portfolio/1',
  asOf: '2024-03-15',
  accounts: [{ id: 'A' }, { id: 'B' }],
  instruments: [
    { id: 'XYZ', kind: 'equity', price: 50 },
    { id: 'XYZ C50', kind: 'option', underlying: 'XYZ', right: 'call', strike: 50, expiry: '2024-06-21', vol: 0.3, multiplier: 100 },
    { id: 'BTC-PERP', kind: 'perpetual', underlying: 'BTC', price: 70000, settlement: 'inverse' },
  ],
  market: { rates: { USD: 0.05, BTC: 0 } },
  positions: [
    { account: 'A', instrument: 'XYZ', quantity: 100 },
    { account: 'B', instrument: 'XYZ C50', quantity: -2 },
    { account: 'B', instrument: 'BTC-PERP', quantity: 1 },
  ],
};
const scenarios = {
  format: 'scanline.scenarios/1',
  id: 'desk-shocks',
  name: 'Desk shocks',
  version: 3,
  scenarios: [
    { id: 'down10', name: 'XYZ −10%', shocks: [{ target: { underlying: 'XYZ' }, price: { type: 'relative', value: -0.1 } }] },
    { id: 'set40', name: 'XYZ at 40, vol +10 points', shocks: [{ target: { underlying: 'XYZ' }, price: { type: 'set', value: 40 }, vol: { type: 'points', value: 10 } }] },
    { id: 'up5', name: 'Everything +5%, 7 days on', daysForward: 7, shocks: [{ target: { all: true }, price: { type: 'relative', value: 0.05 } }, { target: { underlying: 'ZZZ' }, price: { type: 'relative', value: 1 } }] },
  ],
};

describe('stress command', () => {
  it('prints every account’s P&L under every scenario and its worst, gains positive (by hand)', async () => {
    const result = await run({ input: file('p.json', portfolio), scenarios: file('s.json', scenarios) });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const out = JSON.parse(result.stdout);
    expect(Object.keys(out).slice(0, 2)).toEqual(['scenarioSet', 'accounts']);
    expect(out.scenarioSet).toEqual({ id: 'desk-shocks', version: 3 });
    // A: 100 shares at 50 → −500, −1,000, +250 (tolerance 1e-9).
    const a = out.accounts[0];
    expect(a.scenarios.map((s: { id: string }) => s.id)).toEqual(['down10', 'set40', 'up5']);
    [-500, -1000, 250].forEach((x, k) => expect(a.scenarios[k].pnl).toBeCloseTo(x, 9));
    expect(a.worst.id).toBe('set40');
    expect(a.worst.pnl).toBeCloseTo(-1000, 9);
    // B: −2 calls × 100 repriced with Black-Scholes-Merton (T = 98/365, r = 5%, q = 0), by scenario;
    // the inverse BTC perpetual settles in BTC, not in B's USD: excluded. Tolerance 1e-8 (rounding).
    const call = (S: number, days: number, sigma: number) => blackScholesMerton(true, S, 50, days / 365, 0.05, 0, sigma)[PRICE]!;
    const base = call(50, 98, 0.3);
    const expected = [call(45, 98, 0.3), call(40, 98, 0.4), call(52.5, 91, 0.3)].map((v) => -200 * (v - base));
    expected.forEach((x, k) => expect(Math.abs(out.accounts[1].scenarios[k].pnl - x)).toBeLessThan(1e-8));
    expect(out.accounts[1].excluded).toEqual([{ position: 2, instrument: 'BTC-PERP', reason: 'settles in BTC; the account is in USD' }]);
    expect(out.warnings).toEqual(['scenario "up5": the book holds nothing on "ZZZ"']);
  });

  it('runs the shipped scenario library on the spec example', async () => {
    const input = file('spec.json', specExample);
    for (const name of ['historical-replays.json', 'diversification-failure.json', 'price-vol-grid.json']) {
      const result = await run({ input, scenarios: path.join(resources, name) });
      expect(result.code).toBe(0);
      const out = JSON.parse(result.stdout);
      expect(out.scenarioSet.version).toBeNull();
      expect(out.accounts[0].scenarios.length).toBeGreaterThan(0);
    }
    // Black Monday on 2,000 AAPL shares short 20 calls: AAPL has no 1987 history, so nothing moves.
    const replay = JSON.parse((await run({ input, scenarios: path.join(resources, 'historical-replays.json') })).stdout);
    expect(replay.accounts[0].scenarios[0]).toEqual({ id: 'black-monday-1987', pnl: 0 });
  });

  it('prints a table with --format table', async () => {
    const result = await run({ input: file('p.json', portfolio), scenarios: file('s.json', scenarios), format: 'table' });
    expect(result.code).toBe(0);
    expect(result.stdout.split('\n')[1]).toMatch(/^scenario\s+A \(USD\)\s+B \(USD\)$/);
    expect(result.stdout.split('\n')).toHaveLength(6); // title, header, rule, 3 scenarios
  });

  it('refuses an invalid scenario set with exit 2, naming the JSON path', async () => {
    const bad = structuredClone(scenarios);
    (bad.scenarios[0]!.shocks[0]!.price as { type: string }).type = 'percent';
    const result = await run({ input: file('p.json', portfolio), scenarios: file('bad.json', bad) });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(`${path.join(folder, 'bad.json')}: scenarios[0].shocks[0].price.type: expected "relative", "absolute" or "set"`);
    const json = await run({ input: file('p.json', portfolio), scenarios: file('broken.json', '{ "format": ') });
    expect(json.code).toBe(2);
    expect(json.stderr).toContain('broken.json: (document): not valid JSON');
    expect((await run({ input: file('p.json', portfolio) })).stderr).toBe('--scenarios: (option): expected a file path');
  });
});
