import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { varCommand } from '../../../main/cli/varCommand.ts';
import { varRulesSchema } from '../../../shared/rules/varRules.ts';
import { kitDataDir } from '../engine/kitData.ts';
import { runCommand, scratchFolder } from './commandHarness.ts';

const fixtures = path.resolve(import.meta.dirname, '../../fixtures/history');
const shippedDefault = path.resolve(import.meta.dirname, '../../../resources/rules/var-default.json');
const { folder, file } = scratchFolder('scanline-var-');
// The command's default rule set is rootDir/resources/rules/var-default.json: a root holding the default.
const rootDir = path.join(folder, 'root');
mkdirSync(path.join(rootDir, 'resources', 'rules'), { recursive: true });
copyFileSync(shippedDefault, path.join(rootDir, 'resources', 'rules', 'var-default.json'));

const run = (options: Record<string, string | true>) => runCommand(varCommand, options, rootDir);

// 10 SPX index units and a short SPX call in a USD account; the wide history
// test/fixtures/history/wide.csv (SPX, BTC, VIX closes, 2024-01-02..08, hand-written).
const portfolio = {
  format: 'scanline.portfolio/1',
  asOf: '2024-01-08',
  accounts: [{ id: 'DESK-A', equity: 1_000_000 }, { id: 'COIN', currency: 'BTC' }],
  instruments: [
    { id: 'SPX', kind: 'index', price: 4763.54 },
    { id: 'SPX C4800', kind: 'option', underlying: 'SPX', right: 'call', strike: 4800, expiry: '2024-03-15', vol: 0.13, multiplier: 100 },
    { id: 'BTC-PERP', kind: 'perpetual', underlying: 'BTC', price: 46970.5, settlement: 'inverse' },
  ],
  market: { rates: { USD: 0.05, BTC: 0 } },
  positions: [
    { account: 'DESK-A', instrument: 'SPX', quantity: 10 },
    { account: 'COIN', instrument: 'BTC-PERP', quantity: 1000 },
  ],
};
const input = file('p.json', portfolio);
const history = path.join(fixtures, 'wide.csv');

describe('var command', () => {
  it('prints VaR and ES per account in the spec’s shape, losses positive (by hand)', async () => {
    // SPX closes 4742.83, 4704.81, 4688.68, 4697.24, 4763.54 → returns −0.80165%, −0.34283%,
    // +0.18257%, +1.41146%; P&L of 10 units at 4763.54: −381.87, −163.31, +86.97, +672.37.
    // 75% of 4: m = 1 → VaR = ES = the largest loss, on 2024-01-03 (tolerance 1e-9).
    const result = await run({ input, history, confidence: '0.75' });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const out = JSON.parse(result.stdout);
    expect(Object.keys(out).slice(0, 5)).toEqual(['method', 'confidence', 'horizonDays', 'observations', 'accounts']);
    expect(out).toMatchObject({ method: 'historical', confidence: 0.75, horizonDays: 1, observations: 4, ruleSet: { id: 'var-default' } });
    const desk = out.accounts[0];
    expect(Object.keys(desk).slice(0, 4)).toEqual(['id', 'var', 'es', 'worstDate']);
    const loss = -10 * 4763.54 * (4704.81 / 4742.83 - 1);
    expect(desk.var).toBeCloseTo(loss, 9);
    expect(desk.es).toBeCloseTo(loss, 9);
    expect(desk).toMatchObject({ id: 'DESK-A', worstDate: '2024-01-03', currency: 'USD', excluded: [] });
    // The coin account: an inverse BTC perpetual, P&L in BTC, moved by the BTC column on the
    // dates every held factor shares (the weekdays: SPX has no weekend closes).
    expect(out.accounts[1]).toMatchObject({ id: 'COIN', currency: 'BTC' });
    expect(out.accounts[1].var).toBeGreaterThan(0);
    expect(out.factors).toEqual([
      { id: 'SPX', series: 'SPX', returns: 'relative', volIndex: null },
      { id: 'BTC', series: 'BTC', returns: 'relative', volIndex: null },
    ]);
  });

  it('reprices options with the vol index of the default mapping (SPX → VIX)', async () => {
    const doc = { ...portfolio, positions: [...portfolio.positions, { account: 'DESK-A', instrument: 'SPX C4800', quantity: -2 }] };
    const result = await run({ input: file('options.json', doc), history, confidence: '0.75', window: '3' });
    expect(result.code).toBe(0);
    const out = JSON.parse(result.stdout);
    expect(out.factors[0]).toEqual({ id: 'SPX', series: 'SPX', returns: 'relative', volIndex: 'VIX' });
    expect(out.observations).toBe(3);
    expect(out.daysForward).toBe(1);
  });

  it('takes --method, --horizon and --window, and prints a table with --format table', async () => {
    const mc = JSON.parse((await run({ input, history, method: 'monte-carlo', horizon: '2' })).stdout);
    expect(mc).toMatchObject({ method: 'monte-carlo', horizonDays: 2, observations: 10000 });
    const table = await run({ input, history, format: 'table' });
    expect(table.code).toBe(0);
    expect(table.stdout.split('\n')[1]).toMatch(/^account\s+currency\s+var\s+es\s+worstDate\s+observations\s+excluded$/);
    expect(table.stdout).toContain('DESK-A');
  });

  it('refuses invalid input with exit 2, naming the file and line or JSON path', async () => {
    const errors = await run({ input, history: path.join(fixtures, 'errors.csv') });
    expect(errors.code).toBe(2);
    expect(errors.stderr.split('\n')[0]).toBe(`${path.join(fixtures, 'errors.csv')}: line 3: expected a date as YYYY-MM-DD (or YYYY-MM for a monthly series), got "2024-13-01"`);
    expect(errors.stderr.split('\n')).toHaveLength(5);

    const long = await run({ input, history: path.join(kitDataDir, 'prices/wti-daily-eia.csv') });
    expect(long.code).toBe(2);
    expect(long.stderr).toContain('line 1: expected the wide form "date,<instrument id>,…" (one close column per instrument), found the price layout');

    const bad = { ...portfolio, positions: [{ account: 'DESK-A', instrument: 'SPX', quantity: 'ten' }] };
    const document = await run({ input: file('bad.json', bad), history });
    expect(document.code).toBe(2);
    expect(document.stderr).toContain('positions[0].quantity: expected a number');

    expect(await run({ input, history, confidence: '1.5' })).toMatchObject({ code: 2, stderr: '--confidence: (option): expected a confidence level below 1' });
    expect(await run({ input, history, horizon: 'two' })).toMatchObject({ code: 2, stderr: '--horizon: (option): expected a number, got "two"' });
    expect(await run({ input, history, method: 'guess' })).toMatchObject({ code: 2 });
    expect((await run({ input })).stderr).toBe('--history: (option): expected a file path');
    const rules = await run({ input, history, rules: file('rules.json', { format: 'scanline.rules/1', id: 'x', name: 'x', method: 'var', effectiveDate: '2024-01-01', parameters: { method: 'historical' } }) });
    expect(rules.code).toBe(2);
    expect(rules.stderr).toContain('parameters.confidence');

    const short = await run({ input, history, horizon: '10' });
    expect(short.code).toBe(2);
    expect(short.stderr).toContain('historical VaR needs at least 10 daily returns');
  });

  it('ships a default rule set that validates', () => {
    expect(varRulesSchema.safeParse(JSON.parse(readFileSync(shippedDefault, 'utf8'))).success).toBe(true);
  });
});
