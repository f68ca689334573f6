// An estate's health score (docs/health-score.md): the score in its band colour, the factor
// that cost most, and the points each factor cost (ECharts bars).

import { band, colour } from '../health.js';
import { h, setText } from '../dom.js';
import { nameOf, t } from '../i18n.js';
import { panel } from './panel.js';

// The order of HealthFactor, as the documentation's table lists them.
const FACTORS = ['Vacancy', 'IncidentLoad', 'OverdueIncidents', 'GuardShortfall', 'CamerasOffline',
  'OpenFaults', 'OverdueFaults', 'RentArrears', 'OverdueReviews', 'ExitReviews', 'Satisfaction'];

export function healthPanel(root, settings) {
  const score = h('div', { id: 'health-score', class: 'health-score' }, '—');
  const top = h('div', { id: 'health-top', class: 'health-top' });
  const chartEl = h('div', { class: 'chart health-chart' });
  root.append(h('div', { class: 'health-head' }, score, top), chartEl);
  const chart = window.echarts.init(chartEl, null, { renderer: 'canvas' });
  new ResizeObserver(() => chart.resize()).observe(chartEl);
  let status = null;

  const refresh = panel(() => {
    const health = status?.health;
    const value = health?.score ?? null;
    setText(score, value ?? '—');
    score.style.backgroundColor = colour(value);
    score.dataset.band = band(value, settings);
    setText(top, !health ? '' : health.topFactor === 'None'
      ? t('estate.noPenalty') : t('estate.topFactor', { factor: nameOf('factors', health.topFactor) }));
    // Only what costs points, the largest first: every factor is in the payload, most are 0.
    const costs = FACTORS.map((factor) => [factor, health?.penalties?.[factor] ?? 0]).filter(([, p]) => p > 0).sort((a, b) => b[1] - a[1]);
    chartEl.hidden = costs.length === 0;
    chart.setOption({
      animationDuration: 300,
      grid: { left: 8, right: 48, top: 4, bottom: 4, containLabel: true },
      xAxis: { type: 'value', max: 20, splitLine: { lineStyle: { color: '#1e2a44' } }, axisLabel: { show: false } },
      yAxis: {
        type: 'category', inverse: true, data: costs.map(([f]) => nameOf('factors', f)),
        axisLabel: { color: '#cbd5e1', fontSize: 14, interval: 0 }, axisLine: { lineStyle: { color: '#334155' } }, axisTick: { show: false },
      },
      series: [{
        type: 'bar', data: costs.map(([f, p]) => ({ value: p, itemStyle: { color: f === health?.topFactor ? '#ef4444' : '#f59e0b' } })),
        barMaxWidth: 18, label: { show: true, position: 'right', color: '#e6edf7', fontSize: 14, formatter: ({ value }) => `−${value.toFixed(2)}` },
      }],
      tooltip: { trigger: 'item', formatter: ({ name, value }) => `${name}: −${value.toFixed(2)}` },
    }, { replaceMerge: ['series', 'yAxis'] });
    chart.resize();
  });
  return (next) => { status = next; refresh(); };
}
