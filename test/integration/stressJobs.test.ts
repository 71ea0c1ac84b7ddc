import { afterEach, describe, expect, it } from 'vitest';
import type { ApiEvents } from '../../shared/api.ts';
import { largeOptionBook } from '../fixtures/largeOptionBook.ts';
import { tempServices } from './tempServices.ts';

let services: ReturnType<typeof tempServices> | undefined;
afterEach(async () => {
  await services?.dispose();
  services = undefined;
});

type Progress = ApiEvents['jobProgress'];
const progressOf = (s: NonNullable<typeof services>, kind: string) => {
  const seen: Progress[] = [];
  s.events.on('jobProgress', (p) => p.kind === kind && seen.push(p));
  return seen;
};

describe('stress runs as jobs: progress, cancellation, outcome', () => {
  it('a grid job reports progress under its id and ends with the grid asked for, each cell the sum of its drill-through', async () => {
    services = tempServices();
    const progress = progressOf(services, 'stressGrid');
    const request = { priceMoves: [-0.2, 0, 0.2], volShifts: [0, 0.5], daysForward: 7 };
    const { jobId } = await services.api.startStressGrid(request);
    const outcome = await services.api.awaitStressGrid({ jobId });
    if (outcome.status !== 'done') throw new Error(JSON.stringify(outcome));
    const grid = outcome.result;
    expect([grid.priceMoves, grid.volShifts, grid.daysForward]).toEqual([request.priceMoves, request.volShifts, 7]);
    // Cells run price move by price move, vol shift within: (−20%, +50%) is the second.
    const cell = await services.api.stressCell({ priceMove: -0.2, volShift: 0.5, daysForward: 7 });
    for (const account of grid.accounts) {
      expect(account.pnl).toHaveLength(6);
      const sum = cell.positions.filter((p) => p.account === account.id).reduce((s, p) => s + p.pnl, 0);
      expect(account.pnl[1]).toBeCloseTo(sum, 4);
    }
    expect(progress.length).toBeGreaterThan(0);
    expect(progress.every((p) => p.jobId === jobId)).toBe(true);
    expect(progress.at(-1)!.done).toBe(progress.at(-1)!.total);
    expect(await services.api.cancelJob({ jobId })).toEqual({ cancelled: false });
  });

  it('a scenario-set job ends with the P&L of every account under every scenario, or fails with the reason', async () => {
    services = tempServices();
    const progress = progressOf(services, 'stress');
    const { jobId } = await services.api.startStress({ scenarioSetId: 'price-ladder' });
    const outcome = await services.api.awaitStress({ jobId });
    if (outcome.status !== 'done') throw new Error(JSON.stringify(outcome));
    expect(outcome.result.scenarioSet.id).toBe('price-ladder');
    expect(outcome.result.accounts.map((a) => a.id)).toEqual(['DESK-A', 'DESK-B', 'DESK-C']);
    for (const account of outcome.result.accounts) expect(account.pnl).toHaveLength(outcome.result.scenarios.length);
    expect(progress.at(-1)).toMatchObject({ jobId, done: progress.at(-1)!.total });
    const failed = await services.api.awaitStress(await services.api.startStress({ scenarioSetId: 'nope' }));
    expect(failed).toEqual({ status: 'failed', message: 'scenario set "nope" is not in the library' });
  });

  it('a large grid reports progress chunk by chunk; cancelled halfway it ends "cancelled", and the next job runs', async () => {
    services = tempServices();
    await services.api.importPortfolio({ fileName: 'large.json', text: largeOptionBook(40_000, 4) });
    const progress = progressOf(services, 'stressGrid');
    let halfway: () => void = () => {};
    const started = new Promise<void>((resolve) => (halfway = resolve));
    services.events.on('jobProgress', (p) => p.kind === 'stressGrid' && p.done > 0 && halfway());
    // 61 × 41 cells: valued a few price moves at a time, each block in chunks of instrument rows.
    const priceMoves = Array.from({ length: 61 }, (_, i) => (i - 30) / 100);
    const volShifts = Array.from({ length: 41 }, (_, j) => (j - 20) / 40);
    const { jobId } = await services.api.startStressGrid({ priceMoves, volShifts, daysForward: 30 });
    await started;
    expect(await services.api.cancelJob({ jobId })).toEqual({ cancelled: true });
    expect(await services.api.awaitStressGrid({ jobId })).toEqual({ status: 'cancelled' });
    const reports = progress.filter((p) => p.jobId === jobId);
    const total = reports[0]!.total;
    expect(reports.every((p) => p.total === total)).toBe(true);
    expect(Math.max(...reports.map((p) => p.done))).toBeLessThan(total);

    const next = await services.api.startStressGrid({ priceMoves: [-0.1, 0.1], volShifts: [0] });
    expect(next.jobId).toBe(jobId + 1);
    const outcome = await services.api.awaitStressGrid(next);
    expect(outcome.status).toBe('done');
    if (outcome.status === 'done') expect(outcome.result.accounts).toHaveLength(4);
  }, 60_000);
});
