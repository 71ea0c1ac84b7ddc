import { BarChart, HeatmapChart, LineChart } from 'echarts/charts';
import { DataZoomComponent, GridComponent, LegendComponent, TooltipComponent, VisualMapComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';
import { useColorScheme } from '../state/colorScheme.ts';

echarts.use([BarChart, LineChart, HeatmapChart, GridComponent, TooltipComponent, LegendComponent, DataZoomComponent, VisualMapComponent, CanvasRenderer]);

export type ChartOption = echarts.EChartsCoreOption;

/**
 * One ECharts instance bound to a div: created on mount, updated with each option, resized
 * with its container, and disposed on unmount. `onClick` receives the clicked item's data.
 */
export function EChart({ option, label, height = 360, onClick }: { option: ChartOption; label: string; height?: number; onClick?: (data: unknown) => void }) {
  const host = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  // ECharts' light or dark palette follows the app's scheme (the chart is re-created when it changes).
  const scheme = useColorScheme();
  const click = useRef(onClick);
  useEffect(() => {
    click.current = onClick;
  });
  useEffect(() => {
    const el = host.current!;
    const instance = echarts.init(el, scheme === 'dark' ? 'dark' : null, { renderer: 'canvas' });
    chart.current = instance;
    instance.on('click', (e) => click.current?.(e.data));
    // Tests read the live chart (getOption, convertToPixel) from its element, as DESIGN.md asks.
    Object.assign(el, { chart: instance });
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(el);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, [scheme]);
  useEffect(() => {
    const instance = chart.current;
    if (!instance) return;
    instance.setOption({ backgroundColor: 'transparent', ...option }, { notMerge: true });
    host.current?.setAttribute('data-series', String((option.series as unknown[] | undefined)?.length ?? 0));
  }, [option, scheme]);
  return <div ref={host} className="chart" role="img" aria-label={label} style={{ height }} />;
}
