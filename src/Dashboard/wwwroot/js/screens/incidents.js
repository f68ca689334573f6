// The incident desk (事件處置台): the live list of cases with SLA countdowns, filters, and the steps an
// operator takes (acknowledge, dispatch, escalate, close). Every step carries the version the operator saw;
// a case changed by someone else in between answers 409 and the desk says so and reloads. Escalation alarms (a case
// that climbed the ladder) come live from the alarm stream, with their acknowledgement, and move the list at once.

import { DISTRICTS, cityModel } from '../city.js';
import { $, h, setText } from '../dom.js';
import { number } from '../format.js';
import { nameOf, onLanguageChange, t } from '../i18n.js';
import { act, countdown, isOpen, listIncidents, nextDeadline } from '../incidents-api.js';
import { figure } from '../components/figure.js';
import { mountHeader } from '../components/header.js';
import { panel } from '../components/panel.js';
import { LiveBoards, acknowledgeAlarm, boardScopes } from '../alarms.js';
import { post } from '../api.js';
import { loadConfig } from '../config.js';
import { live } from '../live.js';

mountHeader($('#top'));
const model = cityModel();
const REFRESH_MS = 3000;

const box = $('#figures');
const cards = {
  critical: figure(box, { key: 'critical', label: 'incidents.figCritical' }),
  major: figure(box, { key: 'major', label: 'incidents.figMajor' }),
  minor: figure(box, { key: 'minor', label: 'incidents.figMinor' }),
  overdue: figure(box, { key: 'overdue', label: 'incidents.figOverdue' }),
  escalated: figure(box, { key: 'escalated', label: 'incidents.figEscalated' }),
};

const drawFigures = panel(() => {
  const { incidents } = model.totals;
  const set = (card, value, tone) => card.set({ value: number(value), unit: t('unit.incidents'), tone: value > 0 ? tone : 'ok' });
  set(cards.critical, incidents.openCritical, 'alarm');
  set(cards.major, incidents.openMajor, 'watch');
  set(cards.minor, incidents.openMinor, 'watch');
  set(cards.overdue, incidents.overdue, 'alarm');
  set(cards.escalated, incidents.escalated, 'watch');
});

// Filters: chips toggle; district narrows the server query, the rest narrow the list here.
const filters = { district: '', severity: new Set(), status: new Set(['open']), text: '' };
const districtFilter = $('#filter-district');
const fillDistricts = () => {
  const current = districtFilter.value;
  districtFilter.replaceChildren(h('option', { value: '' }, t('table.filterAll')), ...DISTRICTS.map((code) => h('option', { value: code }, nameOf('districts', code))));
  districtFilter.value = current;
};
districtFilter.addEventListener('change', () => { filters.district = districtFilter.value; load(); });
$('#filter-search').addEventListener('input', (event) => { filters.text = event.target.value.trim().toLowerCase(); drawList(); });
document.querySelectorAll('.chip[data-filter]').forEach((chip) => chip.addEventListener('click', () => {
  const set = filters[chip.dataset.filter];
  if (!set.delete(chip.dataset.value)) {
    set.add(chip.dataset.value);
  }

  chip.setAttribute('aria-pressed', String(set.has(chip.dataset.value)));
  drawList();
}));
document.querySelectorAll('.chip[data-filter]').forEach((chip) =>
  chip.setAttribute('aria-pressed', String(filters[chip.dataset.filter].has(chip.dataset.value))));

let incidents = [];
let selected = null;
const overdue = (i) => i.overdue || (nextDeadline(i) ?? Infinity) < Date.now();

const visible = () => incidents.filter((i) =>
  (filters.severity.size === 0 || filters.severity.has(i.severity.toLowerCase()))
  && (!filters.status.has('open') || isOpen(i))
  && (!filters.status.has('overdue') || overdue(i))
  && (!filters.status.has('escalated') || i.level !== 'Grid')
  && (!filters.text || [i.incidentId, i.location.estateId, i.location.gridId ?? ''].some((s) => s.toLowerCase().includes(filters.text))));

const columns = ['id', 'severity', 'category', 'place', 'owner', 'sla', 'level', 'state'];
const cell = (col, i) => {
  switch (col) {
    case 'id': return i.incidentId;
    case 'severity': return nameOf('incidents.severities', i.severity);
    case 'category': return nameOf('incidents.categories', i.category);
    case 'place': return [i.location.estateId, i.location.gridId].filter(Boolean).join(' / ');
    case 'owner': return i.assignedTo ? nameOf('incidents.parties', i.assignedTo) : (i.agency ?? '—');
    case 'sla': return countdown(nextDeadline(i));
    case 'level': return nameOf('incidents.levels', i.level);
    default: return nameOf('incidents.states', i.status);
  }
};

const drawList = panel(() => {
  $('#incident-head').replaceChildren(...columns.map((c) => h('th', { dataset: { col: c } }, t(`incidents.columns.${c}`))));
  const rows = visible();
  $('#incident-body').replaceChildren(...rows.map((i) => h('tr', {
    dataset: { incident: i.incidentId, severity: i.severity, status: i.status },
    class: overdue(i) ? 'overdue' : null,
    'aria-selected': String(selected === i.incidentId),
    onclick: () => { selected = i.incidentId; drawList(); drawActions(); },
  }, ...columns.map((c) => h('td', { dataset: { col: c } }, cell(c, i))))));
  $('#incident-empty').hidden = rows.length > 0;
});

// Countdowns tick every second without a reload.
setInterval(() => {
  for (const row of document.querySelectorAll('#incident-body tr')) {
    const incident = incidents.find((i) => i.incidentId === row.dataset.incident);
    const sla = row.querySelector('td[data-col=sla]');
    if (incident && sla) {
      setText(sla, countdown(nextDeadline(incident)));
    }
  }
}, 1000);

// Which step each button takes, and from which status it is allowed.
const steps = {
  accept: { action: 'Acknowledge', when: (i) => i.status === 'Collected' },
  dispatch: { action: 'Dispatch', when: (i) => i.status === 'Filed' },
  escalate: { action: 'Escalate', when: (i) => isOpen(i) && i.level !== 'District', extra: () => ({ reason: t('incidents.escalateReason') }) },
  close: { action: (i) => (i.source === 'Device' && i.status !== 'Feedback' ? 'Clear' : 'Close'), when: (i) => i.status === 'Feedback' || (i.source === 'Device' && isOpen(i)) },
};
const message = h('span', { id: 'incident-message', class: 'panel-note', role: 'status' });
$('.toolbar.actions').append(message);

const drawActions = panel(() => {
  const incident = incidents.find((i) => i.incidentId === selected);
  for (const button of document.querySelectorAll('button[data-action]')) {
    button.disabled = !incident || !steps[button.dataset.action].when(incident);
  }
});

document.querySelectorAll('button[data-action]').forEach((button) => button.addEventListener('click', async () => {
  const incident = incidents.find((i) => i.incidentId === selected);
  if (!incident) {
    return;
  }

  const step = steps[button.dataset.action];
  const action = typeof step.action === 'function' ? step.action(incident) : step.action;
  button.disabled = true;
  const result = await act(incident, action, step.extra?.() ?? {});
  setText(message, result.ok ? t('incidents.done', { id: incident.incidentId }) : result.conflict ? t('incidents.conflict')
    : result.forbidden ? t('notPermitted') : (result.problem?.detail ?? t('incidents.failed')));
  message.dataset.outcome = result.ok ? 'ok' : result.conflict ? 'conflict' : result.forbidden ? 'forbidden' : 'error';
  await load();
}));

let loading = null;
async function load() {
  loading ??= listIncidents({ district: filters.district, take: 500 })
    .then((page) => { incidents = page.items; drawList(); drawActions(); })
    .catch(() => { /* the next tick retries; the figures still come from the live feed */ })
    .finally(() => { loading = null; });
  return loading;
}

fillDistricts();
onLanguageChange(fillDistricts);
// The list follows the live feed: when the city's incident figures move, reload at once (coalesced);
// the slow poll only catches steps that leave every count as it was (a dispatch, say).
let figuresSeen = '';
let reloadDue = null;
const reloadSoon = () => { reloadDue ??= setTimeout(() => { reloadDue = null; load(); }, 200); };
model.onChange(() => {
  drawFigures();
  const seen = JSON.stringify(model.totals.incidents);
  if (seen !== figuresSeen) {
    figuresSeen = seen;
    reloadSoon();
  }
});

// Escalations on the live alarm boards: listed with who acknowledged them; a change reloads the cases at once.
const boards = new LiveBoards();
const escalations = h('ol', { id: 'escalation-alarms', class: 'escalation-alarms', 'aria-live': 'polite' });
$('#desk').append(h('h3', { class: 'panel-note' }, t('incidents.escalationAlarms')), escalations);
let escalationsSeen = '';
const drawEscalations = panel(() => {
  const open = boards.open.filter((b) => b.alarm.source === 'Incidents').slice(0, 20);
  escalations.replaceChildren(...open.map(({ alarm, severity }) => {
    const acked = alarm.acknowledgedBy != null;
    const button = h('button', { type: 'button', dataset: { ack: alarm.alarmId } }, t('alarms.live.ack'));
    button.addEventListener('click', async () => { button.disabled = true; await acknowledgeAlarm(post, alarm.alarmId); });
    return h('li', { dataset: { alarm: alarm.alarmId, incident: alarm.incidentId ?? '', severity: String(severity).toLowerCase() } },
      h('span', {}, `${alarm.estateName ?? alarm.estateId} · ${alarm.incidentId ?? ''} · ${alarm.detail}`),
      acked ? h('span', { class: 'muted' }, t('alarms.live.acked', { actor: alarm.acknowledgedBy })) : button);
  }));
  const seen = open.map((b) => `${b.alarm.alarmId}:${b.alarm.version}`).join('|');
  if (seen !== escalationsSeen) {
    escalationsSeen = seen;
    reloadSoon();
  }
});
boards.onChange(drawEscalations);
loadConfig().then((settings) => boards.watch(live, boardScopes(settings.reach)));

drawFigures();
drawList();
load();
setInterval(load, REFRESH_MS);
