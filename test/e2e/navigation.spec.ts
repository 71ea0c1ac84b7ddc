import { expect, screenshot, test } from './scanlineFixture.ts';

test('every view in the navigation is a real page', async ({ app }) => {
  const views: [string, RegExp][] = [
    ['Import', /Choose a file/],
    ['Margin', /Every method on this book/],
    ['Stress', /P&L positive for gains/],
    ['Scenarios', /Price ladder/],
    ['History', /margin runs/],
    ['Rules', /Gross notional baseline/],
    ['Book', /positions/],
  ];
  for (const [name, content] of views) {
    await app.getByRole('navigation').getByRole('link', { name }).click();
    await expect(app.getByRole('heading', { level: 1, name })).toBeVisible();
    await expect(app.locator('main')).toContainText(content);
    await screenshot(app, `view-${name.toLowerCase()}`);
  }
});

test('Alt+number opens a view', async ({ app }) => {
  // The app opens where the previous test left it (the last page is remembered), so start from Alt+1.
  await expect(app.getByRole('heading', { level: 1 })).toBeVisible();
  await app.keyboard.press('Alt+1');
  await expect(app.getByRole('heading', { level: 1, name: 'Book' })).toBeVisible();
  await app.keyboard.press('Alt+6');
  await expect(app.getByRole('heading', { level: 1, name: 'History' })).toBeVisible();
  await expect(app.locator('.chart[data-series="3"]')).toBeVisible();
});

test('the page and the Api refuse requests without the launch token', async ({ page, server }) => {
  const bare = await page.request.get(`${server.origin}/`);
  expect(bare.status()).toBe(401);
  expect(await bare.text()).toContain('Open the address Scanline printed');
  expect((await page.request.post(`${server.origin}/api/getBook`, { data: {} })).status()).toBe(401);
  expect((await page.request.post(`${server.origin}/api/getBook`, { data: {}, headers: { 'x-scanline-token': 'guess' } })).status()).toBe(403);
  const ok = await page.request.post(`${server.origin}/api/getBook`, { data: {}, headers: { 'x-scanline-token': server.token } });
  expect(ok.status()).toBe(200);
});
