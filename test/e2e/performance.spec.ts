import type { Page } from '@playwright/test';
import { largeEquityBook } from '../fixtures/largeEquityBook.ts';
import { cell, expect, positionRows, screenshot, test, type ScanlineServer } from './scanlineFixture.ts';

/**
 * The feel of the Book under load (issue 7 item 8): first paint — navigation start to the
 * first position row on screen — of the sample book under 2 s, the same for a 50,000-position
 * book, and that book's grid keeping its frames while it scrolls. The figures are printed for
 * the report.
 */
test.describe.configure({ timeout: 240_000 });

const positions = 50_000;
const accounts = 10;

/** Milliseconds from navigation start to the first frame showing a position row. */
async function firstPaint(page: Page, url: string): Promise<number> {
  await page.goto(url, { waitUntil: 'commit' });
  const handle = await page.waitForFunction((selector) => document.querySelector(selector) !== null && performance.now(), positionRows, { polling: 'raf', timeout: 60_000 });
  return (await handle.jsonValue()) as number;
}

/** Starts recording the time between animation frames in the page. */
const recordFrames = (page: Page) =>
  page.evaluate(() => {
    const w = window as unknown as { frameTimes: number[] };
    w.frameTimes = [];
    let last = performance.now();
    const tick = (now: number) => {
      w.frameTimes.push(now - last);
      last = now;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
const takeFrames = (page: Page) => page.evaluate(() => (window as unknown as { frameTimes: number[] }).frameTimes.splice(0));

const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((values.length * p) / 100))]!;

async function importBook(page: Page, server: ScanlineServer): Promise<void> {
  const response = await page.request.post(`${server.origin}/api/importPortfolio`, { data: { fileName: 'load.json', text: largeEquityBook(positions, accounts) }, headers: { 'x-scanline-token': server.token }, timeout: 120_000 });
  expect(response.status()).toBe(200);
  expect((await response.json()) as unknown).toMatchObject({ ok: true, value: { positions } });
}

test('the sample book paints in under 2 s; a 50,000-position book loads and paints', async ({ page, server }) => {
  await firstPaint(page, server.url); // warm the server's caches and the browser's code cache once
  const samples = [];
  for (let i = 0; i < 3; i++) samples.push(await firstPaint(page, server.url));
  const sample = Math.min(...samples);
  console.log(`first paint, sample book: ${samples.map((s) => s.toFixed(0)).join(' / ')} ms (best ${sample.toFixed(0)} ms)`);
  expect(sample).toBeLessThan(2000);

  const started = Date.now();
  await importBook(page, server);
  console.log(`import of ${positions.toLocaleString('en-US')} positions through the Api: ${Date.now() - started} ms`);
  const getBook = await page.request.post(`${server.origin}/api/getBook`, { data: {}, headers: { 'x-scanline-token': server.token } });
  console.log(`getBook payload, ${positions.toLocaleString('en-US')} positions: ${((await getBook.body()).length / 1e6).toFixed(1)} MB`);

  const getMargin = await page.request.post(`${server.origin}/api/getMargin`, { data: {}, headers: { 'x-scanline-token': server.token } });
  console.log(`getMargin payload (headlines), ${positions.toLocaleString('en-US')} positions: ${((await getMargin.body()).length / 1e3).toFixed(1)} kB`);

  const large = [];
  for (let i = 0; i < 3; i++) large.push(await firstPaint(page, server.url));
  console.log(`first paint, ${positions.toLocaleString('en-US')} positions: ${large.map((s) => s.toFixed(0)).join(' / ')} ms`);
  await expect(page.locator(positionRows).first()).toBeVisible();
  expect(Math.min(...large)).toBeLessThan(2000);
});

/**
 * Scrolls as a person does, with the mouse wheel (100 px a notch), over a 50,000-position book
 * once its figures have arrived, and records every frame. The guard is loose (p95 under
 * 100 ms, i.e. never below 10 frames a second at the 95th percentile) because frame times
 * depend on the machine and its load; the figures are printed for the report.
 */
test('a 50,000-position book scrolls smoothly under the mouse wheel, and an edit reaches its margin', async ({ page, server }) => {
  await importBook(page, server);
  await page.goto(server.url);
  const firstRow = page.locator(positionRows).first();
  await expect(firstRow.locator('[col-id="delta"]')).not.toHaveText('', { timeout: 60_000 });
  await expect(page.locator('[data-testid="margin-LOAD-0"]')).toHaveText(/USD/, { timeout: 60_000 });
  const body = (await page.locator('.book-page .ag-grid-viewport').boundingBox())!;
  await page.mouse.move(body.x + body.width / 2, body.y + body.height / 2);
  await recordFrames(page);
  const notches = 240;
  for (let i = 0; i < notches; i++) await page.mouse.wheel(0, 100);
  const frames = (await takeFrames(page)).slice(1);
  const scrolled = await page.locator('.book-page .ag-body-vertical-scroll-viewport').evaluate((e) => e.scrollTop);
  const p50 = percentile(frames, 50);
  const p95 = percentile(frames, 95);
  console.log(`scroll, ${positions.toLocaleString('en-US')} positions: ${scrolled.toLocaleString('en-US')} px over ${frames.length} frames, p50 ${p50.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms, max ${Math.max(...frames).toFixed(0)} ms`);
  await screenshot(page, 'book-50k-scrolled');
  expect(scrolled).toBeGreaterThan(notches * 90);
  await expect(page.locator(positionRows).first()).toBeVisible();
  expect(p95).toBeLessThan(100);

  // An edit on the large book: from Enter to the grid showing it, and to the account's new margin.
  await page.getByLabel('Find in the book').fill('EQ00007');
  const quantity = cell(page, 'LOAD-3', 'EQ00007', 'quantity');
  const margin = page.getByTestId('margin-LOAD-3');
  const before = (await margin.textContent())!;
  const rowId = await quantity.evaluate((e) => e.closest('[row-id]')!.getAttribute('row-id')!);
  await quantity.dblclick();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('100000');
  // Timed in the page, frame by frame, from the Enter keydown (Playwright's own retries poll too coarsely).
  await page.evaluate(() => window.addEventListener('keydown', (e) => e.key === 'Enter' && ((window as unknown as { enterAt: number }).enterAt = performance.now()), { capture: true, once: true }));
  const figures: Promise<string>[] = [];
  page.on('response', (r) => {
    if (r.url().endsWith('/api/getPositionAnalytics')) figures.push(r.body().then((b) => `${(JSON.parse(b.toString()) as { value: { positions: unknown[] } }).value.positions.length} positions, ${(b.length / 1e3).toFixed(1)} kB`));
  });
  await page.keyboard.press('Enter');
  const sinceEnter = (done: string, arg: string) =>
    page.waitForFunction(
      ([done, arg]) => {
        const text = (selector: string) => [...document.querySelectorAll(selector)].map((e) => e.textContent);
        const ready = done === 'cell' ? text(`[row-id="${arg}"] [col-id="quantity"]`).includes('100,000') : !text('[data-testid="margin-LOAD-3"]').includes(arg);
        return ready && performance.now() - (window as unknown as { enterAt: number }).enterAt;
      },
      [done, arg] as const,
      { polling: 'raf', timeout: 30_000 },
    ).then(async (h) => Math.round((await h.jsonValue()) as number));
  const shown = await sinceEnter('cell', rowId);
  const recomputed = await sinceEnter('margin', before);
  await expect(quantity).toHaveText('100,000');
  await expect(margin).not.toHaveText(before);
  console.log(`edit, ${positions.toLocaleString('en-US')} positions: in the grid ${shown} ms, the account's margin ${recomputed} ms after Enter`);
  // The figures after the edit and after its margin run come as changes, not as the whole book.
  await expect.poll(() => figures.length).toBeGreaterThanOrEqual(2);
  const sent = await Promise.all(figures);
  console.log(`position figures after the edit: ${sent.join('; ')}`);
  for (const update of sent) expect(Number(update.split(' ')[0])).toBeLessThan(100);
});
