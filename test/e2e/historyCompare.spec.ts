import type { Locator } from '@playwright/test';
import { cell, expect, screenshot, test, typeInto } from './scanlineFixture.ts';

interface LiveChart {
  getOption(): { series: { name: string; data: [string, number | null][] }[]; yAxis: { name: string }[] };
}
const optionOf = (chart: Locator) => chart.evaluate((el) => (el as HTMLElement & { chart: LiveChart }).chart.getOption());

test('after an edit the history charts requirement, equity and utilisation, and two runs compare position by position', async ({ app }) => {
  await expect(app.getByTestId('margin-DESK-B')).toHaveText(/USD$/);
  const quantity = cell(app, 'DESK-B', 'ESM4', 'quantity');
  await typeInto(app, quantity, '22');
  await expect(quantity).toHaveText('22');

  await app.getByRole('navigation').getByRole('link', { name: 'History' }).click();
  await expect(app.locator('main')).toContainText(/[2-9]\d* margin runs/);
  await app.getByLabel('History chart account').selectOption('DESK-B');
  const chart = app.getByRole('img', { name: 'Requirement, equity and utilisation of DESK-B over time' });
  await expect.poll(async () => (await optionOf(chart)).series.map((s) => s.name)).toEqual(['Requirement', 'Equity', 'Utilisation %']);
  const option = await optionOf(chart);
  expect(option.yAxis.map((a) => a.name)).toEqual(['Amount', 'Utilisation']);
  const [requirement, equity, used] = option.series.map((s) => s.data.map((point) => point[1]!));
  expect(requirement!.length).toBeGreaterThanOrEqual(2);
  const last = requirement!.length - 1;
  expect(used![last]).toBeCloseTo((requirement![last]! / equity![last]!) * 100, 6);
  await screenshot(app, 'history-chart');

  // Tick the two newest runs (rows are newest first).
  const rows = app.locator('.history-runs [role="row"][row-id]');
  const newest = await rows.nth(0).getAttribute('row-id');
  const previous = await rows.nth(1).getAttribute('row-id');
  await rows.nth(0).locator('input[type="checkbox"]').check();
  await rows.nth(1).locator('input[type="checkbox"]').check();
  await expect(app.getByText(`comparing run ${previous} with run ${newest}`)).toBeVisible();
  const comparison = app.getByRole('region', { name: 'Run comparison' });
  const es = comparison.locator('[role="row"][row-id="DESK-B:ESM4"]');
  await expect(es.locator('[col-id="leftQuantity"]')).toHaveText('12');
  await expect(es.locator('[col-id="rightQuantity"]')).toHaveText('22');
  await expect(es.locator('[col-id="rightQuantity"]')).toHaveClass(/changed-cell/);
  await expect(comparison.locator('[role="row"][row-id="DESK-B"] [col-id="delta"]')).toHaveClass(/changed-cell/);
  await expect(comparison.locator('[role="row"][row-id="DESK-A"] [col-id="delta"]')).not.toHaveClass(/changed-cell/);
  await comparison.scrollIntoViewIfNeeded();
  await screenshot(app, 'history-compare');
});
