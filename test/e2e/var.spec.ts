import { expect, screenshot, test } from './scanlineFixture.ts';

test('VaR on the Margin page: a Monte Carlo run shows progress and can be cancelled; a historical run shows VaR, ES and the worst date', async ({ app }) => {
  await app.getByRole('navigation').getByRole('link', { name: 'Margin' }).click();
  const panel = app.getByRole('region', { name: 'Value at risk' });
  await panel.scrollIntoViewIfNeeded();

  await panel.getByLabel('Method').selectOption('monte-carlo');
  await panel.getByLabel('Paths').fill('2000000');
  await panel.getByRole('button', { name: 'Run VaR', exact: true }).click();
  const progress = panel.getByRole('progressbar', { name: 'VaR progress' });
  await expect(progress).toBeVisible();
  await expect(progress).toHaveAttribute('max', '12000');
  await expect(panel.getByText(/^VaR: \d+%$/)).toBeVisible();
  await expect.poll(async () => Number(await progress.getAttribute('value'))).toBeGreaterThan(2);
  await panel.scrollIntoViewIfNeeded();
  await screenshot(app, 'var-progress');
  await panel.getByRole('button', { name: 'Cancel VaR' }).click();
  await expect(panel.getByText('VaR cancelled; no result yet.')).toBeVisible();
  await expect(panel.getByRole('button', { name: 'Run VaR again' })).toBeVisible();
  await expect(progress).toBeHidden();
  await expect(panel.getByRole('table', { name: 'VaR per account' })).toBeHidden();

  await panel.getByLabel('Method').selectOption('historical');
  await panel.getByRole('button', { name: 'Run VaR', exact: true }).click();
  const table = panel.getByRole('table', { name: 'VaR per account' });
  await expect(table).toBeVisible();
  for (const account of ['DESK-A', 'DESK-B', 'DESK-C']) {
    const cells = table.locator(`tr[data-account="${account}"] td`);
    await expect(cells.nth(1)).toHaveText(/^[\d,]+\.\d\d USD$/);
    await expect(cells.nth(2)).toHaveText(/^[\d,]+\.\d\d USD$/);
    await expect(cells.nth(3)).toHaveText(/^20\d\d-\d\d-\d\d$/);
    await expect(cells.nth(5)).toHaveText('500');
  }
  const number = async (account: string, column: number) => Number((await table.locator(`tr[data-account="${account}"] td`).nth(column).innerText()).replace(/[^\d.]/g, ''));
  expect(await number('DESK-A', 2)).toBeGreaterThanOrEqual(await number('DESK-A', 1));
  await expect(table.locator('tr[data-account="DESK-A"] td').nth(7)).toContainText('MSFT');
  await panel.scrollIntoViewIfNeeded();
  await screenshot(app, 'var-historical');
});
