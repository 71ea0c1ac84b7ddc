import type { Locator } from '@playwright/test';
import { expect, screenshot, test } from './scanlineFixture.ts';

type HeatmapSeries = { type: string; data: [number, number, number, number?][]; label: { show: boolean } };
interface ChartOption {
  xAxis: { data: string[] }[];
  yAxis: { data: string[] }[];
  visualMap: { min: number; max: number; dimension: number; text?: string[] }[];
  series: HeatmapSeries[];
}
interface LiveChart {
  getOption(): ChartOption;
  convertToPixel(finder: { seriesIndex: number }, value: number[]): [number, number];
}

/** The live chart's option, read through ECharts' own getOption (EChart.tsx keeps the instance on its element). */
const optionOf = (chart: Locator) => chart.evaluate((el) => (el as HTMLElement & { chart: LiveChart }).chart.getOption());
const pixelOf = (chart: Locator, x: number, y: number) => chart.evaluate((el, at) => (el as HTMLElement & { chart: LiveChart }).chart.convertToPixel({ seriesIndex: 0 }, at), [x, y]);

test('the price × vol heat map shows P&L in its cells, and a click lists the positions under that scenario', async ({ app }) => {
  await app.getByRole('navigation').getByRole('link', { name: 'Stress' }).click();
  await app.getByRole('tab', { name: 'Price × vol heat map' }).click();
  await app.getByLabel('Heat map account').selectOption('DESK-B');
  const chart = app.getByRole('img', { name: 'Price × vol P&L heat map of DESK-B' });
  await expect(chart).toBeVisible();
  await expect.poll(async () => (await optionOf(chart)).series[0]?.data.length).toBe(13 * 7);
  const option = await optionOf(chart);
  expect(option.xAxis[0]!.data).toEqual(['−30%', '−25%', '−20%', '−15%', '−10%', '−5%', '0%', '+5%', '+10%', '+15%', '+20%', '+25%', '+30%']);
  expect(option.yAxis[0]!.data).toEqual(['−50%', '−25%', '0%', '+25%', '+50%', '+75%', '+100%']);
  expect(option.series[0]!.label.show).toBe(true);
  // Diverging colours centred on zero: the scale is symmetric, the unchanged cell is exactly 0.
  expect(option.visualMap[0]!.min).toBe(-option.visualMap[0]!.max);
  const cells = option.series[0]!.data;
  expect(cells.find(([x, y]) => x === 6 && y === 2)![2]).toBe(0);
  await screenshot(app, 'stress-heatmap');

  // Click the −30% price, +100% vol cell.
  const [px, py] = await pixelOf(chart, 0, 6);
  await chart.click({ position: { x: px, y: py } });
  const drill = app.locator('.drill-through');
  await expect(drill.getByRole('heading')).toHaveText(/DESK-B at price −30% · vol \+100%/);
  const cellValue = cells.find(([x, y]) => x === 0 && y === 6)![2];
  await expect.poll(async () => Number((await app.getByTestId('drill-total').innerText()).replace(/[^\d.-]/g, ''))).toBeCloseTo(cellValue, -1);
  const esRow = drill.locator('[role="row"]').filter({ has: app.locator('[col-id="instrument"]', { hasText: /^ESM4$/ }) });
  // A future is linear: 12 × 50 × 5,175.25 × −30% whatever the vol (resources/sample-book.json).
  await expect(esRow.locator('[col-id="pnl"]')).toHaveText(/−?-?931,545 USD/);
  // The drill-through runs as a job: once it has answered, neither its progress nor a cancelled note remains.
  await expect(app.getByRole('progressbar', { name: 'Drill-through progress' })).toBeHidden();
  await expect(app.getByText(/Drill-through cancelled/)).toBeHidden();
  await screenshot(app, 'stress-heatmap-drill');

  // One underlying at a time: the SPX map's cell is the SPX positions' sum.
  await app.getByLabel('Heat map underlying').selectOption('SPX');
  await expect(drill.getByRole('heading')).toHaveText(/DESK-B · SPX at price −30%/);
});

test('the grid controls set the price range, the vol shifts and the days forward, refuse bad values in place, and are kept after a reload', async ({ app, home }) => {
  await app.getByRole('navigation').getByRole('link', { name: 'Stress' }).click();
  await app.getByRole('tab', { name: 'Price × vol heat map' }).click();
  await app.getByLabel('Heat map account').selectOption('DESK-A');
  const chart = app.getByRole('img', { name: 'Price × vol P&L heat map of DESK-A' });
  const axes = async () => {
    const option = await optionOf(chart);
    return { x: option.xAxis[0]!.data, y: option.yAxis[0]!.data };
  };
  await expect.poll(async () => (await axes()).x.length).toBe(13);
  const zeroCell = async () => {
    const option = await optionOf(chart);
    const x = option.xAxis[0]!.data.indexOf('0%');
    const y = option.yAxis[0]!.data.indexOf('0%');
    return option.series[0]!.data.find((c) => c[0] === x && c[1] === y)![2];
  };
  expect(await zeroCell()).toBe(0);

  // Refused in place with the reason; the map keeps the last valid grid.
  const priceStep = app.getByLabel('Price move step');
  await priceStep.fill('0');
  await expect(app.getByText('Step must be positive')).toBeVisible();
  await expect(priceStep).toHaveAttribute('aria-invalid', 'true');
  await priceStep.fill('1');
  await app.getByLabel('Price move from').fill('-60');
  await app.getByLabel('Price move to').fill('60');
  await expect(app.getByText('At most 61 price moves; this range gives 121')).toBeVisible();
  await app.getByLabel('Days forward').fill('4000');
  await expect(app.getByText('Days forward must be between 0 and 3660')).toBeVisible();
  expect((await axes()).x).toHaveLength(13);
  await screenshot(app, 'stress-heatmap-refused');

  // A valid range reruns the grid by itself, the settings saved for next time.
  const saved = app.waitForResponse((r) => r.url().endsWith('/api/setUiState') && (r.request().postData() ?? '').includes('"stress.priceVol.settings"') && (r.request().postData() ?? '').includes('"daysForward":30'));
  await app.getByLabel('Price move from').fill('-20');
  await app.getByLabel('Price move to').fill('20');
  await priceStep.fill('10');
  await app.getByLabel('Vol shift from').fill('-20');
  await app.getByLabel('Vol shift to').fill('40');
  await app.getByLabel('Vol shift step').fill('20');
  await app.getByLabel('Days forward').fill('30');
  await expect(app.locator('.field-error')).toHaveCount(0);
  await expect.poll(axes).toEqual({ x: ['−20%', '−10%', '0%', '+10%', '+20%'], y: ['−20%', '0%', '+20%', '+40%'] });
  await expect(app.getByText(/5 × 4 scenarios · 30 days forward/)).toBeVisible();
  // Thirty days on, DESK-A's options have decayed: no move is no longer no P&L.
  expect(await zeroCell()).not.toBe(0);
  await saved;
  await screenshot(app, 'stress-heatmap-controls');

  // The drill-through values the clicked cell the same days forward.
  const [px, py] = await pixelOf(chart, 0, 3);
  await chart.click({ position: { x: px, y: py } });
  const drill = app.locator('.drill-through');
  await expect(drill.getByRole('heading')).toHaveText(/DESK-A at price −20% · vol \+40% · 30 days forward/);
  const cellValue = (await optionOf(chart)).series[0]!.data.find(([x, y]) => x === 0 && y === 3)![2];
  await expect.poll(async () => Number((await app.getByTestId('drill-total').innerText()).replace(/[^\d.-]/g, ''))).toBeCloseTo(cellValue, -1);

  await app.goto(home);
  await expect(app.getByRole('heading', { level: 1, name: 'Stress' })).toBeVisible();
  await expect(app.getByLabel('Price move from')).toHaveValue('-20');
  await expect(app.getByLabel('Price move to')).toHaveValue('20');
  await expect(app.getByLabel('Price move step')).toHaveValue('10');
  await expect(app.getByLabel('Vol shift to')).toHaveValue('40');
  await expect(app.getByLabel('Days forward')).toHaveValue('30');
  const reloaded = app.getByRole('img', { name: /^Price × vol P&L heat map of / });
  await expect.poll(async () => (await optionOf(reloaded)).xAxis[0]!.data).toEqual(['−20%', '−10%', '0%', '+10%', '+20%']);
  await screenshot(app, 'stress-heatmap-reloaded');

  await app.getByRole('button', { name: 'Reset to desk default' }).click();
  await expect(app.getByLabel('Days forward')).toHaveValue('0');
  await expect.poll(async () => (await optionOf(reloaded)).xAxis[0]!.data.length).toBe(13);
  await expect.poll(async () => (await optionOf(reloaded)).yAxis[0]!.data).toEqual(['−50%', '−25%', '0%', '+25%', '+50%', '+75%', '+100%']);
  await expect(app.getByRole('button', { name: 'Reset to desk default' })).toBeDisabled();
});

test('a saved scenario set shows as a scenario × account heat map', async ({ app, home }) => {
  await app.getByRole('navigation').getByRole('link', { name: 'Stress' }).click();
  // The view last chosen is remembered (here: the price × vol map of the previous test).
  await app.getByRole('tab', { name: 'Scenario set: heat map' }).click();
  await app.getByLabel('Scenario set').selectOption('price-ladder');
  const chart = app.getByRole('img', { name: /P&L heat map of .*: scenario by account/ });
  await expect(chart).toBeVisible();
  await expect.poll(async () => (await optionOf(chart)).series[0]?.data.length ?? 0).toBeGreaterThan(0);
  const option = await optionOf(chart);
  expect(option.xAxis[0]!.data).toContain('DESK-B (USD)');
  const x = option.xAxis[0]!.data.indexOf('DESK-B (USD)');
  const y = option.yAxis[0]!.data.findIndex((n) => /−10%|-10%/.test(n));
  await app.getByRole('tab', { name: 'Scenario set: table' }).click();
  const tableValue = Number((await app.locator('[role="row"][row-id="px-10"] [col-id="DESK-B"]').innerText()).replace(/[^\d.-]/g, ''));
  expect(option.series[0]!.data.find((c) => c[0] === x && c[1] === y)![2]).toBeCloseTo(tableValue, -1);
  await app.getByRole('tab', { name: 'Scenario set: heat map' }).click();
  await expect(app.getByLabel('Colour scale')).toHaveValue('shared');
  await screenshot(app, 'stress-set-heatmap');

  // Each account its own scale: DESK-C's worst, −52,746 USD at +30% (resources/sample-book.json,
  // resources/scenarios/price-ladder.json), is as deep a red as DESK-A's −4.5M, and the cell
  // still holds and shows the amount itself.
  const saved = app.waitForResponse((r) => r.url().endsWith('/api/setUiState') && (r.request().postData() ?? '').includes('"stress.setHeatmap.colourScale"'));
  await app.getByLabel('Colour scale').selectOption('each account its own');
  await expect.poll(async () => (await optionOf(chart)).visualMap[0]).toMatchObject({ min: -1, max: 1, dimension: 3, text: ['gain', 'loss'] });
  const scaled = await optionOf(chart);
  const deskC = scaled.xAxis[0]!.data.indexOf('DESK-C (USD)');
  const up30 = scaled.yAxis[0]!.data.indexOf('All prices +30%');
  const deskCWorst = scaled.series[0]!.data.find((c) => c[0] === deskC && c[1] === up30)!;
  expect(deskCWorst[2]).toBeCloseTo(-52_745.69, 1);
  expect(deskCWorst[3]).toBe(-1);
  const [px, py] = await pixelOf(chart, deskC, up30);
  await chart.hover({ position: { x: px, y: py } });
  await expect(chart).toContainText(/All prices \+30% · Account DESK-C \(USD\)\s*-52,746 USD/);
  await expect(chart.getByText('-52,746 USD', { exact: true })).toBeVisible();
  await app.mouse.move(0, 0);
  await expect(chart.getByText('-52,746 USD', { exact: true })).toBeHidden();
  await screenshot(app, 'stress-set-heatmap-per-account');

  // The choice is kept across restarts.
  await saved;
  await app.goto(home);
  await expect(app.getByLabel('Colour scale')).toHaveValue('per-account');
});
