import { afterEach, describe, expect, it } from 'vitest';
import { dispatchApiCall } from '../../main/services/dispatchApiCall.ts';
import type { ApiEvents } from '../../shared/api.ts';
import { largeOptionBook } from '../fixtures/largeOptionBook.ts';
import { jobResult } from './jobResult.ts';
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
    const cell = await jobResult(services.api.startStressCell({ priceMove: -0.2, volShift: 0.5, daysForward: 7 }), services.api.awaitStressCell);
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

  it('a drill-through job answers what the direct call did: every position of the sample book under (−30%, +100%)', async () => {
    services = tempServices();
    const progress = progressOf(services, 'stressCell');
    const { jobId } = await services.api.startStressCell({ priceMove: -0.3, volShift: 1 });
    const outcome = await services.api.awaitStressCell({ jobId });
    if (outcome.status !== 'done') throw new Error(JSON.stringify(outcome));
    const cell = outcome.result;
    expect([cell.priceMove, cell.volShift, cell.daysForward, cell.bookVersion, cell.excluded]).toEqual([-0.3, 1, 0, 1, []]);
    // The figures the direct `stressCell` call answered before the drill-through became a job.
    expect(cell.positions).toHaveLength(22);
    const sums = Object.fromEntries(['DESK-A', 'DESK-B', 'DESK-C'].map((a) => [a, cell.positions.filter((p) => p.account === a).reduce((s, p) => s + p.pnl, 0)]));
    expect(sums['DESK-A']).toBeCloseTo(-4_459_589.6075, 3);
    expect(sums['DESK-B']).toBeCloseTo(251_130.8112, 3);
    expect(sums['DESK-C']).toBeCloseTo(2_819.8841, 3);
    // A future is linear: 12 × 50 × 5,175.25 × −30% whatever the vol (as test/e2e/heatmap.spec.ts reads it on screen).
    expect(cell.positions.find((p) => p.account === 'DESK-B' && p.instrument === 'ESM4')!.pnl).toBeCloseTo(12 * 50 * 5175.25 * -0.3, 6);
    expect(cell.positions.slice(0, 2).map((p) => [p.positionId, p.instrument])).toEqual([
      [5, 'AAPL'],
      [6, 'AAPL 240621C00180000'],
    ]);
    expect(progress.at(-1)).toEqual({ jobId, kind: 'stressCell', done: 22, total: 22 });
    expect(await services.api.cancelJob({ jobId })).toEqual({ cancelled: false });

    // The start call checks its request as the direct call did (a price stays positive); the direct call is gone.
    const refused = await dispatchApiCall(services.api, 'startStressCell', { priceMove: -1.5, volShift: 0 }, () => {});
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid-input', message: expect.stringMatching(/^startStressCell: priceMove: /) } });
    expect(await dispatchApiCall(services.api, 'stressCell', { priceMove: -0.3, volShift: 1 }, () => {})).toMatchObject({ ok: false, error: { code: 'unknown-method' } });
  });

  it('a drill-through on a large book reports progress chunk by chunk; cancelled halfway it ends "cancelled", and the next one lists every position', async () => {
    services = tempServices();
    await services.api.importPortfolio({ fileName: 'large.json', text: largeOptionBook(50_000, 2) });
    // The margin run the import starts is stored from the main thread; once it is, progress is heard as it comes.
    await services.margin.whenIdle();
    const progress = progressOf(services, 'stressCell');
    let halfway: () => void = () => {};
    const started = new Promise<void>((resolve) => (halfway = resolve));
    services.events.on('jobProgress', (p) => p.kind === 'stressCell' && p.done > 0 && halfway());
    const request = { priceMove: -0.3, volShift: 1, daysForward: 30 };
    const { jobId } = await services.api.startStressCell(request);
    await started;
    expect(await services.api.cancelJob({ jobId })).toEqual({ cancelled: true });
    expect(await services.api.awaitStressCell({ jobId })).toEqual({ status: 'cancelled' });
    const reports = progress.filter((p) => p.jobId === jobId);
    expect(reports.every((p) => p.total === 50_000)).toBe(true);
    expect(Math.max(...reports.map((p) => p.done))).toBeLessThan(50_000);

    const next = await services.api.startStressCell(request);
    expect(next.jobId).toBe(jobId + 1);
    const outcome = await services.api.awaitStressCell(next);
    if (outcome.status !== 'done') throw new Error(JSON.stringify(outcome));
    expect(outcome.result.positions).toHaveLength(50_000);
    expect(new Set(outcome.result.positions.map((p) => p.account))).toEqual(new Set(['LOAD-0', 'LOAD-1']));
    // Positions are valued and listed in chunks: the count rises report by report up to every position.
    const done = progress.filter((p) => p.jobId === next.jobId).map((p) => p.done);
    expect(done.length).toBeGreaterThan(10);
    expect(done).toEqual([...done].sort((x, y) => x - y));
    expect(done.at(-1)).toBe(50_000);
  }, 60_000);
});
