import { readFileSync } from 'node:fs';
import { expect, screenshot, test, typeInto } from './scanlineFixture.ts';
import type { Page } from '@playwright/test';

const editorCell = (app: Page, rowKey: string, column: string) => app.locator(`.scenario-editor [row-id="${rowKey}"] [col-id="${column}"]`);

test('create a set, edit a shock, save v2, compare v1 with v2, export and import it back', async ({ app }) => {
  await app.getByRole('navigation').getByRole('link', { name: 'Scenarios' }).click();
  await expect(app.locator('main')).toContainText('Price ladder');

  await app.getByRole('button', { name: 'New set' }).click();
  await app.getByLabel('Set id').fill('desk-ladder');
  await app.getByLabel('Set name').fill('Desk ladder');
  const move = editorCell(app, 'r0', 's0.priceValue');
  await typeInto(app, move, '-10');
  await expect(move).toHaveText('-10%');
  await app.getByRole('button', { name: 'Save new set' }).click();
  await expect(app.getByTestId('scenarios-notice')).toHaveText('Saved Desk ladder as v1');
  await expect(app.locator('.scenario-editor .set-id')).toContainText('desk-ladder v1');

  // A bad value is refused with its reason and the cell keeps its value.
  await typeInto(app, move, 'ten');
  await expect(app.getByTestId('scenario-message')).toHaveText('Price move: "ten" is not a number — s1 kept its value');
  await expect(move).toHaveText('-10%');
  await screenshot(app, 'scenarios-refused-value');

  await typeInto(app, move, '-15');
  await expect(move).toHaveText('-15%');
  await app.getByRole('button', { name: 'Add scenario' }).click();
  const addedKey = (await app.locator('.scenario-editor [row-id]', { has: app.locator('[col-id="id"]', { hasText: /^s2$/ }) }).getAttribute('row-id'))!;
  await typeInto(app, editorCell(app, addedKey, 'name'), 'Rally');
  await typeInto(app, editorCell(app, addedKey, 's0.priceValue'), '+5%');
  await expect(editorCell(app, addedKey, 's0.priceValue')).toHaveText('+5%');
  await app.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(app.getByTestId('scenarios-notice')).toHaveText('Saved Desk ladder as v2');
  await expect(app.locator('.scenarios-page .grid-host.short [row-id="desk-ladder"] [col-id="version"]')).toHaveText('v2');
  await screenshot(app, 'scenarios-editor');

  await app.getByRole('button', { name: 'History' }).click();
  await expect(app.getByRole('complementary', { name: 'Version history' }).locator('li')).toHaveCount(2);
  await app.getByRole('button', { name: 'Compare v1 with the open version' }).click();
  const comparison = app.getByRole('region', { name: 'Compare scenario sets' });
  await expect(comparison.locator('.comparison-summary')).toContainText('Desk ladder v1 → Desk ladder v2');
  await expect(comparison.locator('.comparison-summary')).toContainText('1 changed · 0 same · 0 only left · 1 only right');
  await expect(comparison.locator('[row-id="s2"] [col-id="status"]')).toHaveText('only in v2');
  await expect(comparison.locator('[row-id="s2"] [col-id="DESK-A:left"]')).toHaveText('—');
  // DESK-A (short calls, long stock) loses more in a deeper fall: the difference is negative and shaded red.
  const difference = comparison.locator('[row-id="s1"] [col-id="DESK-A:difference"]');
  await expect(difference).toHaveClass(/diff-negative/);
  await expect(difference).toHaveCSS('background-color', /rgba\(198, 40, 40/);
  const left = Number((await comparison.locator('[row-id="s1"] [col-id="DESK-A:left"]').innerText()).replace(/[^\d.-]/g, ''));
  const right = Number((await comparison.locator('[row-id="s1"] [col-id="DESK-A:right"]').innerText()).replace(/[^\d.-]/g, ''));
  const shown = Number((await difference.innerText()).replace(/[^\d.-]/g, ''));
  expect(right).toBeLessThan(left);
  expect(Math.abs(shown - (right - left))).toBeLessThanOrEqual(1);
  await screenshot(app, 'scenarios-compare');

  await app.getByRole('tab', { name: 'Library' }).click();
  await app.locator('.scenarios-page .grid-host.short [row-id="desk-ladder"]').click();
  const downloadStarted = app.waitForEvent('download');
  await app.getByRole('button', { name: 'Export' }).click();
  const download = await downloadStarted;
  expect(download.suggestedFilename()).toBe('desk-ladder-v2.json');
  const exported = JSON.parse(readFileSync((await download.path())!, 'utf8')) as { id: string; scenarios: { shocks: { price: { value: number } }[] }[] };
  expect(exported.id).toBe('desk-ladder');
  expect(exported.scenarios[0]!.shocks[0]!.price.value).toBeCloseTo(-0.15, 12);

  await app.getByLabel('Import scenario set file').setInputFiles({ name: 'desk-ladder-v2.json', mimeType: 'application/json', buffer: readFileSync((await download.path())!) });
  await expect(app.getByTestId('scenarios-notice')).toHaveText('Imported desk-ladder-v2.json as desk-ladder v3');
  await expect(editorCell(app, 'r0', 's0.priceValue')).toHaveText('-15%');

  const broken = { ...exported, scenarios: [{ id: 's1', name: 'S', shocks: [{ target: { all: true }, price: { type: 'percent', value: -5 } }] }] };
  await app.getByLabel('Import scenario set file').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(broken)) });
  await expect(app.getByTestId('scenarios-notice')).toContainText('broken.json: scenarios[0].shocks[0].price.type: expected "relative", "absolute" or "set"');
  await screenshot(app, 'scenarios-import-refused');
});

test('duplicate a set, then delete the copy after confirming', async ({ app }) => {
  await app.getByRole('navigation').getByRole('link', { name: 'Scenarios' }).click();
  const library = app.locator('.scenarios-page .grid-host.short');
  await library.locator('[row-id="price-ladder"]').click();
  await app.getByRole('button', { name: 'Duplicate…' }).click();
  await app.getByLabel('New id').fill('ladder-copy');
  await app.getByLabel('New name').fill('Ladder copy');
  await app.getByRole('group', { name: 'Duplicate set' }).getByRole('button', { name: 'Duplicate' }).click();
  await expect(library.locator('[row-id="ladder-copy"] [col-id="version"]')).toHaveText('v1');
  await expect(app.locator('.scenario-editor .set-id')).toContainText('ladder-copy v1');

  await app.getByRole('button', { name: 'Delete set…' }).click();
  await expect(app.getByRole('alertdialog', { name: 'Confirm delete' })).toContainText('Delete “Ladder copy”?');
  await screenshot(app, 'scenarios-delete-confirm');
  await app.getByRole('alertdialog', { name: 'Confirm delete' }).getByRole('button', { name: 'Delete' }).click();
  await expect(app.getByTestId('scenarios-notice')).toHaveText('Deleted Ladder copy; its 1 version stay in the history');
  await expect(library.locator('[row-id="ladder-copy"]')).toHaveCount(0);
  await expect(library.locator('[row-id="price-ladder"]')).toHaveCount(1);
});
