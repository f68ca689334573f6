// @ts-check
// Residents' satisfaction per district and for the city (GET api/satisfaction, over the estates the person reaches):
// ratings of closed cases and survey answers, counted, with their mean; no mean where there is no rating (never a 0);
// "not permitted" without ReadCommunity. Read again every few seconds. Used on the housing office's screen.

import { get } from '../api.js';
import { h, setText } from '../dom.js';
import { number } from '../format.js';
import { language, nameOf, t } from '../i18n.js';
import { panel } from './panel.js';

const READ_EVERY_MS = 10_000;

const WORDS = {
  zh: { title: '居民满意度（结案评价与调查）', district: '区', estates: '小区', responses: '评价与答卷', mean: '平均分', city: '全市', none: '尚无评价或调查' },
  en: { title: "Residents' satisfaction (closed cases and surveys)", district: 'District', estates: 'Estates', responses: 'Ratings and answers', mean: 'Mean', city: 'City', none: 'No ratings or surveys yet' },
};

const word = (key) => (WORDS[language()] ?? WORDS.zh)[key];

/** Mounts the panel in root (a section) and starts reading. */
export function satisfactionPanel(root) {
  const title = h('h2', { id: 'satisfaction-title' });
  const denied = h('p', { id: 'satisfaction-denied', class: 'denied', hidden: true });
  const head = h('tr');
  const body = h('tbody', { id: 'satisfaction-districts' });
  const empty = h('p', { id: 'satisfaction-empty', class: 'empty', hidden: true });
  const table = h('table', { class: 'data' }, h('thead', {}, head), body);
  root.append(h('div', { class: 'panel-head' }, title), denied, table, empty);
  /** @type {any} */
  let rollup = null;
  let forbidden = false;

  const mean = (c) => (c?.mean == null ? '—' : c.mean.toFixed(2));
  const refresh = panel(() => {
    setText(title, word('title'));
    setText(denied, t('notPermitted'));
    setText(empty, word('none'));
    denied.hidden = !forbidden;
    const rows = rollup?.districts ?? [];
    table.hidden = forbidden || rows.length === 0;
    empty.hidden = forbidden || rows.length > 0;
    head.replaceChildren(...['district', 'estates', 'responses', 'mean'].map((k) => h('th', {}, word(k))));
    body.replaceChildren(
      ...rows.map((d) => h('tr', { dataset: { district: d.district } },
        h('td', {}, nameOf('districts', d.district)), h('td', {}, number(d.estates)), h('td', {}, number(d.counts.responses)), h('td', {}, mean(d.counts)))),
      ...(rows.length > 1 ? [h('tr', { class: 'total' }, h('td', {}, word('city')), h('td', {}, number(rollup.estates.length)),
        h('td', {}, number(rollup.city.responses)), h('td', {}, mean(rollup.city)))] : []));
  });

  const read = async () => {
    const result = await get('api/satisfaction');
    forbidden = result.forbidden;
    rollup = result.ok ? result.body : null;
    refresh();
  };
  read();
  setInterval(read, READ_EVERY_MS);
}
