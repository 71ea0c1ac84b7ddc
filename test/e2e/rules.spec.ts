import { expect, screenshot, test, typeInto } from './scanlineFixture.ts';

test('editing a rule parameter shows its impact, saves a new version and the margin follows by itself', async ({ app }) => {
  await expect(app.getByTestId('margin-DESK-B')).toHaveText(/USD$/);
  const before = await app.getByTestId('margin-DESK-B').innerText();
  await app.getByLabel('Margin method of DESK-B').selectOption('gross-notional');
  await expect.poll(async () => app.getByTestId('margin-DESK-B').innerText()).not.toBe(before);
  const grossFigure = Number((await app.getByTestId('margin-DESK-B').innerText()).replace(/[^\d.-]/g, ''));

  await app.getByRole('navigation').getByRole('link', { name: 'Rules' }).click();
  await app.locator('[role="row"][row-id="gross-notional-default"]').click();
  const value = app.locator('[role="row"][row-id="rates.future"] [col-id="value"]');
  await expect(value).toHaveText('0.1');
  await typeInto(app, value, 'abc');
  await expect(app.getByRole('alert')).toHaveText(/rates\.future: "abc" is not a number/);
  await typeInto(app, value, '0.2');
  await expect(app.getByText('1 unsaved change')).toBeVisible();
  // Before saving, the impact panel shows what the edit does to every account.
  const futures = 12 * 50 * 5175.25 + 6 * 20 * 18240.5 + 8 * 1000 * 81.04 + 5 * 100 * 2161.5;
  const impact = app.getByTestId('impact-DESK-B');
  await expect(impact.locator('td').nth(2)).toHaveText(new RegExp(`^${Math.round(grossFigure).toLocaleString('en-US')} USD$`));
  await expect.poll(async () => Number((await impact.locator('td.delta').innerText()).replace(/[^\d.-]/g, ''))).toBeCloseTo(0.1 * futures, -1);
  await expect(app.getByTestId('impact-DESK-A').locator('td.delta')).toHaveText(/^0 USD$/);
  await screenshot(app, 'rules-impact');
  await app.getByRole('button', { name: 'Save as version 2' }).click();
  await expect(app.getByRole('status')).toHaveText(/as version 2/);
  await screenshot(app, 'rules-edited');

  await app.getByRole('navigation').getByRole('link', { name: 'Book' }).click();
  // DESK-B futures notional (resources/sample-book.json) × the 10-point rate increase.
  await expect.poll(async () => Number((await app.getByTestId('margin-DESK-B').innerText()).replace(/[^\d.-]/g, ''))).toBeCloseTo(grossFigure + 0.1 * futures, 1);
});
