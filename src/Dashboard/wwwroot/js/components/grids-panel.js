// An estate's grids (網格, about 200 households each, §4.3): households, occupancy, arrears,
// overdue reviews, staff and size warnings, from the estate layout the hub reads on request.

import { h } from '../dom.js';
import { number, percent } from '../format.js';
import { nameOf, t } from '../i18n.js';
import { panel } from './panel.js';

export function gridsPanel(root) {
  const body = h('tbody');
  const head = h('tr');
  const empty = h('p', { class: 'empty', hidden: true });
  root.append(h('div', { class: 'table-wrap' }, h('table', { id: 'grids-table', class: 'data' }, h('thead', {}, head), body)), empty);
  let layout = null;

  const refresh = panel(() => {
    head.replaceChildren(...[
      ['estate.gridName', ''], ['estate.gridHouseholds', 'num'], ['estate.gridRate', 'num'],
      ['estate.gridRent', 'num'], ['estate.gridReviews', 'num'], ['estate.gridStaff', ''],
    ].map(([key, cls]) => h('th', { class: cls }, t(key))));
    const grids = layout?.grids ?? [];
    empty.hidden = !layout || grids.length > 0;
    empty.textContent = t('estate.noGrids');
    body.replaceChildren(...grids.map((grid) => {
      const { occupancy, residency } = grid.summary;
      const missing = grid.missingRoles ?? [];
      const notes = [
        missing.length > 0 ? t('estate.gridMissing', { roles: missing.map((r) => nameOf('roles', r)).join('、') }) : t('estate.gridFull'),
        grid.sizeWarning ? t('estate.gridTooBig', { n: grid.sizeWarning.warnAbove }) : null,
      ].filter(Boolean).join(' · ');
      return h('tr', { dataset: { grid: grid.gridId } },
        h('td', {}, h('b', {}, grid.name), h('span', { class: 'code' }, ` ${grid.gridId}`)),
        h('td', { class: 'num' }, number(residency.households)),
        h('td', { class: 'num' }, percent(occupancy.dwellings > 0 ? occupancy.occupied / occupancy.dwellings : null)),
        h('td', { class: `num${residency.rentSerious > 0 ? ' bad' : ''}` }, number(residency.rentSerious)),
        h('td', { class: `num${residency.reviewsOverdue > 0 ? ' warn' : ''}` }, number(residency.reviewsOverdue)),
        h('td', { class: missing.length > 0 || grid.sizeWarning ? 'warn' : '' }, `${number(grid.staff)} · ${notes}`));
    }));
  });
  return (next) => { layout = next; refresh(); };
}
