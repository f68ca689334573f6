// @ts-check
// A work queue (維修工單隊列): a property company's open orders (or a district housing office's, for estates no
// contract governs), soonest clock first as the server orders them, with countdowns; the company accepts, dispatches,
// arrives on site and records the repair with its cost; the reporter, grid staff or housing office verifies, sends
// back or closes. Live from `queue/<queueId>`; every step carries the version the person saw, and a step refused with
// 409 (the order moved) says so and shows the queue as it now is.

import { HubErrorCode, Scopes } from '../contract.js';
import { $, h, setText } from '../dom.js';
import { nameOf, t } from '../i18n.js';
import { countdown } from '../incidents-api.js';
import { live } from '../live.js';
import { COMPANY_STEPS, VERIFY_STEPS, abilities, applies, nextClock, readQueue, step } from '../orders-api.js';
import { mountHeader } from '../components/header.js';
import { queueFigures } from '../components/queue-figures.js';
import { panel } from '../components/panel.js';

/** @typedef {import('../contract.js').WorkQueueView} WorkQueueView */
/** @typedef {import('../contract.js').WorkOrderSummary} WorkOrderSummary */

const LAST_QUEUE = 'anju.queue';
mountHeader($('#top'));
const can = await abilities();
const queueId = new URLSearchParams(location.search).get('queue') || can.queue || remembered();

/** @type {WorkQueueView | null} */
let view = null;
/** @type {import('../live.js').HubRefusal | null} */
let error = null;
/** @type {string | null} */
let selected = null;

const showFigures = queueFigures($('#figures'));

const columns = ['id', 'facility', 'fault', 'place', 'severity', 'state', 'clock', 'level'];
/** @param {string} col @param {WorkOrderSummary} o */
const cell = (col, o) => {
  switch (col) {
    case 'id': return o.orderId;
    case 'facility': return `${nameOf('facilities.types', o.facilityType)} · ${o.facilityId}`;
    case 'fault': return o.kind === 'Preventive' ? t('facilities.preventive') : nameOf('facilities.codes', o.code);
    case 'place': return [o.estateId, o.buildingId ?? o.gridId].filter(Boolean).join(' / ');
    case 'severity': return nameOf('incidents.severities', o.severity);
    case 'state': return nameOf('facilities.states', o.status);
    case 'clock': return clockText(o);
    default: return nameOf('incidents.levels', o.level);
  }
};

/** @param {WorkOrderSummary} o */
function clockText(o) {
  const next = nextClock(o);
  return next ? `${t(`queue.stages.${next.stage}`)} ${countdown(next.at)}` : '—';
}

const drawList = panel(() => {
  $('#order-head').replaceChildren(...columns.map((c) => h('th', { dataset: { col: c } }, t(`queue.columns.${c}`))));
  const orders = view?.orders ?? [];
  $('#order-body').replaceChildren(...orders.map((o) => h('tr', {
    dataset: { order: o.orderId, status: o.status, version: String(o.version), severity: o.severity },
    class: o.overdue ? 'overdue' : null,
    'aria-selected': String(selected === o.orderId),
    onclick: () => { selected = o.orderId; drawList(); drawActions(); },
  }, ...columns.map((c) => h('td', { dataset: { col: c } }, cell(c, o))))));
  $('#order-empty').hidden = orders.length > 0 || !view;
});

const drawHead = panel(() => {
  setText($('#queue-name'), !queueId ? '' : queueId.startsWith('office-')
    ? t('queue.office', { district: nameOf('districts', queueId.slice('office-'.length)) })
    : t('queue.contract', { id: queueId, company: view?.orders[0]?.route.companyName ?? '' }));
  const notice = $('#queue-error');
  const message = !queueId ? t('queue.none') : !error ? ''
    : error.code === HubErrorCode.forbidden ? t('notPermitted') : error.code === HubErrorCode.notFound ? t('queue.noSuchQueue', { id: queueId }) : t('queue.unavailable');
  notice.hidden = !message;
  setText(notice, message);
  document.body.dataset.access = error?.code === HubErrorCode.forbidden ? 'denied' : 'allowed';
});

// The steps this person may take: the company's, the verifier's, or both (a housing office on its own queue).
const stepButtons = /** @type {HTMLButtonElement[]} */ ([...document.querySelectorAll('button[data-step]')]);
for (const button of stepButtons) {
  const name = button.dataset.step ?? '';
  button.hidden = !(COMPANY_STEPS.includes(name) ? can.works : VERIFY_STEPS.includes(name) && can.verifies);
}

$('#order-assignee').hidden = !can.works;
$('#order-cost').hidden = !can.works;
const message = $('#order-message');
const chosen = () => view?.orders.find((o) => o.orderId === selected) ?? null;

const drawActions = panel(() => {
  const order = chosen();
  setText($('#order-selected'), order ? order.orderId : t('queue.pickHint'));
  for (const button of stepButtons) {
    button.disabled = !order || !applies(button.dataset.step ?? '', order);
  }
});

/** What a step sends besides the version: who was sent, what it cost, why it went back. @param {string} name */
function extraOf(name) {
  const note = $('#order-note').value.trim() || undefined;
  switch (name) {
    case 'dispatch': return { assignee: $('#order-assignee').value.trim() || t('queue.defaultAssignee'), note };
    case 'repair': return { cost: Number($('#order-cost').value || 0), costCategory: 'labour', note };
    case 'send-back': return { reason: note ?? t('queue.sendBackReason') };
    default: return { note };
  }
}

stepButtons.forEach((button) => button.addEventListener('click', async () => {
  const order = chosen();
  if (!order) {
    return;
  }

  const name = button.dataset.step ?? '';
  button.disabled = true;
  const result = await step(order, name, extraOf(name));
  setText(message, result.ok ? t('queue.done', { id: order.orderId, step: t(`queue.steps.${name}`) })
    : result.conflict ? t('queue.conflict') : result.forbidden ? t('notPermitted') : (result.problem?.detail ?? t('queue.failed')));
  message.dataset.outcome = result.ok ? 'ok' : result.conflict ? 'conflict' : result.forbidden ? 'forbidden' : 'error';
  if (result.ok && result.body?.summary) {
    take(result.body.summary);
  } else if (result.conflict && queueId) {
    const fresh = await readQueue(queueId);
    if (fresh && (!view || fresh.version >= view.version)) {
      show(fresh);
    }
  }

  drawActions();
}));

/** Puts an order's newer summary in place at once (the live update follows). @param {WorkOrderSummary} summary */
function take(summary) {
  if (!view) {
    return;
  }

  const orders = view.orders.map((o) => (o.orderId === summary.orderId && summary.version > o.version ? summary : o));
  view = { ...view, orders: orders.filter((o) => o.isOpen) };
  showFigures(view);
  drawList();
}

/** @param {WorkQueueView} next */
function show(next) {
  view = next;
  error = null;
  showFigures(view);
  drawList();
  drawActions();
  drawHead();
}

if (queueId) {
  remember(queueId);
  live.subscribe(Scopes.queue(queueId), show, (refusal) => { error = refusal; drawHead(); });
}

// Countdowns tick every second without a redraw of the list.
setInterval(() => {
  for (const row of /** @type {HTMLElement[]} */ ([...document.querySelectorAll('#order-body tr')])) {
    const order = view?.orders.find((o) => o.orderId === row.dataset.order);
    const cellOf = row.querySelector('td[data-col=clock]');
    if (order && cellOf) {
      setText(cellOf, clockText(order));
    }
  }
}, 1000);

const picker = $('#queue-pick');
picker.value = queueId ?? '';
$('#queue-picker').addEventListener('submit', (event) => {
  event.preventDefault();
  const id = picker.value.trim();
  if (id) {
    location.search = `?queue=${encodeURIComponent(id)}`;
  }
});
drawHead();
drawActions();
drawList();

function remembered() {
  try {
    return localStorage.getItem(LAST_QUEUE);
  } catch {
    return null;
  }
}

/** @param {string} id */
function remember(id) {
  try {
    localStorage.setItem(LAST_QUEUE, id);
  } catch {
    // Only a convenience.
  }
}
