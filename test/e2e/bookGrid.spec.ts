import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { cell, expect, screenshot, test, typeInto } from './scanlineFixture.ts';

test.describe.configure({ mode: 'serial' });

const heldRows = '[role="row"][row-id]:not([row-id^="total:"]):not([row-id^="group:"])';
const message = (page: Page) => page.getByTestId('cell-message');

/** A paste as Excel makes it: a ClipboardEvent with the TSV in its DataTransfer, on the focused grid cell. */
async function paste(page: Page, tsv: string): Promise<void> {
  await page.evaluate((text) => {
    const data = new DataTransfer();
    data.setData('text/plain', text);
    (document.activeElement ?? document.body).dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, tsv);
}

test('each row shows its greeks and margin contribution', async ({ app }) => {
  await expect(app.locator(heldRows)).toHaveCount(22);
  await expect(cell(app, 'DESK-A', 'SPY', 'delta')).toHaveText('5,000.00');
  await expect(cell(app, 'DESK-A', 'SPY', 'gamma')).toHaveText('0.00');
  await expect(cell(app, 'DESK-A', 'AAPL 240621C00180000', 'vol')).toHaveText('0.215');
  await expect(cell(app, 'DESK-A', 'AAPL 240621C00180000', 'delta')).toHaveText(/^-[\d,]+\.\d\d$/);
  await expect(cell(app, 'DESK-B', 'ESM4', 'marginContribution')).toHaveText(/\d/);
});

test('a pasted TSV block is applied as one step, undone with one Ctrl+Z, and a bad block is refused whole', async ({ app }) => {
  await cell(app, 'DESK-B', 'ESM4', 'quantity').click();
  await paste(app, 'account\tinstrument\tquantity\r\nDESK-A\tSPX\t3\r\nDESK-B\tCLK4\t9\r\n');
  await expect(cell(app, 'DESK-A', 'SPX', 'quantity')).toHaveText('3');
  await expect(cell(app, 'DESK-B', 'CLK4', 'quantity')).toHaveText('9');
  await expect(message(app)).toHaveText(/2 changes saved as one step/);
  await screenshot(app, 'book-grid-pasted');
  await cell(app, 'DESK-B', 'ESM4', 'quantity').click();
  await app.keyboard.press('Control+z');
  await expect(cell(app, 'DESK-B', 'CLK4', 'quantity')).toHaveText('8');
  await expect(app.locator(heldRows)).toHaveCount(22);

  await paste(app, 'DESK-A\tSPX\t3\nDESK-B\tCLK4\tlots\nDESK-Z\tSPX\n');
  await expect(message(app)).toHaveText('Paste refused, nothing applied: line 2: Quantity: "lots" is not a number; line 3: expected 3 or 4 columns (account, instrument, quantity[, price]), got 2');
  await paste(app, 'DESK-A\tSPX\t3\nDESK-A\tNOPE\t1\n');
  await expect(message(app)).toHaveText(/Paste of 2 lines refused: line 2: instrument "NOPE" is not in the book/);
  await expect(app.locator(heldRows)).toHaveCount(22);
  await screenshot(app, 'book-grid-paste-refused');
});

test('a vol out of range is refused in the cell with the reason', async ({ app }) => {
  const vol = cell(app, 'DESK-A', 'AAPL 240621C00180000', 'vol');
  await typeInto(app, vol, '21.5');
  await expect(message(app)).toHaveText(/Vol refused: vol: 21.5 is a decimal \(0.25 for 25%\)/);
  await expect(vol).toHaveText('0.215');
});

test('grouped by underlying, each group has a subtotal under its rows, also after sorting; exported as CSV and .xlsx', async ({ app }) => {
  await app.getByLabel('Group by').selectOption('underlying');
  const spy = app.locator('[role="row"][row-id="group:SPY"]');
  await expect(spy.locator('[col-id="instrument"]')).toHaveText('Subtotal SPY');
  await expect(spy.locator('[col-id="marketValue"]')).toHaveText(/USD$/);
  await expect(spy.locator('[col-id="delta"]')).toHaveText(/^-?[\d,]+\.\d\d$/);
  await screenshot(app, 'book-grid-grouped');
  await app.locator('.ag-header-cell[col-id="quantity"]').click();

  const csvStarted = app.waitForEvent('download');
  await app.getByRole('button', { name: 'Export CSV' }).click();
  const csv = await csvStarted;
  expect(csv.suggestedFilename()).toBe('book.csv');
  const lines = readFileSync((await csv.path())!, 'utf8').split(/\r?\n/).map((l) => l.split(',').map((c) => c.replace(/^"|"$/g, '')));
  expect(lines[0]).toContain('Delta');
  const at = lines.findIndex((l) => l[1] === 'Subtotal SPY');
  // Sorted by quantity within the group: the SPY put (150) above the ETF (5,000), then their subtotal.
  expect(lines.slice(at - 2, at).map((l) => l[1])).toEqual(['SPY 240621P00480000', 'SPY']);
  expect(lines.some((l) => l[1] === 'Total DESK-A')).toBe(true);

  const xlsxStarted = app.waitForEvent('download');
  await app.getByRole('button', { name: 'Export .xlsx' }).click();
  const xlsx = await xlsxStarted;
  expect(xlsx.suggestedFilename()).toBe('book.xlsx');
  expect(readFileSync((await xlsx.path())!).subarray(0, 2).toString()).toBe('PK');
});

test('what-if: an added position shows the margin change per method, and discard leaves the book as it was', async ({ app }) => {
  await expect(app.getByTestId('margin-DESK-B')).toHaveText(/USD$/);
  const before = await app.getByTestId('margin-DESK-B').innerText();
  await app.getByLabel('What-if mode').check();
  await app.getByLabel('Account of the new position').selectOption('DESK-B');
  await app.getByLabel('Instrument of the new position').fill('ESM4 C5300');
  await app.getByLabel('Quantity of the new position').fill('5');
  await app.getByRole('button', { name: 'Add' }).click();
  await expect(message(app)).toHaveText(/DESK-B already holds ESM4 C5300/);
  await app.getByLabel('Instrument of the new position').fill('SPY');
  await app.getByLabel('Quantity of the new position').fill('100');
  await app.getByRole('button', { name: 'Add' }).click();
  await expect(app.getByTestId('whatif-gross-notional-DESK-B')).toHaveText(/^\+/);
  await app.getByLabel('Account of the new position').selectOption('DESK-C');
  await app.getByLabel('Instrument of the new position').fill('ETH');
  await app.getByLabel('Quantity of the new position').fill('10');
  await app.getByRole('button', { name: 'Add' }).click();
  await expect(app.getByText('2 changes on top of the book')).toBeVisible();
  await expect(app.getByTestId('whatif-gross-notional-DESK-C')).toHaveText(/^\+[\d,]+\.\d\d USD$/);
  // Positions of one account change no other account's figure.
  await expect(app.getByTestId('whatif-span-DESK-A')).toHaveText('0.00 USD');
  // Added rows are valued with the what-if book: 10 ETH is a delta of 10, 100 SPY of 100.
  await app.getByLabel('Find in the book').fill('ETH');
  await expect(app.locator('[row-id="whatif:DESK-C:ETH"] [col-id="delta"]')).toHaveText('10.00');
  await app.getByLabel('Find in the book').fill('SPY');
  await expect(app.locator('[row-id="whatif:DESK-B:SPY"] [col-id="delta"]')).toHaveText('100.00');
  await expect(app.locator('[row-id="whatif:DESK-B:SPY"] [col-id="marketValue"]')).toHaveText(/^50,983\.00 USD$/);
  await screenshot(app, 'book-grid-whatif');
  await app.getByLabel('Find in the book').fill('');
  await app.getByRole('button', { name: 'Discard' }).click();
  await expect(app.locator('.whatif-panel')).toHaveCount(0);
  await expect(app.locator(heldRows)).toHaveCount(22);
  await expect(app.getByTestId('margin-DESK-B')).toHaveText(before);
  await app.reload();
  await expect(app.locator(heldRows)).toHaveCount(22);
});

test('what-if: a changed quantity committed is one saved step', async ({ app }) => {
  await app.getByLabel('What-if mode').check();
  const quantity = cell(app, 'DESK-B', 'NQM4', 'quantity');
  await typeInto(app, quantity, '-10');
  await expect(app.getByTestId('whatif-gross-notional-DESK-B')).toHaveText(`+${(4 * 20 * 18240.5 * 0.1).toLocaleString('en-US', { minimumFractionDigits: 2 })} USD`);
  await app.getByRole('button', { name: 'Commit' }).click();
  await expect(message(app)).toHaveText(/What-if committed: 1 change/);
  await app.reload();
  await expect(cell(app, 'DESK-B', 'NQM4', 'quantity')).toHaveText('-10');
});
