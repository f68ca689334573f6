// One key figure: label, big value with unit, a line underneath, optionally a trend sparkline.
// set({ value, unit, sub, tone }) — tone: ok | watch | alarm | none, colours the value.

import { h, setText } from '../dom.js';
import { t } from '../i18n.js';
import { sparkline } from './sparkline.js';

/**
 * @param {Element} container
 * @param {{ key: string, label: string, trend?: boolean, colour?: string }} options
 */
export function figure(container, { key, label, trend = false, colour }) {
  const value = h('span', { class: 'value' }, '—');
  const unit = h('span', { class: 'unit' });
  const sub = h('div', { class: 'sub' });
  const spark = trend ? h('div', { class: 'spark', title: t('fig.trend'), dataset: { i18nTitle: 'fig.trend' } }) : null;
  const card = h('article', { class: 'figure', dataset: { figure: key, tone: 'none' } },
    h('h3', { dataset: { i18n: label } }, t(label)), h('div', { class: 'value-line' }, value, unit), sub, spark);
  container.append(card);
  const drawTrend = spark ? sparkline(spark, colour) : null;
  return {
    element: card,
    set({ value: v, unit: u = '', sub: s = '', tone = 'none' }) {
      setText(value, v);
      setText(unit, u);
      setText(sub, s);
      card.dataset.tone = tone;
    },
    trend(points) { drawTrend?.(points); },
  };
}
