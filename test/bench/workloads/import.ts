import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readBrokerFile } from '../../../main/importers/readBrokerFile.ts';
import { EventHub } from '../../../main/services/eventHub.ts';
import { ImportService } from '../../../main/services/importService.ts';
import { openStore } from '../../../main/store/openStore.ts';
import type { ImportOutcome } from '../../../shared/importPreview.ts';
import { importRequestSchema } from '../../../shared/importRequest.ts';
import type { BenchWorkload } from '../benchWorkload.ts';
import { generateImportCsv } from './importData.ts';

const measuredRuns = 3;
const targetMs = 2000;

/**
 * The `import` command's work on a 100,000-row generic CSV (test/bench/workloads/importData.ts:
 * stocks, OSI options, futures codes and column-described options in ten accounts): read and
 * validated by the importers, planned against the book, and committed — instruments,
 * underlyings, 36k net positions, version bump and history — in one transaction into a new
 * temporary database (`ImportService.commit`, as `npm run cli -- import` runs it). Median of 3
 * runs after one warm-up, each into a fresh database; `readMedianMs` is `readBrokerFile` alone.
 */
export const workload: BenchWorkload = {
  id: 'import',
  description: 'read, validate and commit a 100,000-row generic broker CSV into a temporary database (target under 2 s)',
  async run() {
    const text = generateImportCsv();
    const read = () => readBrokerFile({ fileName: 'bench.csv', text, options: { asOf: '2025-01-02' } });
    await read();
    const readMs = await timeRuns(async () => void (await read()));

    let outcome: ImportOutcome | undefined;
    const commit = async () => {
      const dir = mkdtempSync(join(tmpdir(), 'scanline-bench-import-'));
      const store = openStore(join(dir, 'book.db'));
      try {
        const started = performance.now();
        outcome = await new ImportService(store, new EventHub()).commit(importRequestSchema.parse({ fileName: 'bench.csv', text, options: { asOf: '2025-01-02' } }));
        return performance.now() - started;
      } finally {
        store.close();
        rmSync(dir, { recursive: true, force: true });
      }
    };
    await commit();
    const commitTimes: number[] = [];
    for (let run = 0; run < measuredRuns; run++) commitTimes.push(await commit());
    const commitMs = median(commitTimes);
    if (!outcome?.written) throw new Error(`the bench file was not written: ${JSON.stringify(outcome?.errors.slice(0, 3))}`);
    return {
      rows: 100_000,
      megabytes: Number((text.length / 1e6).toFixed(2)),
      accounts: outcome.accounts.length,
      positions: outcome.positions,
      instruments: outcome.instruments,
      errors: outcome.errors.length,
      readMedianMs: Math.round(readMs),
      commitMedianMs: Math.round(commitMs),
      rowsPerSecond: Math.round(100_000 / (commitMs / 1000)),
      targetMs,
      meetsTarget: commitMs < targetMs,
    };
  },
};

async function timeRuns(run: () => Promise<void>): Promise<number> {
  const times: number[] = [];
  for (let k = 0; k < measuredRuns; k++) {
    const started = performance.now();
    await run();
    times.push(performance.now() - started);
  }
  return median(times);
}

function median(values: number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;
}
