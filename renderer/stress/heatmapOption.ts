import { formatMoney } from '../../shared/formatNumber.ts';
import type { ChartOption } from '../charts/EChart.tsx';
import { columnScaled } from './columnScaled.ts';

/** A heat map's axes and cells: cell [x, y, value] is column x, row y. */
export interface HeatmapData {
  xLabels: string[];
  yLabels: string[];
  xName: string;
  yName: string;
  cells: [number, number, number][];
  currency: string;
  /** Rows top-down in `yLabels` order (a list), rather than bottom-up (a scale). */
  yDown?: boolean;
  /** Values written in the cells (off for grids whose cells are too small to read them; the tooltip still has them). */
  labels?: boolean;
  /**
   * Colours each column on its own scale (its cells over its largest absolute value, see
   * `columnScaled`) rather than all on one; the legend's ends then read as these words, not amounts.
   */
  perColumn?: { low: string; high: string };
}

/** Losses red, gains green, white at zero. */
const diverging = ['#a50026', '#e0604a', '#fbc4ae', '#ffffff', '#bfe3bc', '#5bb062', '#006d2c'];
const compact = new Intl.NumberFormat('en-US', { notation: 'compact', maximumFractionDigits: 1 });
const percent = new Intl.NumberFormat('en-US', { style: 'percent' });

/**
 * P&L as a heat map: diverging colours centred on 0 (symmetric about it), the value in each cell
 * and its tooltip (each column's colour relative to that column's largest value when `perColumn`).
 */
export function heatmapOption({ xLabels, yLabels, xName, yName, cells, currency, yDown = false, labels = true, perColumn }: HeatmapData): ChartOption {
  const extent = perColumn ? 1 : Math.max(1, ...cells.map((c) => Math.abs(c[2])));
  return {
    animation: false,
    tooltip: {
      position: 'top',
      formatter: (p: { value: [number, number, number] }) => `${yName} ${yLabels[p.value[1]]} · ${xName} ${xLabels[p.value[0]]}<br/><b>${formatMoney(p.value[2], currency, 0)}</b>`,
    },
    grid: { left: 170, right: 110, top: 16, bottom: 56 },
    xAxis: { type: 'category', data: xLabels, name: xName, nameLocation: 'middle', nameGap: 34, splitArea: { show: true } },
    yAxis: { type: 'category', data: yLabels, inverse: yDown, name: yName, nameLocation: 'middle', nameGap: 150, splitArea: { show: true } },
    visualMap: {
      type: 'continuous',
      min: -extent,
      max: extent,
      calculable: true,
      orient: 'vertical',
      right: 12,
      top: 'middle',
      itemHeight: 200,
      // Colour by the value, or by its share of the column's largest (appended as a fourth dimension).
      dimension: perColumn ? 3 : 2,
      ...(perColumn
        ? { text: [perColumn.high, perColumn.low], textGap: 12, formatter: (v: number) => percent.format(v) }
        : { formatter: (v: number) => compact.format(v) }),
      inRange: { color: diverging },
    },
    series: [
      {
        type: 'heatmap',
        data: perColumn ? columnScaled(cells) : cells,
        label: { show: labels, fontSize: 11, formatter: (p: { value: [number, number, number] }) => compact.format(p.value[2]) },
        itemStyle: { borderColor: '#fff', borderWidth: 1 },
        emphasis: { itemStyle: { borderColor: '#1c2230', borderWidth: 2 } },
      },
    ],
  };
}
