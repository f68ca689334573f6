// A sortable table of estates (or anything with an id and a version). Rows are keyed: an update
// rewrites only the rows whose version changed and moves rows only when the order changed, so a
// thousand estates updating several times a second stay cheap.
//
// columns: [{ key, label, value(row) → sort value, text(row) → string | Node, num, tone(row) → '' | 'warn' | 'bad', desc }]
//   desc: sort this column descending on its first click (counts: the largest first).
// options: { id, rowKey(row), version(row), sort: { key, dir }, limit, onSelect(row), caption }

import { h, setText } from '../dom.js';
import { inFrame } from '../frame.js';
import { number } from '../format.js';
import { locale, onLanguageChange, t } from '../i18n.js';

let tables = 0;

export function estateTable(root, columns, options) {
  const key = `table-${tables++}`;
  const rowKey = options.rowKey ?? ((row) => row.estateId);
  const version = options.version ?? ((row) => row.version);
  const limit = options.limit ?? Infinity;
  let sort = { ...options.sort };
  let rows = [];
  let generation = 0; // bumped by the language switch: every row is rewritten
  let selected = null;
  const rendered = new Map(); // row key → { tr, stamp }

  const headRow = h('tr');
  const body = h('tbody');
  const foot = h('p', { class: 'table-foot' });
  const table = h('table', { id: options.id, class: 'data' }, h('thead', {}, headRow), body);
  root.append(h('div', { class: 'table-wrap' }, table), foot);
  body.addEventListener('click', (event) => {
    const tr = event.target.closest('tr');
    if (tr && options.onSelect && !event.target.closest('a')) {
      selected = tr.dataset.key;
      options.onSelect(rows.find((row) => rowKey(row) === selected));
      refresh();
    }
  });

  const refresh = () => inFrame(key, draw);
  onLanguageChange(() => { generation += 1; refresh(); });

  function draw() {
    headRow.replaceChildren(...columns.map((column) => {
      const th = h('th', { class: column.num ? 'num' : '', dataset: { key: column.key } },
        h('button', { type: 'button', onclick: () => sortBy(column) }, t(column.label)));
      th.setAttribute('aria-sort', sort.key === column.key ? (sort.dir > 0 ? 'ascending' : 'descending') : 'none');
      return th;
    }));
    const column = columns.find((c) => c.key === sort.key) ?? columns[0];
    const collator = new Intl.Collator(locale(), { numeric: true });
    const ordered = [...rows].sort((a, b) => {
      const x = column.value(a);
      const y = column.value(b);
      const byValue = typeof x === 'number' && typeof y === 'number' ? x - y : collator.compare(String(x ?? ''), String(y ?? ''));
      return byValue * sort.dir || collator.compare(rowKey(a), rowKey(b));
    });
    const shown = ordered.slice(0, limit);
    const keep = new Set();
    const trs = shown.map((row) => {
      const id = rowKey(row);
      keep.add(id);
      let entry = rendered.get(id);
      if (!entry) {
        entry = { tr: h('tr', { dataset: { key: id } }), stamp: null };
        rendered.set(id, entry);
      }

      const stamp = `${version(row)}:${generation}`;
      if (entry.stamp !== stamp) {
        entry.stamp = stamp;
        entry.tr.replaceChildren(...columns.map((c) => {
          const tone = c.tone?.(row) ?? '';
          return h('td', { class: [c.num ? 'num' : '', tone, c.cls ?? ''].join(' ').trim() || null, dataset: { col: c.key } }, c.text(row));
        }));
      }

      entry.tr.setAttribute('aria-selected', String(id === selected));
      return entry.tr;
    });
    for (const [id, entry] of rendered) {
      if (!keep.has(id)) {
        entry.tr.remove();
        rendered.delete(id);
      }
    }

    const current = body.children;
    if (current.length !== trs.length || trs.some((tr, i) => current[i] !== tr)) {
      body.replaceChildren(...trs);
    }

    setText(foot, ordered.length > shown.length
      ? t('table.more', { shown: number(shown.length), total: number(ordered.length) })
      : t('table.rows', { n: number(ordered.length) }));
  }

  function sortBy(column) {
    sort = sort.key === column.key ? { key: column.key, dir: -sort.dir } : { key: column.key, dir: column.desc ? -1 : 1 };
    refresh();
  }

  return {
    /** Replaces the rows (the same objects may come again; unchanged versions are not redrawn). */
    update(next) { rows = next; refresh(); },
    select(id) { selected = id; refresh(); },
  };
}
