import type { Page } from '@playwright/test';
import { expect, test } from './scanlineFixture.ts';

/** The response to saving `key` (with `value`, when given). */
const savedKey = (page: Page, key: string, value?: string) =>
  page.waitForResponse((r) => {
    const body = r.request().postData() ?? '';
    return r.url().endsWith('/api/setUiState') && body.includes(`"${key}"`) && (value === undefined || body.includes(`"${value}"`));
  });

test('the last open page is where the app starts next time', async ({ app, home }) => {
  await expect(app.getByRole('heading', { level: 1, name: 'Book' })).toBeVisible();
  const saved = savedKey(app, 'shell.lastPage', 'margin');
  await app.getByRole('navigation').getByRole('link', { name: 'Margin' }).click();
  await saved;
  await app.goto(home);
  await expect(app.getByRole('heading', { level: 1, name: 'Margin' })).toBeVisible();
  await expect(app.getByRole('navigation').getByRole('link', { name: 'Margin' })).toHaveAttribute('aria-current', 'page');
  // An address naming a page still wins over the remembered one.
  await app.goto(`${home}#/rules`);
  await expect(app.getByRole('heading', { level: 1, name: 'Rules' })).toBeVisible();
});

test('a resized and sorted column keeps its width and sort after a reload', async ({ app, home }) => {
  await app.goto(`${home}#/margin`);
  const header = app.locator('.ag-header-cell[col-id="id"]').first();
  await expect(header).toBeVisible();
  const before = (await header.boundingBox())!;
  const handle = header.locator('.ag-header-cell-resize');
  const grip = (await handle.boundingBox())!;
  const saved = savedKey(app, 'grid.margin.accounts.columns');
  await app.mouse.move(grip.x + grip.width / 2, grip.y + grip.height / 2);
  await app.mouse.down();
  await app.mouse.move(grip.x + grip.width / 2 + 90, grip.y + grip.height / 2, { steps: 8 });
  await app.mouse.up();
  await saved;
  const widened = (await header.boundingBox())!.width;
  expect(widened).toBeGreaterThan(before.width + 60);

  const sorted = savedKey(app, 'grid.margin.accounts.columns');
  await app.locator('.ag-header-cell[col-id="requirement"] .ag-header-cell-label').first().click();
  await sorted;

  await app.goto(home);
  await expect(app.getByRole('heading', { level: 1, name: 'Margin' })).toBeVisible();
  await expect.poll(async () => Math.round((await header.boundingBox())?.width ?? 0)).toBe(Math.round(widened));
  await expect(app.locator('.ag-header-cell[col-id="requirement"]').first()).toHaveAttribute('aria-sort', 'ascending');
});
