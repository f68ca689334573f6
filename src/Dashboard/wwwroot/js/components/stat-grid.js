// A grid of labelled counts (residency figures, incident counts…): one cell per figure,
// each with data-figure="<key>" so it can be found and tested by name.
// tone(value, data) may return ok | watch | alarm to colour a cell.

import { h, setText } from '../dom.js';
import { number } from '../format.js';
import { t } from '../i18n.js';
import { panel } from './panel.js';

export function statGrid(root, figures, read) {
  const cells = figures.map(({ key, label }) => {
    const value = h('b', { class: 'value' }, '—');
    const cell = h('div', { class: 'stat', dataset: { figure: key, tone: 'none' } }, value, h('span', { class: 'label', dataset: { i18n: label } }, t(label)));
    return { key, value, cell };
  });
  root.append(h('div', { class: 'stats' }, cells.map((c) => c.cell)));
  let data = null;
  const refresh = panel(() => {
    if (!data) {
      return;
    }

    const section = read(data);
    figures.forEach(({ key, tone }, i) => {
      const value = section?.[key] ?? 0;
      setText(cells[i].value, number(value));
      cells[i].cell.dataset.tone = tone ? tone(value, data) : 'none';
    });
  });
  return (next) => { data = next; refresh(); };
}
