import { useEffect, useRef } from 'react';
import type { RowView } from './statsApi';

/**
 * A horizontal bar chart of one row set, drawn by echarts (SVG renderer, its aria description on), loaded only
 * when a chart is shown so it stays out of the first bundle. A suppressed cell gets no bar but its mark ("<5"
 * or "–") where the bar would start: never a 0. The table beside it is the accessible alternative.
 */
export function StatsChart({ rows, title }: { rows: RowView[]; title: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    let disposed = false;
    let chart: { dispose(): void } | null = null;
    void import('echarts').then((echarts) => {
      if (disposed || !ref.current) return;
      const c = echarts.init(ref.current, undefined, { renderer: 'svg' });
      chart = c;
      c.setOption({
        aria: { enabled: true, label: { description: `${title}. Undertrykte tal vises som <5 eller –, ikke som 0. Se tabellen for alle tal.` } },
        animation: false,
        grid: { left: 200, right: 60, top: 10, bottom: 30 },
        xAxis: { type: 'value', minInterval: 1 },
        yAxis: { type: 'category', inverse: true, data: rows.map((r) => r.label), axisLabel: { color: '#1a1a1a', width: 190, overflow: 'truncate' } },
        series: [{
          type: 'bar',
          data: rows.map((r) => (r.suppressed ? { value: 0, label: { show: true, position: 'insideLeft', formatter: r.mark ?? '', color: '#1a1a1a', fontWeight: 'bold' } } : r.count)),
          itemStyle: { color: '#0059b3' },
          label: { show: true, position: 'right', color: '#1a1a1a' },
        }],
      });
    });
    return () => {
      disposed = true;
      chart?.dispose();
    };
  }, [rows, title]);
  return <div ref={ref} className="stats-chart" style={{ height: Math.max(120, rows.length * 28 + 50) }} role="img" aria-label={`Diagram: ${title}. Tallene står i tabellen nedenfor.`} />;
}
