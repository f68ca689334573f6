// The property-service contracts (物業服務合同, §6.1) attached to an estate, with the place for
// each one's assessment score once contract assessment is live.

import { h } from '../dom.js';
import { t } from '../i18n.js';
import { panel } from './panel.js';

export function contractsPanel(root) {
  const body = h('tbody');
  const head = h('tr');
  const table = h('table', { id: 'contracts-table', class: 'data' }, h('thead', {}, head), body);
  const empty = h('p', { class: 'empty', hidden: true });
  const wrap = h('div', { class: 'table-wrap' }, table);
  root.append(wrap, empty);
  let status = null;

  const refresh = panel(() => {
    const contracts = status?.contracts ?? [];
    head.replaceChildren(...['estate.contractId', 'estate.company', 'estate.zone', 'estate.scorecard'].map((key) => h('th', {}, t(key))));
    wrap.hidden = contracts.length === 0;
    empty.hidden = !status || contracts.length > 0;
    empty.textContent = t('estate.noContracts');
    body.replaceChildren(...contracts.map((c) => h('tr', { dataset: { contract: c.contractId } },
      h('td', { class: 'code' }, c.contractId),
      h('td', {}, c.companyName),
      h('td', {}, c.zoneId ?? t('estate.wholeEstate')),
      h('td', { class: 'pending', title: t('estate.scorecardLater') }, '—'))));
  });
  return (next) => { status = next; refresh(); };
}
