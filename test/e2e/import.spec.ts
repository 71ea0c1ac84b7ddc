import { join } from 'node:path';
import { cell, expect, screenshot, test } from './scanlineFixture.ts';

test.describe.configure({ mode: 'serial' });

const repoRoot = join(import.meta.dirname, '..', '..');
/** A preview-grid row by its line in the file. */
const gridRow = (line: number, error = false) => `[data-testid="preview-grid"] [row-id="line-${line}${error ? '-error' : ''}"]`;

test('a broker file goes through the wizard: preview, answer, fix, skip, commit, and the Book shows it', async ({ app }) => {
  await app.getByRole('navigation').getByRole('link', { name: 'Import' }).click();
  await expect(app.getByRole('heading', { level: 1, name: 'Import' })).toBeVisible();
  await app.getByLabel('File to import').setInputFiles(join(repoRoot, 'test/fixtures/imports/desk_d.csv'));

  await expect(app.getByTestId('detected-format')).toContainText('Generic CSV / spreadsheet');
  await expect(app.getByTestId('detected-format')).toContainText('4 rows read, 2 in error');
  const errors = app.getByRole('alert').filter({ hasText: 'in error' });
  await expect(errors).toContainText('Line 6: ZNM4: a future needs expiry');
  await expect(errors).toContainText('Line 7: NVDA: quantity "ten" is not a number');
  const bad = app.locator(gridRow(7, true));
  await expect(bad).toHaveClass(/row-error/);
  await expect(bad.locator('[col-id="quantity"]')).toHaveClass(/cell-error/);
  await expect(app.locator(gridRow(6, true)).locator('[col-id="expiry"]')).toHaveClass(/cell-error/);
  await bad.locator('[col-id="quantity"]').hover();
  await expect(app.locator('.ag-tooltip')).toContainText('NVDA: quantity "ten" is not a number');
  const commit = app.getByRole('button', { name: /^Import \d+ positions? into/ });
  await expect(commit).toBeDisabled();
  await app.getByTestId('preview-grid').scrollIntoViewIfNeeded();
  await screenshot(app, 'import-preview');

  // The question the file leaves open: SI is 5,000 oz unless told otherwise.
  await expect(app.locator(gridRow(4)).locator('[col-id="multiplier"]')).toHaveText('5,000');
  await app.getByRole('radio', { name: /^1000 \(silver 1,000 oz/ }).check();
  await expect(app.locator(gridRow(4)).locator('[col-id="multiplier"]')).toHaveText('1,000');
  await expect(app.getByRole('radio', { name: /^1000 \(silver 1,000 oz/ })).toBeChecked();

  // Fix the row that lacks a value; skip the one that cannot be fixed.
  await app.getByLabel('expiry for ZNM4').fill('2024-06-18');
  await app.getByRole('button', { name: 'Use' }).click();
  await expect(app.getByTestId('detected-format')).toContainText('5 rows read, 1 in error');
  await expect(app.locator(gridRow(6)).locator('[col-id="expiry"]')).toHaveText('2024-06-18');
  await expect(commit).toBeDisabled();
  await app.getByLabel(/Skip invalid rows/).check();

  // Into a new book account rather than the file's name.
  await app.getByLabel('Book account for DESK-D').selectOption({ label: 'New account…' });
  await app.getByLabel('New book account for DESK-D').fill('DESK-IMPORT');
  await app.getByRole('button', { name: 'Use' }).click();
  await expect(app.getByLabel('Book account for DESK-D')).toHaveValue('DESK-IMPORT');
  await expect(commit).toHaveText('Import 5 positions into DESK-IMPORT');
  await expect(commit).toBeEnabled();
  await screenshot(app, 'import-ready');

  await commit.click();
  await expect(app.getByRole('status')).toContainText(/Imported 5 positions into DESK-IMPORT \(book v\d+\); created SI/);
  await screenshot(app, 'import-committed');

  await app.getByRole('link', { name: 'Open the Book' }).click();
  await expect(app.getByRole('heading', { level: 1, name: 'Book' })).toBeVisible();
  await expect(app.locator('.book-page .page-header')).toContainText('· 27 positions ·');
  await app.getByLabel('Find in the book').fill('DESK-IMPORT');
  await expect(cell(app, 'DESK-IMPORT', 'SIK4', 'multiplier')).toHaveText('1,000');
  await expect(cell(app, 'DESK-IMPORT', 'ZNM4', 'expiry')).toHaveText('2024-06-18');
  await expect(cell(app, 'DESK-IMPORT', 'AAPL', 'quantity')).toHaveText('500');
  await expect(app.getByTestId('margin-DESK-IMPORT')).toHaveText(/^[\d,]+\.\d\d USD$/);
  await screenshot(app, 'import-book');
});

test('the answer is remembered: the same symbol is not asked about again', async ({ app }) => {
  await app.goto(`${app.url().split('#')[0]}#/import`);
  await app.getByLabel('File to import').setInputFiles(join(repoRoot, 'test/fixtures/brokers/cme/spanposconv.csv'));
  await expect(app.getByTestId('detected-format')).toContainText('CME SpanPosConv');
  await expect(app.getByText('Remembered answers applied:')).toBeVisible();
  await expect(app.locator('.remembered')).toContainText('SIK4: multiplier 1000');
  await expect(app.getByRole('radio')).toHaveCount(0);
});

test('a generic CSV with unrecognised columns is mapped once, saved as a profile, and read by itself next time', async ({ app }) => {
  await app.goto(`${app.url().split('#')[0]}#/import`);
  const unmapped = join(repoRoot, 'test/fixtures/brokers/generic/unmapped.csv');
  await app.getByLabel('File to import').setInputFiles(unmapped);
  await expect(app.getByRole('heading', { name: 'Column mapping' })).toBeVisible();
  await expect(app.getByRole('button', { name: /^Import/ })).toBeDisabled();
  await app.getByLabel('Field of column Col A').selectOption('symbol');
  await app.getByLabel('Field of column Col B').selectOption('quantity');
  await app.getByLabel('Mapping profile name').fill('desk sheet');
  await screenshot(app, 'import-mapping');
  await app.getByRole('button', { name: 'Save profile and read' }).click();
  await expect(app.getByTestId('detected-format')).toContainText('2 rows read, 0 in error');
  await expect(app.getByRole('heading', { name: 'Column mapping' })).toHaveCount(0);
  await app.getByLabel('File to import').setInputFiles([]);
  await app.getByLabel('File to import').setInputFiles(unmapped);
  await expect(app.getByTestId('mapping-profile')).toHaveText('Columns read with the mapping profile “desk sheet”.');
  await expect(app.getByTestId('detected-format')).toContainText('2 rows read, 0 in error');
});

test('a portfolio document is one more format: errors by JSON path, or the whole book replaced', async ({ app }) => {
  await app.goto(`${app.url().split('#')[0]}#/import`);
  await app.getByLabel('File to import').setInputFiles(join(repoRoot, 'test/fixtures/portfolios/bad-quantity.json'));
  await expect(app.getByTestId('detected-format')).toContainText('Scanline portfolio document');
  await expect(app.getByRole('alert').filter({ hasText: 'in error' })).toContainText('positions[3].quantity: expected a number');
  await expect(app.getByRole('button', { name: /^Replace the book/ })).toBeDisabled();

  await app.getByLabel('File to import').setInputFiles(join(repoRoot, 'resources/sample-book.json'));
  await expect(app.getByTestId('detected-format')).toContainText('22 rows read, 0 in error');
  await expect(app.locator('.accounts-table')).toContainText('DESK-IMPORT');
  await app.getByRole('button', { name: 'Replace the book with 22 positions' }).click();
  await expect(app.getByRole('status')).toContainText('Imported 22 positions into DESK-A, DESK-B, DESK-C, DESK-IMPORT');
  await app.getByRole('link', { name: 'Open the Book' }).click();
  await expect(app.locator('.book-page .page-header')).toContainText('· 22 positions ·');
});
