/** Figures one workload reports: counts, milliseconds and rates, flat so `--json` stays easy to read. */
export type BenchFigures = Record<string, number | string | boolean>;

/**
 * One benchmark. Each file in test/bench/workloads/ exports one as `workload`, with `id` equal
 * to the file name; `npm run bench` finds them there, so adding a workload is adding a file.
 */
export interface BenchWorkload {
  id: string;
  description: string;
  run(): Promise<BenchFigures>;
}
