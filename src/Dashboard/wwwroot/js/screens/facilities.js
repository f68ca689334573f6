// @ts-check
// The housing office's facility overview (設施運維): the city's (or the person's districts') facility figures, estates
// ranked by facilities out of service and overdue fault orders, the district housing office's own queue (orders of
// estates no contract governs, live from `queue/office-<district>`), and overdue maintenance per contract (live from
// each contract's `queue/<contractId>`, for the estates with overdue maintenance at the top of the list).

import { DISTRICTS, cityModel } from '../city.js';
import { Scopes } from '../contract.js';
import { $, h, setText } from '../dom.js';
import { number } from '../format.js';
import { nameOf, onLanguageChange, t } from '../i18n.js';
import { countdown } from '../incidents-api.js';
import { live } from '../live.js';
import { nextClock } from '../orders-api.js';
import { districtColumn, estateColumn, healthColumn } from '../components/columns.js';
import { contractMaintenance } from '../components/contract-maintenance.js';
import { estateTable } from '../components/estate-table.js';
import { figure } from '../components/figure.js';
import { mountHeader } from '../components/header.js';
import { panel } from '../components/panel.js';

/** @typedef {import('../contract.js').EstateSummary} EstateSummary */
/** @typedef {import('../contract.js').WorkQueueView} WorkQueueView */

mountHeader($('#top'));
const model = cityModel();
const CONTRACT_ESTATES = 8;

const box = $('#figures');
const cards = {
  facilities: figure(box, { key: 'facilities', label: 'facilities.figFacilities' }),
  out: figure(box, { key: 'out', label: 'facilities.figOut' }),
  open: figure(box, { key: 'open', label: 'facilities.figOpen' }),
  preventive: figure(box, { key: 'preventive', label: 'facilities.figPreventive' }),
  alarms: figure(box, { key: 'alarms', label: 'facilities.figAlarms' }),
};

const drawFigures = panel(() => {
  const f = model.totals.facilities;
  const none = f.estatesWithRegister === 0;
  cards.facilities.set(none ? { value: '—', sub: t('fig.noRegister') }
    : { value: number(f.facilities), unit: t('unit.facilities'), sub: t('facilities.figFacilitiesSub', { estates: number(f.estatesWithRegister) }) });
  cards.out.set({ value: number(f.outOfService), unit: t('unit.facilities'), sub: t('facilities.figOutSub', { degraded: number(f.degraded) }), tone: none ? 'none' : f.outOfService > 0 ? 'alarm' : 'ok' });
  cards.open.set({ value: number(f.openFaults), unit: t('unit.faults'), sub: t('facilities.figOpenSub', { overdue: number(f.overdueFaults) }), tone: none ? 'none' : f.overdueFaults > 0 ? 'alarm' : f.openFaults > 0 ? 'watch' : 'ok' });
  cards.preventive.set({ value: number(f.preventiveOverdue), unit: t('unit.orders'), sub: t('facilities.figPreventiveSub', { open: number(f.preventiveOpen) }), tone: none ? 'none' : f.preventiveOverdue > 0 ? 'alarm' : 'ok' });
  cards.alarms.set({ value: number(f.activeAlarms), sub: t('facilities.figAlarmsSub', { unack: number(f.unacknowledgedAlarms) }), tone: f.unacknowledgedAlarms > 0 ? 'alarm' : 'ok' });
});

const fac = (/** @type {EstateSummary} */ e) => e.facilities;
const count = (/** @type {string} */ key, /** @type {string} */ label, /** @type {(e: EstateSummary) => number} */ read, /** @type {string} */ tone) => ({
  key, label, num: true, desc: true, value: read, text: (/** @type {EstateSummary} */ e) => (fac(e).facilities === 0 ? '—' : number(read(e))),
  tone: (/** @type {EstateSummary} */ e) => (read(e) > 0 ? tone : ''),
});
const table = estateTable($('#estates'), [
  estateColumn,
  districtColumn,
  {
    key: 'facilities', label: 'facilities.facilities', num: true, desc: true, value: (/** @type {EstateSummary} */ e) => fac(e).facilities,
    text: (/** @type {EstateSummary} */ e) => (fac(e).facilities === 0 ? t('facilities.noRegister') : number(fac(e).facilities)),
  },
  // Ranked by facilities out of service, then by overdue fault orders.
  { ...count('out', 'facilities.outOfService', (e) => fac(e).outOfService, 'bad'), value: (/** @type {EstateSummary} */ e) => fac(e).outOfService * 1e6 + fac(e).overdueFaults },
  count('degraded', 'facilities.degraded', (e) => fac(e).degraded, 'warn'),
  count('open', 'facilities.open', (e) => fac(e).openFaults, 'warn'),
  count('overdue', 'facilities.overdue', (e) => fac(e).overdueFaults, 'bad'),
  count('preventive', 'facilities.preventiveOverdue', (e) => fac(e).preventiveOverdue, 'bad'),
  healthColumn('housing.health'),
], { id: 'facilities-table', sort: { key: 'out', dir: -1 } });

const districtFilter = $('#filter-district');
const search = $('#filter-search');
const fillDistricts = () => {
  const current = districtFilter.value;
  districtFilter.replaceChildren(h('option', { value: '' }, t('table.filterAll')), ...DISTRICTS.map((code) => h('option', { value: code }, nameOf('districts', code))));
  districtFilter.value = current;
};
fillDistricts();
onLanguageChange(fillDistricts);

/** The estates the filters keep. */
const shown = () => {
  const district = districtFilter.value;
  const text = search.value.trim().toLowerCase();
  return [...model.estates.values()].filter((e) => (!district || e.district === district)
    && (!text || e.name.toLowerCase().includes(text) || e.estateId.toLowerCase().includes(text)));
};

const drawTable = panel(() => table.update(shown()));
districtFilter.addEventListener('change', () => { drawTable(); watchOffice(); watchContracts(shown()); });
search.addEventListener('input', drawTable);

// The district housing office's queue: the filtered district, else the first district the person watches.
/** @type {WorkQueueView | null} */
let office = null;
let officeId = '';
/** @type {(() => void) | null} */
let stopOffice = null;
const drawOffice = panel(() => {
  const orders = office?.orders ?? [];
  $('#office-link').href = `queue.html?queue=${encodeURIComponent(officeId)}`;
  setText($('#office-title'), t('facilities.officeTitle', { district: nameOf('districts', officeId.slice('office-'.length)) }));
  $('#office-orders').replaceChildren(...orders.slice(0, 12).map((o) => {
    const next = nextClock(o);
    return h('li', { dataset: { order: o.orderId, status: o.status } },
      h('a', { href: `estate.html?id=${encodeURIComponent(o.estateId)}` }, o.estateId),
      h('span', {}, `${nameOf('facilities.codes', o.code)} · ${nameOf('facilities.states', o.status)}`),
      h('b', { class: o.overdue ? 'bad' : '' }, countdown(next?.at ?? null)));
  }));
  $('#office-empty').hidden = orders.length > 0;
});

/** The filtered district; else, while the queue shown is empty, the district with the most open faults. */
function officeDistrict() {
  if (districtFilter.value) {
    return districtFilter.value;
  }

  if (officeId && (office?.orders.length ?? 0) > 0) {
    return officeId.slice('office-'.length);
  }

  /** @type {Map<string, number>} */
  const open = new Map();
  for (const e of model.estates.values()) {
    open.set(e.district, (open.get(e.district) ?? 0) + e.facilities.openFaults);
  }

  const busiest = [...open.entries()].sort((a, b) => b[1] - a[1])[0];
  return busiest && busiest[1] > 0 ? busiest[0] : model.watched[0] || 'TH';
}

function watchOffice() {
  const district = officeDistrict();
  const id = `office-${district}`;
  if (id === officeId) {
    return;
  }

  stopOffice?.();
  officeId = id;
  office = null;
  stopOffice = live.subscribe(Scopes.queue(id), (view) => { office = view; drawOffice(); }, () => { office = null; drawOffice(); });
  drawOffice();
}

const watchContracts = contractMaintenance($('#contract-list'), $('#contracts-empty'), CONTRACT_ESTATES);

let contractsDue = null;
model.onChange(() => {
  drawFigures();
  drawTable();
  watchOffice();
  contractsDue ??= setTimeout(() => { contractsDue = null; watchContracts(shown()); }, 5000);
});
drawFigures();
drawTable();
drawOffice();
