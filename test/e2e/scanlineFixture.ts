import { test as base, expect, type Page } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const repoRoot = join(import.meta.dirname, '..', '..');

export interface ScanlineServer {
  url: string;
  origin: string;
  token: string;
  dbFile: string;
  process: ChildProcess;
}

/** Starts `npm run serve` as a user would (here: node main/web/serve.ts) on a fresh database. */
export async function startServer(): Promise<ScanlineServer & { stop(): Promise<number | null> }> {
  const dir = mkdtempSync(join(tmpdir(), 'scanline-e2e-'));
  const dbFile = join(dir, 'book.db');
  const child = spawn(process.execPath, ['main/web/serve.ts', '--port', '0', '--db', dbFile], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`server did not start: ${stderr}`)), 30_000);
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const match = /Scanline is running at (\S+)/.exec(out);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    });
    child.once('exit', (code) => reject(new Error(`server exited with ${code}: ${stderr}`)));
  });
  const parsed = new URL(url);
  return {
    url,
    origin: parsed.origin,
    token: parsed.searchParams.get('token')!,
    dbFile,
    process: child,
    stop: () =>
      new Promise<number | null>((resolve) => {
        child.once('exit', (code) => {
          rmSync(dir, { recursive: true, force: true });
          resolve(code);
        });
        child.kill('SIGINT');
      }),
  };
}

type RunningServer = ScanlineServer & { stop(): Promise<number | null> };
let current: { file: string; server: RunningServer } | null = null;

/**
 * One server on a fresh database per test FILE (Playwright reuses a worker across files, so a
 * worker-scoped fixture alone would carry one file's edits into the next); tests within a file
 * run in order against it. The last server stops when the worker ends.
 */
export const test = base.extend<{ server: RunningServer; app: Page }, { serverReaper: void }>({
  serverReaper: [
    // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from this pattern
    async ({}, use) => {
      await use();
      await current?.server.stop();
      current = null;
    },
    { scope: 'worker', auto: true },
  ],
  server: async ({ serverReaper: _ }, use, testInfo) => {
    if (current?.file !== testInfo.file) {
      await current?.server.stop();
      current = { file: testInfo.file, server: await startServer() };
    }
    await use(current.server);
  },
  app: async ({ page, server }, use) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(server.url);
    await use(page);
    expect(errors, 'errors thrown in the page').toEqual([]);
  },
});

export { expect };

export const screenshot = (page: Page, name: string) => page.screenshot({ path: join(repoRoot, 'test', 'e2e', 'screenshots', `${name}.png`), fullPage: false });

/** Position rows of the Book grid (account total rows have ids `total:<account>`). */
export const positionRows = '[role="row"][row-id]:not([row-id^="total:"])';

/** The grid cell of a position row (by instrument and account) and column id. */
export function cell(page: Page, account: string, instrument: string, column: string) {
  const exact = (text: string) => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
  return page
    .locator(positionRows)
    .filter({ has: page.locator('[col-id="instrument"]', { hasText: exact(instrument) }) })
    .filter({ has: page.locator('[col-id="account"]', { hasText: exact(account) }) })
    .locator(`[col-id="${column}"]`);
}
