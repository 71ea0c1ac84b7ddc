import { cell, expect, screenshot, test } from './scanlineFixture.ts';

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
  await quantity.dblclick();
  await app.keyboard.press('ControlOrMeta+a');
  await app.keyboard.type('22');
  await app.keyboard.press('Enter');
  await expect(quantity).toHaveText('22');

  await app.getByRole('navigation').getByRole('link', { name: 'Stress' }).click();
  await app.getByLabel('Scenario set').selectOption('price-ladder');
  // Ten more ESM4 lose 10 × 50 × 5,175.25 × 10% = 258,762.50 USD more in the −10% scenario.
  // The cells show whole dollars, so both readings carry ±0.5 of rounding.
  await expect.poll(async () => Math.abs(Number((await deskB.innerText()).replace(/[^\d.-]/g, '')) - (before - 258_762.5))).toBeLessThanOrEqual(1);

  await app.getByLabel('Scenario set').selectOption('price-vol-grid');
  await expect(app.locator('[role="row"][row-id="px-30_vol100"]')).toBeVisible();
});
