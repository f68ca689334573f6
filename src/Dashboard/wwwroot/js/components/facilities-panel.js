// @ts-check
// An estate's facilities (§3.4): how many are out of service or degraded, its open and overdue fault orders and
// overdue maintenance, status by type, and the open orders with the clock that runs out first. Live from
// `facilities/<estateId>`; an estate with no register says so instead of showing zeros as if all were well.

import { h, setText } from '../dom.js';
import { number } from '../format.js';
import { nameOf, t } from '../i18n.js';
import { countdown } from '../incidents-api.js';
import { nextClock } from '../orders-api.js';
import { panel } from './panel.js';
import { statGrid } from './stat-grid.js';

/** @typedef {import('../contract.js').FacilityOverview} FacilityOverview */

const SHOWN = 8;
const alarmIfAny = (/** @type {number} */ v) => (v > 0 ? 'alarm' : 'ok');
const watchIfAny = (/** @type {number} */ v) => (v > 0 ? 'watch' : 'ok');

/** @param {HTMLElement} root @returns {(next: FacilityOverview | null, refusal?: string) => void} */
export function facilitiesPanel(root) {
  const counts = statGrid(root, [
    { key: 'outOfService', label: 'estate.outOfService', tone: alarmIfAny },
    { key: 'degraded', label: 'estate.degraded', tone: watchIfAny },
    { key: 'openFaults', label: 'estate.openFaults', tone: watchIfAny },
    { key: 'overdueFaults', label: 'estate.overdueFaults', tone: alarmIfAny },
    { key: 'preventiveOverdue', label: 'estate.preventiveOverdue', tone: alarmIfAny },
  ], (/** @type {FacilityOverview} */ o) => o.counts);
  const note = h('p', { class: 'panel-note facilities-note' });
  const types = h('ul', { id: 'facility-types', class: 'facility-types' });
  const orders = h('ol', { id: 'facility-orders', class: 'incident-list facility-orders' });
  root.append(note, h('div', { class: 'facility-lists' }, types, orders));
  /** @type {FacilityOverview | null} */
  let overview = null;
  let refused = '';

  const refresh = panel(() => {
    const none = !!overview && overview.counts.facilities === 0;
    root.dataset.register = !overview ? 'unknown' : none ? 'none' : 'some';
    setText(note, refused || (none ? t('estate.noRegister') : ''));
    note.hidden = !refused && !none;
    const head = h('li', { class: 'head' }, h('span', {}, t('estate.byType')),
      h('b', {}, `${t('estate.inService')} / ${t('estate.degraded')} / ${t('estate.outOfService')}`));
    types.replaceChildren(...(overview?.byType?.length ? [head] : []), ...(overview?.byType ?? []).map((c) => h('li', { dataset: { type: c.type, out: String(c.outOfService) } },
      h('span', {}, nameOf('facilities.types', c.type)),
      h('b', { class: c.outOfService > 0 ? 'bad' : c.degraded > 0 ? 'warn' : 'ok' },
        `${number(c.inService)} / ${number(c.degraded)} / ${number(c.outOfService)}`))));
    orders.replaceChildren(...(overview?.openOrders ?? []).slice(0, SHOWN).map((o) => {
      const next = nextClock(o);
      return h('li', { dataset: { order: o.orderId, status: o.status, severity: o.severity } },
        h('span', { class: 'sev' }, nameOf('facilities.states', o.status)), ' ',
        h('span', { class: 'what' }, `${o.kind === 'Preventive' ? t('facilities.preventive') : nameOf('facilities.codes', o.code)} · ${o.facilityId}`), ' ',
        h('b', { class: 'sla', dataset: { deadline: next ? String(next.at) : '' } }, countdown(next?.at ?? null)));
    }));
  });

  setInterval(() => {
    for (const sla of /** @type {HTMLElement[]} */ ([...orders.querySelectorAll('b.sla')])) {
      setText(sla, countdown(sla.dataset.deadline ? Number(sla.dataset.deadline) : null));
    }
  }, 1000);

  return (next, refusal) => {
    overview = next ?? overview;
    refused = refusal ?? '';
    if (overview) {
      counts(overview);
    }

    refresh();
  };
}
