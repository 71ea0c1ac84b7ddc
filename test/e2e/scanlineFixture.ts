import { _electron, test as base, expect, type ElectronApplication, type Locator, type Page } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildElectron } from '../../main/app/buildElectron.ts';

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

/** Options a Playwright project sets: `electronExecutable` runs the suite in the desktop app. */
export interface ScanlineOptions {
  electronExecutable: string | null;
}

export interface ScanlineDesktop {
  electron: ElectronApplication;
  window: Page;
  /** The window's start address (no page in its hash), for tests that reload the app. */
  url: string;
  stop(): Promise<void>;
}

let electronBuilt: Promise<string> | null = null;

/** Launches the built desktop app (`npm run build` bundles) on a fresh database, as `npm start` would. */
export async function startDesktop(executablePath: string): Promise<ScanlineDesktop> {
  await (electronBuilt ??= buildElectron());
  const dir = mkdtempSync(join(tmpdir(), 'scanline-e2e-electron-'));
  const electron = await _electron.launch({ executablePath, args: [repoRoot], cwd: repoRoot, env: { ...process.env, SCANLINE_DB: join(dir, 'book.db') } });
  const window = await electron.firstWindow();
  await window.waitForLoadState('domcontentloaded');
  await window.setViewportSize({ width: 1440, height: 900 });
  return {
    electron,
    window,
    url: window.url().replace(/#.*$/, ''),
    stop: async () => {
      await electron.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

type RunningServer = ScanlineServer & { stop(): Promise<number | null> };
let current: { file: string; server: RunningServer } | null = null;
let desktop: { file: string; app: ScanlineDesktop } | null = null;

/**
 * One server on a fresh database per test FILE (Playwright reuses a worker across files, so a
 * worker-scoped fixture alone would carry one file's edits into the next); tests within a file
 * run in order against it. The last server stops when the worker ends.
 */
export const test = base.extend<{ server: RunningServer; app: Page; home: string }, ScanlineOptions & { serverReaper: void }>({
  electronExecutable: [null, { option: true, scope: 'worker' }],
  serverReaper: [
    // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from this pattern
    async ({}, use) => {
      await use();
      await current?.server.stop();
      current = null;
      await desktop?.app.stop();
      desktop = null;
    },
    { scope: 'worker', auto: true },
  ],
  server: async ({ serverReaper: _, electronExecutable }, use, testInfo) => {
    testInfo.skip(electronExecutable !== null, 'talks to browser mode\'s HTTP host directly');
    if (current?.file !== testInfo.file) {
      await current?.server.stop();
      current = { file: testInfo.file, server: await startServer() };
    }
    await use(current.server);
  },
  app: async ({ electronExecutable, home, page }, use) => {
    // In the desktop project the page is the app's first window (one app per test file, like the server).
    const view = electronExecutable === null ? page : desktop!.app.window;
    const errors: string[] = [];
    const onError = (e: Error) => errors.push(e.message);
    view.on('pageerror', onError);
    await view.goto(home);
    await use(view);
    view.off('pageerror', onError);
    expect(errors, 'errors thrown in the page').toEqual([]);
  },
  /** The app's start address: browser mode's tokenised URL, or the desktop window's own. */
  home: async ({ electronExecutable, serverReaper: _ }, use, testInfo) => {
    if (electronExecutable === null) {
      if (current?.file !== testInfo.file) {
        await current?.server.stop();
        current = { file: testInfo.file, server: await startServer() };
      }
      await use(current.server.url);
      return;
    }
    testInfo.skip(!existsSync(electronExecutable), `ELECTRON_OVERRIDE_DIST_PATH has no Electron binary at ${electronExecutable}`);
    if (desktop?.file !== testInfo.file) {
      await desktop?.app.stop();
      desktop = { file: testInfo.file, app: await startDesktop(electronExecutable) };
    }
    await use(desktop.app.url);
  },
});

export { expect };

export const screenshot = (page: Page, name: string) => page.screenshot({ path: join(repoRoot, 'test', 'e2e', 'screenshots', `${name}.png`), fullPage: false });

/** Position rows of the Book grid (account total rows have ids `total:<account>`). */
export const positionRows = '[role="row"][row-id]:not([row-id^="total:"])';

/** Types `text` into a grid cell as a person does: double-click to edit, select all, type, Enter. */
export async function typeInto(page: Page, cell: Locator, text: string): Promise<void> {
  await cell.dblclick();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
}

/** The grid cell of a position row (by instrument and account) and column id. */
export function cell(page: Page, account: string, instrument: string, column: string) {
  const exact = (text: string) => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
  return page
    .locator(positionRows)
    .filter({ has: page.locator('[col-id="instrument"]', { hasText: exact(instrument) }) })
    .filter({ has: page.locator('[col-id="account"]', { hasText: exact(account) }) })
    .locator(`[col-id="${column}"]`);
}
