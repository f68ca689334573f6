// A small ECharts line of one figure's trend since the screen opened (see trends.js).

import { throttle } from '../frame.js';

export function sparkline(el, colour = '#38bdf8') {
  const chart = window.echarts.init(el, null, { renderer: 'canvas' });
  chart.setOption({
    animation: false,
    grid: { left: 2, right: 2, top: 4, bottom: 2 },
    xAxis: { type: 'time', show: false },
    yAxis: { type: 'value', show: false, scale: true },
    tooltip: { show: false },
    series: [{
      type: 'line', data: [], showSymbol: false, smooth: false, step: 'end',
      lineStyle: { width: 2, color: colour }, areaStyle: { color: colour, opacity: 0.15 },
    }],
  });
  new ResizeObserver(() => chart.resize()).observe(el);
  let points = [];
  const draw = throttle(() => {
    // A flat line needs two points; extend the last value to now so the line reaches the present.
    const last = points.at(-1);
    const data = last ? [...points, [Date.now(), last[1]]] : [];
    chart.setOption({ series: [{ data }] });
  }, 2000); // an hour's trend gains nothing from redrawing more often
  return (next) => { points = next; draw(); };
}
