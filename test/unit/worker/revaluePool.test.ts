import { describe, expect, it } from 'vitest';
import { resolveBook } from '../../../main/engine/resolveBook.ts';
import { revalue } from '../../../main/engine/revalue.ts';
import { JobCancelledError } from '../../../main/worker/jobProtocol.ts';
import { parallelThreshold, RevaluePool } from '../../../main/worker/revaluePool.ts';
import { recordingJob } from '../../fixtures/recordingJob.ts';
import { randomBook, randomScenarios } from '../engine/randomBook.ts';

const entry = new URL('../../../main/worker/revalueSliceWorker.ts', import.meta.url);

describe('RevaluePool', () => {
  it('splits a large run across threads and gives exactly the single-thread matrix', async () => {
    const book = resolveBook(randomBook(11));
    const count = Math.ceil(parallelThreshold / book.positions.quantity.length) + 1;
    const scenarios = randomScenarios(5, count, book.underlyingIds.length);
    const pool = new RevaluePool(entry, 3);
    try {
      const parallel = await pool.revalue(book, scenarios);
      expect(parallel.length).toBeGreaterThanOrEqual(parallelThreshold);
      expect(Array.from(parallel)).toEqual(Array.from(revalue(book, scenarios)));
      // A second run reuses the same threads.
      expect(Array.from(await pool.revalue(book, scenarios))).toEqual(Array.from(parallel));
    } finally {
      await pool.close();
    }
  }, 60_000);

  it('keeps small runs on the calling thread', async () => {
    const book = resolveBook(randomBook(3));
    const scenarios = randomScenarios(2, 4, book.underlyingIds.length);
    const pool = new RevaluePool(entry, 2);
    expect(Array.from(await pool.revalue(book, scenarios))).toEqual(Array.from(revalue(book, scenarios)));
    await pool.close();
  });
});

describe('RevaluePool progress and cancellation', () => {
  const book = resolveBook(randomBook(11));
  const rows = book.instruments.id.length;
  const scenarios = randomScenarios(5, Math.ceil(parallelThreshold / book.positions.quantity.length) + 1, book.underlyingIds.length);
  let whole: number[] | undefined;
  const expected = () => (whole ??= Array.from(revalue(book, scenarios)));

  it.each([1, 3])('reports instrument rows valued chunk by chunk (%i thread(s)), ending at all rows', async (threads) => {
    const pool = new RevaluePool(entry, threads);
    try {
      const { reports, context } = recordingJob();
      expect(Array.from(await pool.revalue(book, scenarios, context))).toEqual(expected());
      expect(reports.length).toBeGreaterThan(4);
      expect(reports.every(([, total]) => total === rows)).toBe(true);
      expect(reports.map(([done]) => done)).toEqual(reports.map(([done]) => done).sort((x, y) => x - y));
      expect(reports.at(-1)).toEqual([rows, rows]);
    } finally {
      await pool.close();
    }
  }, 60_000);

  it.each([1, 3])('a cancelled job takes no further chunk and throws (%i thread(s)); the next run is whole', async (threads) => {
    const pool = new RevaluePool(entry, threads);
    try {
      const { reports, context } = recordingJob(2);
      await expect(pool.revalue(book, scenarios, context)).rejects.toBeInstanceOf(JobCancelledError);
      expect(Math.max(...reports.map(([done]) => done))).toBeLessThan(rows);
      expect(Array.from(await pool.revalue(book, scenarios))).toEqual(expected());
    } finally {
      await pool.close();
    }
  }, 60_000);
});
