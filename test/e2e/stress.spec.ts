import { largeOptionBook } from '../fixtures/largeOptionBook.ts';
import { cell, expect, screenshot, test, typeInto } from './scanlineFixture.ts';

test('the stress view values the book under a scenario set and follows edits by itself', async ({ app }) => {
  await app.getByRole('navigation').getByRole('link', { name: 'Stress' }).click();
  await app.getByLabel('Scenario set').selectOption('price-ladder');
  const row = app.locator('[role="row"][row-id="px-10"]');
  const deskB = row.locator('[col-id="DESK-B"]');
  await expect(deskB).toHaveText(/USD$/);
  const before = Number((await deskB.innerText()).replace(/[^\d.-]/g, ''));
  await screenshot(app, 'stress');

  await app.getByRole('navigation').getByRole('link', { name: 'Book' }).click();
  const quantity = cell(app, 'DESK-B', 'ESM4', 'quantity');
  await typeInto(app, quantity, '22');
  await expect(quantity).toHaveText('22');

  await app.getByRole('navigation').getByRole('link', { name: 'Stress' }).click();
  await app.getByLabel('Scenario set').selectOption('price-ladder');
  // Ten more ESM4 lose 10 × 50 × 5,175.25 × 10% = 258,762.50 USD more in the −10% scenario.
  // The cells show whole dollars, so both readings carry ±0.5 of rounding.
  await expect.poll(async () => Math.abs(Number((await deskB.innerText()).replace(/[^\d.-]/g, '')) - (before - 258_762.5))).toBeLessThanOrEqual(1);

  await app.getByLabel('Scenario set').selectOption('price-vol-grid');
  await expect(app.locator('[role="row"][row-id="px-30_vol100"]')).toBeVisible();
});

test('on a 50,000-position book the heat map shows its progress, a cancel keeps the previous map, and a newer request replaces the run under way', async ({ app, server }) => {
  test.setTimeout(180_000);
  const imported = await app.request.post(`${server.origin}/api/importPortfolio`, { data: { fileName: 'large.json', text: largeOptionBook(50_000, 2) }, headers: { 'x-scanline-token': server.token }, timeout: 120_000 });
  expect(imported.status()).toBe(200);
  await app.getByRole('navigation').getByRole('link', { name: 'Stress' }).click();
  await app.getByRole('tab', { name: 'Price × vol heat map' }).click();
  const chart = app.getByRole('img', { name: 'Price × vol P&L heat map of LOAD-0' });
  const columns = () => chart.evaluate((el) => (el as HTMLElement & { chart: { getOption(): { xAxis: { data: string[] }[] } } }).chart.getOption().xAxis[0]!.data.length);
  await expect.poll(columns, { timeout: 30_000 }).toBe(13);

  // 61 price moves × 41 vol shifts: 2,501 revaluations of every position, seconds of work.
  await app.getByLabel('Price move step').fill('1');
  await app.getByLabel('Vol shift from').fill('-100');
  await app.getByLabel('Vol shift step').fill('5');
  const progress = app.getByRole('progressbar', { name: 'Heat map progress' });
  await expect(progress).toBeVisible();
  await expect.poll(async () => Number(await progress.getAttribute('value'))).toBeGreaterThan(0);
  await expect(app.getByText(/^Heat map: \d+%$/)).toBeVisible();
  await screenshot(app, 'stress-heatmap-progress');
  await app.getByRole('button', { name: 'Cancel heat map' }).click();
  await expect(app.getByText(/Heat map cancelled; showing the previous result \(book v\d+, 13 × 7, 0 days forward\)/)).toBeVisible();
  await expect(progress).toBeHidden();
  expect(await columns()).toBe(13);
  await screenshot(app, 'stress-heatmap-cancelled');

  // Changing a control while a run is under way cancels it; the newest settings win.
  await app.getByRole('button', { name: 'Run heat map again' }).click();
  await expect(progress).toBeVisible();
  const superseded = app.waitForResponse(async (r) => r.url().endsWith('/api/awaitStressGrid') && ((await r.json()) as { value?: { status?: string } }).value?.status === 'cancelled');
  await app.getByLabel('Days forward').fill('7');
  await superseded;
  await expect(app.getByText(/^61 × 41 scenarios · 7 days forward/)).toBeVisible({ timeout: 60_000 });
  expect(await columns()).toBe(61);
  await expect(progress).toBeHidden();
  await screenshot(app, 'stress-heatmap-large');
});
