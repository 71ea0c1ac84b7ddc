import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ImportResult } from '../../../shared/importResult.ts';
import { instrumentSchema } from '../../../shared/instrument.ts';
import { readBrokerFile } from '../../../main/importers/readBrokerFile.ts';
import { fixturePath, readFixture, readKitFile } from './readFixture.ts';
import { seededRandom } from '../../fixtures/seededRandom.ts';

function listFixtures(folder: string, prefix = ''): string[] {
  return readdirSync(folder).flatMap((name) => {
    const full = path.join(folder, name);
    if (statSync(full).isDirectory()) return listFixtures(full, `${prefix}${name}/`);
    return name.endsWith('.md') ? [] : [`${prefix}${name}`];
  });
}

const corpus: { name: string; text: string }[] = [
  ...listFixtures(fixturePath('.')).map((name) => ({ name, text: readFixture(name) })),
  ...['activity_daily_portfolio.xml', 'activity_options.xml', 'activity_futures.xml'].map((name) => ({ name, text: readKitFile(`ibflex/${name}`) })),
  { name: 'ib/transactions.csv', text: readKitFile('ib/ibkr_transaction_history_cgtcalc_test.csv') },
];

const palette = [',', ';', '\t', '"', '\n', '\r\n', '<', '>', '/', '{', '}', '[', ']', ':', '-', '.', '0', '7', '9', ' ', 'A', 'Z', 'x', '\uFEFF', "'", '(', '=', 'é', '\u0000'];

type Mutation = (text: string, random: () => number) => string;
const pick = <T,>(items: readonly T[], random: () => number): T => items[Math.floor(random() * items.length)] as T;
const at = (text: string, random: () => number) => Math.floor(random() * (text.length + 1));

const mutations: Record<string, Mutation> = {
  editBytes: (text, random) => {
    let out = text;
    for (let edits = 1 + Math.floor(random() * 5); edits > 0; edits--) {
      const index = at(out, random);
      const choice = random();
      if (choice < 0.4) out = out.slice(0, index) + pick(palette, random) + out.slice(index + 1);
      else if (choice < 0.7) out = out.slice(0, index) + pick(palette, random) + out.slice(index);
      else out = out.slice(0, index) + out.slice(index + 1 + Math.floor(random() * 8));
    }
    return out;
  },
  truncate: (text, random) => text.slice(0, at(text, random)),
  shuffleColumns: (text, random) => {
    const delimiter = pick([',', ';', '\t'], random);
    const lines = text.split('\n').map((line) => line.split(delimiter));
    const width = Math.max(...lines.map((cells) => cells.length));
    if (width < 2) return text;
    const a = Math.floor(random() * width);
    const b = Math.floor(random() * width);
    return lines.map((cells) => { const copy = [...cells]; [copy[a], copy[b]] = [copy[b] ?? '', copy[a] ?? '']; return copy.join(delimiter); }).join('\n');
  },
  shuffleLines: (text, random) => {
    const lines = text.split('\n');
    const a = Math.floor(random() * lines.length);
    const b = Math.floor(random() * lines.length);
    if (random() < 0.5) [lines[a], lines[b]] = [lines[b] ?? '', lines[a] ?? ''];
    else lines.splice(a, 1);
    return lines.join('\n');
  },
};

function checkInvariants(result: ImportResult, text: string, label: string): void {
  const lastLine = text.split(/\r\n|\n|\r/).length + 1;
  for (const error of result.errors) {
    expect(Number.isInteger(error.line) && error.line >= 1 && error.line <= lastLine, `${label}: error line ${error.line}`).toBe(true);
    expect(error.message.length, label).toBeGreaterThan(0);
  }
  for (const row of result.rows) {
    expect(Number.isInteger(row.line) && row.line >= 1 && row.line <= lastLine, `${label}: row line ${row.line}`).toBe(true);
    expect(Number.isFinite(row.quantity), label).toBe(true);
    expect(row.account.length, label).toBeGreaterThan(0);
    expect(instrumentSchema.safeParse(row.instrument).success, `${label}: ${JSON.stringify(row.instrument)}`).toBe(true);
  }
  if (result.rows.length === 0) expect(result.errors.length, `${label}: rejected without an error`).toBeGreaterThan(0);
}

describe('readBrokerFile under fuzzing', () => {
  it('never throws, and every rejected input says why with a line number', async () => {
    const cases = 4000;
    // IMPORTER_FUZZ_SEED replays another run; IMPORTER_FUZZ_DUMP=<case> prints that case's input and result.
    const random = seededRandom(Number(process.env.IMPORTER_FUZZ_SEED ?? 20250314));
    const stats = { rejected: 0, partial: 0, clean: 0, byMutation: {} as Record<string, number> };
    const names = Object.keys(mutations);
    const started = performance.now();
    for (let index = 0; index < cases; index++) {
      const source = pick(corpus, random);
      let text = source.text;
      const applied: string[] = [];
      for (let steps = 1 + Math.floor(random() * 3); steps > 0; steps--) {
        const name = pick(names, random);
        applied.push(name);
        text = (mutations[name] as Mutation)(text, random);
      }
      const label = `case ${index} (${source.name}: ${applied.join('+')})`;
      let result: ImportResult | undefined;
      try {
        result = await readBrokerFile({ fileName: source.name, text });
      } catch (error) {
        throw new Error(`${label} threw\n--- input ---\n${JSON.stringify(text)}`, { cause: error });
      }
      if (process.env.IMPORTER_FUZZ_DUMP === String(index)) console.info(JSON.stringify({ text, result }, null, 1));
      checkInvariants(result, text, label);
      if (result.rows.length === 0) stats.rejected++;
      else if (result.errors.length > 0) stats.partial++;
      else stats.clean++;
      for (const name of applied) stats.byMutation[name] = (stats.byMutation[name] ?? 0) + 1;
    }
    const seconds = (performance.now() - started) / 1000;
    console.info(`importer fuzz: ${cases} cases in ${seconds.toFixed(2)} s; rejected ${stats.rejected}, partly imported ${stats.partial}, clean ${stats.clean}; mutations ${JSON.stringify(stats.byMutation)}`);
    expect(stats.rejected).toBeGreaterThan(0);
    expect(stats.clean).toBeGreaterThan(0);
    expect(seconds).toBeLessThan(10);
  });

  it('also holds for the unmutated corpus, which imports cleanly where the fixture is clean', async () => {
    for (const { name, text } of corpus) checkInvariants(await readBrokerFile({ fileName: name, text }), text, name);
  });
});
