// An estate's occupancy: the rate, dwellings and occupied, dwellings by lifecycle state
// (an ECharts ring with a legend of counts) and by tenure.

import { h, setText } from '../dom.js';
import { number, percentNumber } from '../format.js';
import { nameOf, t } from '../i18n.js';
import { panel } from './panel.js';

export const STATES = ['Vacant', 'Allocated', 'Occupied', 'ExitRequested', 'Vacated', 'UnderInspection', 'UnderRepair'];
export const STATE_COLOURS = {
  Vacant: '#64748b', Allocated: '#a78bfa', Occupied: '#22c55e', ExitRequested: '#f59e0b',
  Vacated: '#f97316', UnderInspection: '#38bdf8', UnderRepair: '#ef4444',
};
const TENURES = ['PublicRental', 'LowRent', 'Economy', 'LimitedPrice'];

export function occupancyPanel(root) {
  const rate = h('span', { id: 'rate' }, '—');
  const dwellings = h('dd', { id: 'dwellings' }, '—');
  const occupied = h('dd', { id: 'occupied' }, '—');
  const states = h('ul', { id: 'states', class: 'states' });
  const tenureList = h('span', { class: 'list' });
  const tenures = h('p', { id: 'tenures', class: 'tenures' }, h('span', { class: 'label', dataset: { i18n: 'estate.tenures' } }, t('estate.tenures')), tenureList);
  const chartEl = h('div', { class: 'chart occupancy-chart' });
  root.append(h('div', { class: 'occupancy-body' },
    h('div', { class: 'hero' },
      h('div', { class: 'hero-number' }, rate, h('span', { class: 'unit' }, '%')),
      h('div', { class: 'hero-label', dataset: { i18n: 'estate.occupancyRate' } }, t('estate.occupancyRate')),
      h('dl', { class: 'kpis' },
        h('div', {}, h('dt', { dataset: { i18n: 'estate.dwellings' } }, t('estate.dwellings')), dwellings),
        h('div', {}, h('dt', { dataset: { i18n: 'estate.occupied' } }, t('estate.occupied')), occupied))),
    chartEl, states), tenures);
  const chart = window.echarts.init(chartEl, null, { renderer: 'canvas' });
  new ResizeObserver(() => chart.resize()).observe(chartEl);
  let status = null;

  const refresh = panel(() => {
    if (!status) {
      return;
    }

    const { occupancy } = status;
    setText(rate, percentNumber(occupancy.dwellings > 0 ? occupancy.occupied / occupancy.dwellings : 0));
    setText(dwellings, number(occupancy.dwellings));
    setText(occupied, number(occupancy.occupied));
    states.replaceChildren(...STATES.map((state) => h('li', { dataset: { state }, style: { '--tone': STATE_COLOURS[state] } },
      h('span', { class: 'count' }, number(occupancy.byState?.[state] ?? 0)), h('span', { class: 'name' }, nameOf('states', state)))));
    setText(tenureList, TENURES.map((x) => `${nameOf('tenures', x)} ${number(status.tenures?.[x] ?? 0)}`).join(' · '));
    chart.setOption({
      animationDuration: 300,
      tooltip: { trigger: 'item', formatter: '{b}: {c} ({d}%)' },
      series: [{
        type: 'pie', radius: ['52%', '86%'], label: { show: false }, itemStyle: { borderColor: '#111a2e', borderWidth: 2 },
        data: STATES.map((state) => ({ name: nameOf('states', state), value: occupancy.byState?.[state] ?? 0, itemStyle: { color: STATE_COLOURS[state] } })),
      }],
    });
  });
  return (next) => { status = next; refresh(); };
}
