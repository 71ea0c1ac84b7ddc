import { describe, expect, it } from 'vitest';
import { resolveBook } from '../../../main/engine/resolveBook.ts';
import { revalue } from '../../../main/engine/revalue.ts';
import { parallelThreshold, RevaluePool } from '../../../main/worker/revaluePool.ts';
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
