import { afterEach, describe, expect, it } from 'vitest';
import { WorkerHost } from '../../../main/worker/workerHost.ts';
import { JobCancelledError } from '../../../main/worker/jobProtocol.ts';

const entry = new URL('../../fixtures/testJobsWorker.ts', import.meta.url);
let host: WorkerHost;
afterEach(async () => host?.close());

describe('WorkerHost', () => {
  it('returns a job result', async () => {
    host = new WorkerHost({ entry });
    await expect(host.run('echo', { a: [1, 2] })).resolves.toEqual({ a: [1, 2] });
  });

  it('fails only the job whose handler throws', async () => {
    host = new WorkerHost({ entry });
    await expect(host.run('fail', null)).rejects.toThrow('bad input in job');
    await expect(host.run('echo', 5)).resolves.toBe(5);
    expect(host.workersStarted).toBe(1);
  });

  it('reports progress in order', async () => {
    host = new WorkerHost({ entry });
    const seen: number[] = [];
    const result = await host.run('count', { steps: 5, msPerStep: 1 }, { onProgress: (p) => seen.push(p.done / p.total) });
    expect(result).toBe(5);
    expect(seen).toEqual([0.2, 0.4, 0.6, 0.8, 1]);
  });

  it('cancels a running job and runs the next one on the same worker', async () => {
    host = new WorkerHost({ entry });
    const controller = new AbortController();
    const running = host.run('count', { steps: 1000, msPerStep: 5 }, { signal: controller.signal, onProgress: () => controller.abort() });
    await expect(running).rejects.toBeInstanceOf(JobCancelledError);
    await expect(host.run('echo', 'next')).resolves.toBe('next');
    expect(host.workersStarted).toBe(1);
  });

  it('cancels a queued job before it starts', async () => {
    host = new WorkerHost({ entry });
    const first = host.run('count', { steps: 3, msPerStep: 20 });
    const controller = new AbortController();
    const queued = host.run('echo', 'never', { signal: controller.signal });
    controller.abort();
    await expect(queued).rejects.toBeInstanceOf(JobCancelledError);
    await expect(first).resolves.toBe(3);
  });

  it('replaces a worker that ignores cancellation', async () => {
    host = new WorkerHost({ entry, cancelGraceMs: 50 });
    const controller = new AbortController();
    const stuck = host.run('ignoreCancel', 5000, { signal: controller.signal });
    setTimeout(() => controller.abort(), 20);
    await expect(stuck).rejects.toBeInstanceOf(JobCancelledError);
    const started = Date.now();
    await expect(host.run('echo', 'fresh')).resolves.toBe('fresh');
    expect(Date.now() - started).toBeLessThan(3000);
    expect(host.workersStarted).toBe(2);
  });

  it('fails the job with a clear error when the worker crashes mid-job, and the next job works', async () => {
    host = new WorkerHost({ entry });
    await expect(host.run('crash', null)).rejects.toThrow(/engine worker crashed: segfault stand-in while running job 1 \(crash\)/);
    await expect(host.run('exit', null)).rejects.toThrow(/stopped unexpectedly \(exit code 7\) while running job 2/);
    await expect(host.run('echo', 'alive')).resolves.toBe('alive');
    expect(host.workersStarted).toBe(3);
  });

  it('refuses work after close and fails what was pending', async () => {
    host = new WorkerHost({ entry });
    const pending = expect(host.run('count', { steps: 100, msPerStep: 10 })).rejects.toThrow('closed');
    await host.close();
    await pending;
    await expect(host.run('echo', 1)).rejects.toThrow('closed');
  });
});
