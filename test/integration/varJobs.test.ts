import { afterEach, describe, expect, it } from 'vitest';
import { dispatchApiCall } from '../../main/services/dispatchApiCall.ts';
import { tempServices } from './tempServices.ts';

let services: ReturnType<typeof tempServices> | undefined;
afterEach(async () => {
  await services?.dispose();
  services = undefined;
});

describe('VaR runs as jobs: progress, cancellation, outcome', () => {
  it('reports progress under the job id and ends with VaR, ES and the worst date per account', async () => {
    services = tempServices();
    const progress: { jobId: number; done: number; total: number }[] = [];
    services.events.on('jobProgress', (p) => p.kind === 'var' && progress.push(p));
    const { jobId } = await services.api.runVar({ method: 'historical', confidence: 0.99, horizonDays: 1, window: 500 });
    const outcome = await services.api.awaitVarRun({ jobId });
    if (outcome.status !== 'done') throw new Error(JSON.stringify(outcome));
    const { result } = outcome;
    expect(result.ruleSet).toEqual({ id: 'var-default', version: 1 });
    expect(result.accounts.map((a) => a.id)).toEqual(['DESK-A', 'DESK-B', 'DESK-C']);
    for (const a of result.accounts) {
      expect(a.var).toBeGreaterThan(0);
      expect(a.es).toBeGreaterThanOrEqual(a.var);
      expect(a.worstDate).toMatch(/^20\d{2}-\d{2}-\d{2}$/);
      expect(a.observations).toBe(500);
    }
    expect(progress.every((p) => p.jobId === jobId)).toBe(true);
    expect(progress.at(-1)!.done).toBe(progress.at(-1)!.total);
    expect(progress.map((p) => p.done)).toEqual([...progress.map((p) => p.done)].sort((x, y) => x - y));
    // A finished job cannot be cancelled any more.
    expect(await services.api.cancelJob({ jobId })).toEqual({ cancelled: false });
  });

  it('one account only, with a Monte Carlo override of paths', async () => {
    services = tempServices();
    const { jobId } = await services.api.runVar({ account: 'DESK-C', method: 'monte-carlo', paths: 2000 });
    const outcome = await services.api.awaitVarRun({ jobId });
    if (outcome.status !== 'done') throw new Error(JSON.stringify(outcome));
    expect(outcome.result.accounts.map((a) => a.id)).toEqual(['DESK-C']);
    expect(outcome.result.accounts[0]!.observations).toBe(2000);
    expect(outcome.result.accounts[0]!.worstDate).toBeNull();
  });

  it('cancelled mid-run: ends "cancelled" with no result, progress stops short, and the next job works', async () => {
    services = tempServices();
    const progress: number[] = [];
    let total = 0;
    let cancelAt: () => void = () => {};
    const halfway = new Promise<void>((resolve) => (cancelAt = resolve));
    services.events.on('jobProgress', (p) => {
      if (p.kind !== 'var') return;
      progress.push(p.done);
      total = p.total;
      if (p.done >= 3) cancelAt();
    });
    const { jobId } = await services.api.runVar({ method: 'monte-carlo', paths: 2_000_000 });
    await halfway;
    expect(await services.api.cancelJob({ jobId })).toEqual({ cancelled: true });
    expect(await services.api.awaitVarRun({ jobId })).toEqual({ status: 'cancelled' });
    expect(total).toBe(3 * 4000);
    expect(Math.max(...progress)).toBeLessThan(total);

    const next = await services.api.runVar({ method: 'delta-normal' });
    expect(next.jobId).toBe(jobId + 1);
    const outcome = await services.api.awaitVarRun(next);
    expect(outcome.status).toBe('done');
  });

  it('validates requests and names unknown jobs', async () => {
    services = tempServices();
    expect(await dispatchApiCall(services.api, 'runVar', { method: 'guess' })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(await dispatchApiCall(services.api, 'cancelJob', { jobId: 99 })).toEqual({ ok: false, error: { code: 'not-found', message: 'no job 99' } });
    expect(await dispatchApiCall(services.api, 'awaitVarRun', { jobId: 99 })).toEqual({ ok: false, error: { code: 'not-found', message: 'no var job 99' } });
    const failed = await services.api.awaitVarRun(await services.api.runVar({ account: 'NOPE' }));
    expect(failed).toEqual({ status: 'failed', message: 'no account "NOPE" in the book' });
  });
});
