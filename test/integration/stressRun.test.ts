import { afterEach, describe, expect, it } from 'vitest';
import { jobResult } from './jobResult.ts';
import { tempServices } from './tempServices.ts';
import { linearFuturesBook } from '../fixtures/linearFuturesBook.ts';

let services: ReturnType<typeof tempServices>;
afterEach(async () => services?.dispose());
const runStress = (scenarioSetId: string) => jobResult(services.api.startStress({ scenarioSetId }), services.api.awaitStress);

describe('stress run as a job on the worker', () => {
  it('values the sample book under the price ladder; linear P&L matches quantity × multiplier × price × move', async () => {
    services = tempServices();
    const result = await runStress('price-ladder');
    expect(result.scenarios.map((s) => s.id)).toContain('px-10');
    const desk = result.accounts.find((a) => a.id === 'DESK-B')!;
    const unchanged = result.scenarios.findIndex((s) => s.id === 'px+0');
    expect(desk.pnl[unchanged]).toBeCloseTo(0, 6);
    expect(result.excluded).toEqual([]);
    // Short calls and long puts: DESK-A loses most when prices fall 30%.
    expect(result.accounts.find((a) => a.id === 'DESK-A')!.worst!.id).toBe('px-30');
  });

  it('linear P&L is quantity × multiplier × price × move (by hand)', async () => {
    services = tempServices();
    const doc = linearFuturesBook();
    await services.api.importPortfolio({ fileName: 'linear.json', text: JSON.stringify(doc) });
    const result = await runStress('price-ladder');
    const at = (id: string) => result.accounts[0]!.pnl[result.scenarios.findIndex((s) => s.id === id)]!;
    const exposure = 12 * 50 * 5175.25 - 8 * 1000 * 81.04;
    expect(at('px-10')).toBeCloseTo(-0.1 * exposure, 6);
    expect(at('px+30')).toBeCloseTo(0.3 * exposure, 6);
  });

  it('refuses an unknown scenario set with a clear error', async () => {
    services = tempServices();
    await expect(runStress('nope')).rejects.toThrow('scenario set "nope" is not in the library');
  });
});
