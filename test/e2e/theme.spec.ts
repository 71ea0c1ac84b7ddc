import type { Page } from '@playwright/test';
import { expect, positionRows, screenshot, test } from './scanlineFixture.ts';

const background = (page: Page, selector: string) => page.locator(selector).first().evaluate((el) => getComputedStyle(el).backgroundColor);
const themeSaved = (page: Page) => page.waitForResponse((r) => r.url().endsWith('/api/setUiState') && (r.request().postData() ?? '').includes('shell.theme'));

test('with no saved choice the theme follows prefers-color-scheme, at start and while running', async ({ app, home }) => {
  await expect(app.locator('html')).toHaveAttribute('data-theme', 'light');
  await app.emulateMedia({ colorScheme: 'dark' });
  await expect(app.locator('html')).toHaveAttribute('data-theme', 'dark');
  await app.goto(home);
  await expect(app.locator('html')).toHaveAttribute('data-theme', 'dark');
  await app.emulateMedia({ colorScheme: 'light' });
  await expect(app.locator('html')).toHaveAttribute('data-theme', 'light');
});

test('the toggle and Alt+T switch light and dark everywhere, and the choice survives a reload', async ({ app, home }) => {
  await expect(app.locator(positionRows).first()).toBeVisible();
  const toggle = app.getByRole('button', { name: 'Dark theme' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  const light = { page: await background(app, 'html'), grid: await background(app, '.ag-root-wrapper'), card: await background(app, '.card') };
  expect(light).toEqual({ page: 'rgb(245, 246, 248)', grid: 'rgb(255, 255, 255)', card: 'rgb(255, 255, 255)' });
  await screenshot(app, 'theme-light-book');

  const saved = themeSaved(app);
  await toggle.click();
  await saved;
  await expect(app.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  expect({ page: await background(app, 'html'), grid: await background(app, '.ag-root-wrapper'), card: await background(app, '.card') }).toEqual({
    page: 'rgb(17, 21, 29)',
    grid: 'rgb(26, 32, 43)',
    card: 'rgb(26, 32, 43)',
  });
  expect(await app.locator('[role="gridcell"]').first().evaluate((el) => getComputedStyle(el).color)).toBe('rgb(227, 231, 239)');
  await screenshot(app, 'theme-dark-book');
  await app.keyboard.press('Alt+3');
  await expect(app.locator('.chart[data-series]').first()).toBeVisible();
  await app.waitForTimeout(500);
  await screenshot(app, 'theme-dark-margin');

  await app.goto(home);
  await expect(app.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(app.getByRole('button', { name: 'Dark theme' })).toHaveAttribute('aria-pressed', 'true');

  const back = themeSaved(app);
  await app.keyboard.press('Alt+T');
  await back;
  await expect(app.locator('html')).toHaveAttribute('data-theme', 'light');
  await app.goto(home);
  await expect(app.locator('html')).toHaveAttribute('data-theme', 'light');
  expect(await background(app, 'html')).toBe('rgb(245, 246, 248)');
});
