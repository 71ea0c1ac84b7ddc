import { readdirSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BenchFigures, BenchWorkload } from './benchWorkload.ts';

/**
 * `npm run bench` prints the performance figures of every workload in test/bench/workloads/;
 * `npm run -s bench -- --json [--only ID]` prints `{ "workloads": [ { "id", ... } ] }`.
 */
const args = process.argv.slice(2);
const json = args.includes('--json');
const onlyAt = args.indexOf('--only');
const only = onlyAt >= 0 ? args[onlyAt + 1] : undefined;

const folder = path.join(import.meta.dirname, 'workloads');
const workloads: BenchWorkload[] = [];
for (const file of readdirSync(folder).filter((f) => f.endsWith('.ts')).sort()) {
  const module = (await import(pathToFileURL(path.join(folder, file)).href)) as { workload?: BenchWorkload };
  if (module.workload) workloads.push(module.workload);
}
const selected = only === undefined ? workloads : workloads.filter((w) => w.id === only);
if (selected.length === 0) {
  process.stderr.write(`bench: no workload "${only ?? ''}"; workloads: ${workloads.map((w) => w.id).join(', ')}\n`);
  process.exit(2);
}

const results: (BenchFigures & { id: string })[] = [];
for (const workload of selected) {
  if (!json) process.stdout.write(`${workload.id}: ${workload.description}\n`);
  const figures = await workload.run();
  results.push({ id: workload.id, ...figures });
  if (!json) {
    for (const [name, value] of Object.entries(figures)) process.stdout.write(`  ${name.padEnd(34)} ${typeof value === 'number' ? format(value) : String(value)}\n`);
  }
}
if (json) process.stdout.write(`${JSON.stringify({ workloads: results }, null, 2)}\n`);

function format(value: number): string {
  if (Number.isInteger(value)) return value.toLocaleString('en-US');
  return Math.abs(value) >= 100 ? value.toLocaleString('en-US', { maximumFractionDigits: 1 }) : value.toPrecision(4);
}
