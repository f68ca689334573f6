// @ts-check
// The property-service contracts (物業服務合同, §6.1) attached to an estate, each with its live score (考核): the
// panel subscribes `contract/<id>` for every attached contract and shows the current period's score, the factor that
// costs most and the below-threshold flag; a refused scope (a company watching another's contract) says so.

import { HubErrorCode, Scopes } from '../contract.js';
import { h } from '../dom.js';
import { nameOf, t } from '../i18n.js';
import { live } from '../live.js';
import { panel } from './panel.js';

/** @typedef {import('../contract.js').ScorecardView} ScorecardView */
/** @typedef {import('../contract.js').EstateStatus} EstateStatus */

/** @param {HTMLElement} root */
export function contractsPanel(root) {
  const body = h('tbody');
  const head = h('tr');
  const table = h('table', { id: 'contracts-table', class: 'data' }, h('thead', {}, head), body);
  const empty = h('p', { class: 'empty', hidden: true });
  const wrap = h('div', { class: 'table-wrap' }, table);
  root.append(wrap, empty);
  /** @type {EstateStatus | null} */
  let status = null;
  /** @type {Map<string, { stop: () => void, view: ScorecardView | null, refused: string }>} */
  const watched = new Map();

  const refresh = panel(() => {
    const contracts = status?.contracts ?? [];
    head.replaceChildren(...['estate.contractId', 'estate.company', 'estate.zone', 'estate.scorecard', 'estate.topFactor2'].map((key) => h('th', {}, t(key))));
    wrap.hidden = contracts.length === 0;
    empty.hidden = !status || contracts.length > 0;
    empty.textContent = t('estate.noContracts');
    body.replaceChildren(...contracts.map((c) => {
      const seen = watched.get(c.contractId);
      const view = seen?.view ?? null;
      const below = view?.belowThreshold === true;
      return h('tr', { dataset: { contract: c.contractId, below: view ? String(below) : 'unknown' } },
        h('td', { class: 'code' }, h('a', { href: `contracts.html?contract=${encodeURIComponent(c.contractId)}` }, c.contractId)),
        h('td', {}, c.companyName),
        h('td', {}, c.zoneId ?? t('estate.wholeEstate')),
        h('td', { class: `num score ${below ? 'bad' : ''}`, dataset: { col: 'score' }, title: below ? t('estate.belowThreshold') : null },
          view ? view.score.toFixed(1) : seen?.refused || '—'),
        h('td', { dataset: { col: 'factor' } }, !view ? t('estate.noScore')
          : view.topFactor === 'None' ? '—' : nameOf('contracts.factors', view.topFactor)));
    }));
  });

  /** Watches exactly the contracts the estate lists now. */
  function watch(ids) {
    for (const [id, w] of watched) {
      if (!ids.includes(id)) {
        w.stop();
        watched.delete(id);
      }
    }

    for (const id of ids) {
      if (watched.has(id)) {
        continue;
      }

      const entry = { stop: () => {}, view: /** @type {ScorecardView | null} */ (null), refused: '' };
      watched.set(id, entry);
      entry.stop = live.subscribe(Scopes.contract(id), (view) => { entry.view = view; entry.refused = ''; refresh(); },
        (refusal) => { entry.refused = refusal.code === HubErrorCode.forbidden ? t('notPermitted') : ''; refresh(); });
    }
  }

  return (/** @type {EstateStatus} */ next) => {
    status = next;
    watch((next?.contracts ?? []).map((c) => c.contractId));
    refresh();
  };
}
