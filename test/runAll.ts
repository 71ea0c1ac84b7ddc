import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/**
 * `npm test`: type-check, lint, unit + integration (vitest) and end-to-end (Playwright in
 * Debian's Chromium) — every step runs even when an earlier one fails — then one closing line
 * `tests: N passed, N failed` counting each test, plus the type-check and lint as one each.
 */
const root = join(import.meta.dirname, '..');
const results = join(root, 'test-results');
rmSync(results, { recursive: true, force: true });
mkdirSync(results, { recursive: true });

let passed = 0;
let failed = 0;
const failures: string[] = [];
const bin = (name: string) => join(root, 'node_modules', '.bin', name);

function step(title: string, command: string, args: string[]): number {
  process.stdout.write(`\n━━ ${title}\n`);
  const started = Date.now();
  const run = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, FORCE_COLOR: process.env.CI ? '0' : '1' } });
  process.stdout.write(`━━ ${title}: ${run.status === 0 ? 'ok' : `exit ${run.status ?? run.signal}`} (${((Date.now() - started) / 1000).toFixed(1)} s)\n`);
  return run.status ?? 1;
}

function check(title: string, code: number): void {
  if (code === 0) passed++;
  else {
    failed++;
    failures.push(title);
  }
}

function readJson<T>(file: string): T | null {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as T;
  } catch {
    return null;
  }
}

check('type-check (main, shared, tests)', step('type-check (main, shared, tests)', bin('tsc'), ['-p', 'tsconfig.json']));
check('type-check (renderer)', step('type-check (renderer)', bin('tsc'), ['-p', 'renderer/tsconfig.json']));
check('lint', step('lint (layering and style)', bin('eslint'), ['.']));

const unitFile = join(results, 'unit.json');
const unitCode = step('unit and integration tests (vitest)', bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${unitFile}`]);
const unit = readJson<{ numPassedTests: number; numFailedTests: number; numTotalTestSuites: number; testResults: { status: string; name: string }[] }>(unitFile);
if (unit) {
  passed += unit.numPassedTests;
  failed += unit.numFailedTests;
  const brokenFiles = unit.testResults.filter((t) => t.status === 'failed').map((t) => t.name);
  if (unit.numFailedTests > 0 || brokenFiles.length > 0) failures.push(`vitest: ${brokenFiles.join(', ') || 'failed tests'}`);
  if (unitCode !== 0 && unit.numFailedTests === 0) check('vitest (suite errors)', unitCode);
} else check('vitest (no report)', 1);

const chromium = process.env.SCANLINE_CHROMIUM ?? '/usr/bin/chromium';
if (!existsSync(chromium)) {
  process.stdout.write(`\nEnd-to-end tests need Chromium at ${chromium}: apt-get install -y chromium (or set SCANLINE_CHROMIUM).\n`);
  check('end-to-end (no Chromium)', 1);
} else {
  const e2eCode = step('end-to-end tests (Playwright, Chromium, browser mode)', bin('playwright'), ['test']);
  const e2e = readJson<{ stats: { expected: number; unexpected: number; flaky: number } }>(join(results, 'e2e.json'));
  if (e2e) {
    passed += e2e.stats.expected + e2e.stats.flaky;
    failed += e2e.stats.unexpected;
    if (e2e.stats.unexpected > 0) failures.push('end-to-end tests');
    if (e2eCode !== 0 && e2e.stats.unexpected === 0) check('playwright (run errors)', e2eCode);
  } else check('playwright (no report)', 1);
}

process.stdout.write(`\n${failures.length ? `Failed: ${failures.join('; ')}\n` : ''}tests: ${passed} passed, ${failed} failed\n`);
process.exitCode = failed === 0 ? 0 : 1;
