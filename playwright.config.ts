import { defineConfig } from '@playwright/test';
import { electronExecutableIn } from './main/app/findElectron.ts';
import type { ScanlineOptions } from './test/e2e/scanlineFixture.ts';

// End-to-end tests drive the real renderer in Debian's Chromium against browser mode (real
// services, worker and SQLite). Never `npx playwright install`: the browser comes from apt.
// Where ELECTRON_OVERRIDE_DIST_PATH names an unpacked Electron, the same suite also runs as
// project `electron` through Playwright's Electron launcher (browser-mode-only tests skip there).
const electronDist = process.env.ELECTRON_OVERRIDE_DIST_PATH;

export default defineConfig<ScanlineOptions>({
  testDir: 'test/e2e',
  testMatch: '**/*.spec.ts',
  outputDir: 'test-results',
  globalSetup: './test/e2e/globalSetup.ts',
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  use: {
    browserName: 'chromium',
    viewport: { width: 1440, height: 900 },
    launchOptions: {
      executablePath: process.env.SCANLINE_CHROMIUM ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
    trace: 'off',
    screenshot: 'only-on-failure',
  },
  projects: [
    { name: 'chromium' },
    // The desktop window replaces the page; a test asking for `page` itself still gets Chromium.
    ...(electronDist ? [{ name: 'electron', use: { electronExecutable: electronExecutableIn(electronDist) } }] : []),
  ],
});
