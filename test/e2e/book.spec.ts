import type { Page } from '@playwright/test';
import { cell, expect, screenshot, test, typeInto } from './scanlineFixture.ts';

test.describe.configure({ mode: 'serial' });

const marginB = (page: Page) => page.getByTestId('margin-DESK-B');
const money = (text: string) => Number(text.replace(/[^\d.-]/g, ''));

test('the page loads with the sample book in the grid and a margin per account', async ({ app }) => {
  await expect(app.getByRole('heading', { name: 'Book' })).toBeVisible();
  await expect(app.locator('.book-page .page-header')).toContainText('· 22 positions ·');
  await expect(cell(app, 'DESK-B', 'ESM4', 'quantity')).toHaveText('12');
  await expect(cell(app, 'DESK-A', 'SPY', 'price')).toHaveText('509.83');
  await expect(cell(app, 'DESK-A', 'SPY', 'marketValue')).toHaveText('2,549,150.00 USD');
  for (const account of ['DESK-A', 'DESK-B', 'DESK-C']) await expect(app.getByTestId(`margin-${account}`)).toHaveText(/^[\d,]+\.\d\d USD$/);
  await expect(app.locator('[role="row"][row-id^="total:"]')).toHaveCount(3);
  await screenshot(app, 'book');
});

test('an edited quantity updates the margin within a second and persists across a reload', async ({ app }) => {
  await expect(marginB(app)).toHaveText(/USD$/);
  // DESK-B is cleared by SPAN; switch it to the gross-notional baseline so the change can be computed by hand.
  const spanFigure = await marginB(app).innerText();
  await app.getByLabel('Margin method of DESK-B').selectOption('gross-notional');
  await expect(marginB(app)).not.toHaveText(spanFigure);
  const before = money(await marginB(app).innerText());
  const quantity = cell(app, 'DESK-B', 'ESM4', 'quantity');
  await quantity.dblclick();
  await app.keyboard.press('ControlOrMeta+a');
  await app.keyboard.type('22');
  const started = Date.now();
  await app.keyboard.press('Enter');
  // Gross notional rule (resources/rules/gross-notional.json): 10 more ESM4 × 50 × 5,175.25 × 10%.
  await expect(marginB(app)).toHaveText(`${(before + 10 * 50 * 5175.25 * 0.1).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })} USD`, { timeout: 1000 });
  expect(Date.now() - started).toBeLessThan(1000);
  await expect(quantity).toHaveText('22');
  await app.reload();
  await expect(cell(app, 'DESK-B', 'ESM4', 'quantity')).toHaveText('22');
  await screenshot(app, 'book-after-edit');
});

test('a bad value is refused in the cell with a message naming the field', async ({ app }) => {
  const quantity = cell(app, 'DESK-B', 'CLK4', 'quantity');
  await expect(quantity).toHaveText('8');
  await typeInto(app, quantity, 'lots');
  await expect(app.getByTestId('cell-message')).toHaveText(/Quantity: "lots" is not a number/);
  await expect(quantity).toHaveText('8');
  await screenshot(app, 'book-refused-value');
  await app.reload();
  await expect(cell(app, 'DESK-B', 'CLK4', 'quantity')).toHaveText('8');
});

test('a negative option price is refused by the service and the cell keeps its value', async ({ app }) => {
  const price = cell(app, 'DESK-A', 'AAPL 240621C00180000', 'price');
  await expect(price).toHaveText('4.35');
  await typeInto(app, price, '-3');
  await expect(app.getByTestId('cell-message')).toHaveText(/Price refused: .*option price cannot be negative/);
  await expect(price).toHaveText('4.35');
});

test('Ctrl+Z undoes an edit and Ctrl+Y redoes it, each saved', async ({ app }) => {
  const quantity = cell(app, 'DESK-C', 'BTC', 'quantity');
  await expect(quantity).toHaveText('2');
  await typeInto(app, quantity, '3.5');
  await expect(quantity).toHaveText('3.5');
  await quantity.click();
  await app.keyboard.press('Control+z');
  await expect(quantity).toHaveText('2');
  await app.keyboard.press('Control+y');
  await expect(quantity).toHaveText('3.5');
  await app.reload();
  await expect(cell(app, 'DESK-C', 'BTC', 'quantity')).toHaveText('3.5');
});
