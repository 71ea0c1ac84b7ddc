import type { Locator, Page } from '@playwright/test';
import { cell, expect, screenshot, test, typeInto } from './scanlineFixture.ts';

/**
 * Waits until the app has saved `key` so that `done` holds for its value, reading it back
 * through the Api as the app would on its next start (the desktop window's bridge, or browser
 * mode's HTTP host), so the same test runs in both.
 */
async function stored(page: Page, key: string, done: (value: unknown) => boolean): Promise<void> {
  const read = () =>
    page.evaluate(async (key) => {
      const bridge = (window as { scanline?: { getUiState(request: object): Promise<Record<string, unknown>> } }).scanline;
      if (bridge) return (await bridge.getUiState({}))[key] ?? null;
      const token = document.querySelector<HTMLMetaElement>('meta[name="scanline-token"]')?.content ?? new URLSearchParams(location.search).get('token') ?? '';
      const response = await fetch('/api/getUiState', { method: 'POST', headers: { 'content-type': 'application/json', 'x-scanline-token': token }, body: '{}' });
      return ((await response.json()) as { value: Record<string, unknown> }).value[key] ?? null;
    }, key);
  await expect.poll(async () => done(await read()), { message: `${key} saved` }).toBe(true);
}
const widerThan = (colId: string, width: number) => (value: unknown) => Array.isArray(value) && value.some((c: { colId?: string; width?: number }) => c.colId === colId && (c.width ?? 0) > width);
const sortedAscending = (colId: string) => (value: unknown) => Array.isArray(value) && value.some((c: { colId?: string; sort?: string }) => c.colId === colId && c.sort === 'asc');

/** Drags the resize grip at the right edge of a column header by `dx` pixels, as a person widens a column. */
async function dragHeaderEdge(page: Page, header: Locator, dx: number): Promise<void> {
  const grip = (await header.locator('.ag-header-cell-resize').boundingBox())!;
  const y = grip.y + grip.height / 2;
  await page.mouse.move(grip.x + grip.width / 2, y);
  await page.mouse.down();
  await page.mouse.move(grip.x + grip.width / 2 + dx, y, { steps: 8 });
  await page.mouse.up();
}

test('the last open page is where the app starts next time', async ({ app, home }) => {
  await expect(app.getByRole('heading', { level: 1, name: 'Book' })).toBeVisible();
  await app.getByRole('navigation').getByRole('link', { name: 'Margin' }).click();
  await stored(app, 'shell.lastPage', (page) => page === 'margin');
  await app.goto(home);
  await expect(app.getByRole('heading', { level: 1, name: 'Margin' })).toBeVisible();
  await expect(app.getByRole('navigation').getByRole('link', { name: 'Margin' })).toHaveAttribute('aria-current', 'page');
  // An address naming a page still wins over the remembered one.
  await app.goto(`${home}#/rules`);
  await expect(app.getByRole('heading', { level: 1, name: 'Rules' })).toBeVisible();
});

test('a layout change still waiting to be saved is saved as the window reloads', async ({ app, home }) => {
  await app.goto(`${home}#/margin`);
  const header = app.locator('.ag-header-cell[col-id="maintenance"] .ag-header-cell-label').first();
  await expect(header).toBeVisible();
  await header.click();
  // Reload at once, inside the save's debounce: the pending write goes out as the page hides.
  await app.goto(home);
  await expect(app.getByRole('heading', { level: 1, name: 'Margin' })).toBeVisible();
  await expect(app.locator('.ag-header-cell[col-id="maintenance"]').first()).toHaveAttribute('aria-sort', 'ascending');
});

test('a resized and sorted column keeps its width and sort after a reload', async ({ app, home }) => {
  await app.goto(`${home}#/margin`);
  const header = app.locator('.ag-header-cell[col-id="id"]').first();
  await expect(header).toBeVisible();
  const before = (await header.boundingBox())!;
  const handle = header.locator('.ag-header-cell-resize');
  const grip = (await handle.boundingBox())!;
  await app.mouse.move(grip.x + grip.width / 2, grip.y + grip.height / 2);
  await app.mouse.down();
  await app.mouse.move(grip.x + grip.width / 2 + 90, grip.y + grip.height / 2, { steps: 8 });
  await app.mouse.up();
  await stored(app, 'grid.margin.accounts.columns', widerThan('id', before.width + 60));
  const widened = (await header.boundingBox())!.width;
  expect(widened).toBeGreaterThan(before.width + 60);

  await app.locator('.ag-header-cell[col-id="requirement"] .ag-header-cell-label').first().click();
  await stored(app, 'grid.margin.accounts.columns', sortedAscending('requirement'));

  await app.goto(home);
  await expect(app.getByRole('heading', { level: 1, name: 'Margin' })).toBeVisible();
  await expect.poll(async () => Math.round((await header.boundingBox())?.width ?? 0)).toBe(Math.round(widened));
  await expect(app.locator('.ag-header-cell[col-id="requirement"]').first()).toHaveAttribute('aria-sort', 'ascending');
});

test('on Rules and History a column widened with the mouse and a header clicked to sort stay so after a reload', async ({ app, home }) => {
  // An edit makes a second margin run, so sorting the runs changes their order.
  await app.goto(`${home}#/book`);
  const quantity = cell(app, 'DESK-B', 'ESM4', 'quantity');
  await typeInto(app, quantity, '22');
  await expect(quantity).toHaveText('22');

  const views = [
    // The rule sets list (the parameters grid below it has other column ids).
    { page: 'rules', heading: 'Rules', loaded: /\d+ rule sets/, key: 'grid.rules.sets.columns', grid: app.locator('.grid-host').first(), widen: 'kind', sort: 'effectiveDate' },
    { page: 'history', heading: 'History', loaded: /[2-9]\d* margin runs/, key: 'grid.history.runs.columns', grid: app.locator('.history-runs'), widen: 'computedAt', sort: 'runId' },
  ];
  for (const view of views) {
    await app.goto(`${home}#/${view.page}`);
    await expect(app.getByRole('heading', { level: 1, name: view.heading })).toBeVisible();
    await expect(app.locator('main')).toContainText(view.loaded);
    const header = view.grid.locator(`.ag-header-cell[col-id="${view.widen}"]`);
    const sortHeader = view.grid.locator(`.ag-header-cell[col-id="${view.sort}"]`);
    const firstCell = view.grid.locator(`[role="row"][row-index="0"] [col-id="${view.sort}"]`);
    await expect(firstCell).toBeVisible();
    // What the first row holds once sorted ascending (AG Grid compares strings as `<` does).
    const values = await view.grid.locator(`[role="row"][row-id] [col-id="${view.sort}"]`).allInnerTexts();
    const smallest = view.sort === 'runId' ? String(Math.min(...values.map(Number))) : [...values].sort()[0];
    expect(await firstCell.innerText(), `${view.heading} rows start unsorted`).not.toBe(smallest);

    const before = (await header.boundingBox())!.width;
    await dragHeaderEdge(app, header, 90);
    await stored(app, view.key, widerThan(view.widen, before + 60));
    const widened = (await header.boundingBox())!.width;
    expect(widened).toBeGreaterThan(before + 60);

    await sortHeader.locator('.ag-header-cell-label').click();
    await stored(app, view.key, sortedAscending(view.sort));
    await expect(sortHeader).toHaveAttribute('aria-sort', 'ascending');
    await expect(firstCell).toHaveText(smallest!);

    // The layout comes back from SQLite through getUiState, not from this page's memory.
    await app.reload();
    await expect(app.getByRole('heading', { level: 1, name: view.heading })).toBeVisible();
    await expect(firstCell).toHaveText(smallest!);
    await expect.poll(async () => Math.round((await header.boundingBox())?.width ?? 0)).toBe(Math.round(widened));
    await expect(sortHeader).toHaveAttribute('aria-sort', 'ascending');
    // Columns slide to their restored places (a 0.2 s transition): let them land before the picture.
    await view.grid.evaluate((grid) => Promise.all(grid.getAnimations({ subtree: true }).map((a) => a.finished)));
    await screenshot(app, `ui-state-${view.page}`);
  }
});

test('columns of an account the saved History layout does not know appear among the other accounts, not after them', async ({ app, home, server }) => {
  // A layout saved before DESK-C was in the book, with Book version moved to the front.
  const saved = ['ag-Grid-SelectionColumn', 'bookVersion', 'runId', 'computedAt', 'DESK-A:requirement', 'DESK-A:utilisation', 'DESK-B:requirement', 'DESK-B:utilisation', 'ruleSets'];
  const stored = await app.request.post(`${server.origin}/api/setUiState`, {
    data: { key: 'grid.history.runs.columns', value: saved.map((colId) => ({ colId, width: colId === 'computedAt' ? 230 : null })) },
    headers: { 'x-scanline-token': server.token },
  });
  expect(stored.ok()).toBe(true);
  // Wide enough that no column is left unrendered (AG Grid draws only the columns in view).
  await app.setViewportSize({ width: 1900, height: 900 });
  await app.goto(`${home}#/history`);
  await app.reload();
  const grid = app.locator('.history-runs');
  await expect(grid.locator('.ag-header-cell[col-id="DESK-C:requirement"]')).toBeVisible();
  const order = () =>
    grid
      .locator('.ag-header-row-column .ag-header-cell[col-id]')
      .evaluateAll((cells) => cells.map((c) => [Number(c.getAttribute('aria-colindex')), c.getAttribute('col-id')] as const).sort((a, b) => a[0] - b[0]).map(([, id]) => id));
  await expect.poll(order).toEqual([...saved.slice(0, -1), 'DESK-C:requirement', 'DESK-C:utilisation', 'ruleSets']);
  await expect.poll(async () => Math.round((await grid.locator('.ag-header-cell[col-id="computedAt"]').boundingBox())?.width ?? 0)).toBe(230);
});
