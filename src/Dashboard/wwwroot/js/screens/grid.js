// The grid staff's screen (网格员工作台, §4.3): the grid's day at a glance (tasks due, mediations open, matters that
// breached a clock), its households as the person's view allows, its open matters, information-collection tasks
// (open one, record a dwelling done), mediation records (open one, record the outcome or a legal-aid referral), and the
// estate's service stations, building leaders and volunteer hours. Each part reads the API the person's grants reach;
// a 403 says "not permitted" in that part. Counts the server did not send (not permitted) are shown as "—", never 0.

import { get, post } from '../api.js';
import { loadConfig } from '../config.js';
import { $, h, setText } from '../dom.js';
import { nameOf, onLanguageChange, t } from '../i18n.js';
import { figure } from '../components/figure.js';
import { mountHeader } from '../components/header.js';
import { me } from '../session.js';

const READ_EVERY_MS = 5000;

mountHeader($('#top'));
const settings = await loadConfig();
const query = new URLSearchParams(location.search);
const state = { estate: query.get('estate') || '', grid: query.get('grid') || '' };

// Grid staff's own grid is shown without being asked for.
if (!state.estate || !state.grid) {
  const gridGrant = ((await me())?.grants ?? []).map((g) => String(g).split('|')).find((g) => g[1] === 'Grid');
  const [estate, grid] = (gridGrant?.[2] ?? '').split('/');
  state.estate ||= estate || settings.featuredEstate;
  state.grid ||= grid || 'G01';
}

$('#estate-pick').value = state.estate;
$('#grid-pick').value = state.grid;
$('#grid-picker').addEventListener('submit', (event) => {
  event.preventDefault();
  state.estate = $('#estate-pick').value.trim() || state.estate;
  state.grid = $('#grid-pick').value.trim() || state.grid;
  history.replaceState(null, '', `?estate=${encodeURIComponent(state.estate)}&grid=${encodeURIComponent(state.grid)}`);
  readAll();
});

const base = () => `api/gridwork/estates/${encodeURIComponent(state.estate)}/grids/${encodeURIComponent(state.grid)}`;
const estateBase = (area) => `api/${area}/estates/${encodeURIComponent(state.estate)}`;
const count = (n) => (n == null ? '—' : String(n));
const day = (iso) => (iso ? String(iso).slice(0, 10) : '');

const figures = $('#today-figures');
const fig = {
  tasks: figure(figures, { key: 'tasks-due', label: 'grid.tasksDue' }),
  mediations: figure(figures, { key: 'mediations-open', label: 'grid.mediationsOpen' }),
  incidents: figure(figures, { key: 'incidents-breaching', label: 'grid.incidentsBreaching' }),
  orders: figure(figures, { key: 'orders-breaching', label: 'grid.ordersBreaching' }),
};

function showToday(result) {
  $('#today-denied').hidden = !result.forbidden;
  setText($('#grid-name'), `${state.estate} · ${state.grid}`);
  const today = result.ok ? result.body : null;
  const overdue = today ? today.tasksDue.filter((x) => x.overdue).length : null;
  fig.tasks.set({ value: count(today?.tasksDue.length), sub: today ? t('grid.overdueCount', { n: overdue }) : '', tone: overdue ? 'alarm' : 'none' });
  fig.mediations.set({ value: count(today?.mediationsOpen), sub: today?.mediationsOpen ? t('grid.oldestDays', { n: today.mediationsOldestDays }) : '' });
  fig.incidents.set({
    value: count(today?.incidentsBreaching), sub: today?.incidentsOpen == null ? t('grid.notShown') : t('grid.openCount', { n: today.incidentsOpen }),
    tone: today?.incidentsBreaching ? 'alarm' : 'none',
  });
  fig.orders.set({
    value: count(today?.ordersBreaching), sub: today?.ordersOpen == null ? t('grid.notShown') : t('grid.openCount', { n: today.ordersOpen }),
    tone: today?.ordersBreaching ? 'alarm' : 'none',
  });
  $('#today-tasks').replaceChildren(...(today?.tasksDue ?? []).map((x) => h('li', { dataset: { task: x.taskId } },
    h('span', { class: x.overdue ? 'overdue' : '' }, `${x.taskId} ${x.what}`), h('span', { class: 'row-meta' }, t('grid.remaining', { n: x.remaining, due: x.dueOn })))));
}

const HOUSEHOLD_COLUMNS = ['dwellingId', 'state', 'residents', 'rent', 'reviewOverdueFrom', 'deductions', 'specialGroups'];
function showHouseholds(result) {
  $('#households-denied').hidden = !result.forbidden;
  $('#households-table').hidden = !result.ok;
  const rows = result.ok ? result.body : [];
  $('#households-empty').hidden = !result.ok || rows.length > 0;
  setText($('#households-count'), result.ok ? t('grid.householdCount', { n: rows.length }) : '');
  $('#households-head').replaceChildren(...HOUSEHOLD_COLUMNS.map((c) => h('th', {}, t(`grid.col.${c}`))));
  $('#households-body').replaceChildren(...rows.map((d) => h('tr', { dataset: { dwelling: d.dwellingId } },
    h('td', {}, d.dwellingId), h('td', {}, nameOf('states', d.state)), h('td', {}, String(d.residents ?? 0)), h('td', {}, d.rent ?? ''),
    h('td', {}, d.reviewOverdueFrom ?? ''), h('td', {}, d.deductions ?? ''),
    // Left out of the answer unless the person's view shows special groups: say so rather than "none".
    h('td', {}, 'specialGroups' in d ? String(d.specialGroups) : t('grid.withheld')))));
}

function showMatters(result) {
  $('#matters-denied').hidden = !result.forbidden;
  const incidents = result.ok ? result.body.incidents : [];
  const orders = result.ok ? result.body.orders : null;
  $('#incident-list').replaceChildren(...incidents.map((i) => h('li', { dataset: { incident: i.incidentId } },
    h('span', { class: i.overdue ? 'overdue' : '' }, `${i.incidentId} ${nameOf('incidents.categories', i.category)}`), h('span', { class: 'row-meta' }, `${nameOf('incidents.states', i.status)} · ${i.description}`))));
  $('#incidents-empty').hidden = !result.ok || incidents.length > 0;
  $('#orders-denied').hidden = !result.ok || orders !== null;
  $('#order-list').replaceChildren(...(orders ?? []).map((o) => h('li', { dataset: { order: o.orderId } },
    h('span', { class: o.overdue ? 'overdue' : '' }, `${o.orderId} ${o.code}`), h('span', { class: 'row-meta' }, `${o.facilityId} · ${o.status}`))));
  $('#orders-empty').hidden = !result.ok || orders === null || orders.length > 0;
}

let dwellingIds = [];
// The lists are redrawn only when they changed, so a choice being made in a row (a dwelling, an outcome) is not lost.
let drawnWork = '';
function showWork(result) {
  $('#work-denied').hidden = !result.forbidden;
  const work = result.ok ? result.body : { tasks: [], mediations: [] };
  const key = JSON.stringify([result.status, work]);
  if (key === drawnWork) {
    return;
  }

  drawnWork = key;
  $('#task-list').replaceChildren(...work.tasks.map(taskRow));
  $('#tasks-empty').hidden = !result.ok || work.tasks.length > 0;
  $('#mediation-list').replaceChildren(...work.mediations.map(mediationRow));
  $('#mediations-empty').hidden = !result.ok || work.mediations.length > 0;
}

function taskRow(task) {
  const done = new Set(task.done.map((v) => v.dwellingId));
  const left = task.dwellingIds.filter((d) => !done.has(d));
  const pick = h('select', { class: 'visit-dwelling', 'aria-label': 'dwelling' }, left.map((d) => h('option', { value: d }, d)));
  const actions = left.length === 0 ? null : h('span', { class: 'row-actions' }, pick,
    h('button', { type: 'button', class: 'visit', onclick: () => act(post(`${base()}/tasks/${task.taskId}/visits`, { dwellingId: pick.value }), '#task-error') }, t('grid.markDone')));
  return h('li', { dataset: { task: task.taskId, complete: String(task.complete) } },
    h('span', {}, `${task.taskId} ${task.what}`),
    h('span', { class: 'row-meta progress' }, t('grid.progress', { done: task.done.length, all: task.dwellingIds.length, due: task.dueOn })), actions);
}

function mediationRow(m) {
  const parties = m.parties.map((p) => p.name).join(' / ');
  const outcome = h('select', { class: 'outcome', 'aria-label': 'outcome' },
    ['Settled', 'NotSettled', 'ReferredToLegalAid'].filter((o) => m.outcome === 'Open' || o === 'ReferredToLegalAid').map((o) => h('option', { value: o }, t(`grid.outcome.${o}`))));
  const centre = h('input', { class: 'centre', type: 'text', placeholder: t('grid.centre') });
  const record = () => act(post(`${base()}/mediations/${m.mediationId}/outcome`, {
    outcome: outcome.value,
    legalAid: outcome.value === 'ReferredToLegalAid' ? { centre: centre.value.trim(), referredOn: new Date().toISOString().slice(0, 10) } : undefined,
  }), '#mediation-error');
  const final = m.outcome === 'Settled' || m.outcome === 'ReferredToLegalAid';
  return h('li', { dataset: { mediation: m.mediationId, outcome: m.outcome } },
    h('span', {}, `${m.mediationId} ${m.issue}`),
    h('span', { class: 'row-meta' }, `${parties} · ${t(`grid.outcome.${m.outcome}`)}${m.legalAid ? ` · ${m.legalAid.centre} ${m.legalAid.referredOn}` : ''}`),
    final ? null : h('span', { class: 'row-actions' }, outcome, centre, h('button', { type: 'button', class: 'record-outcome', onclick: record }, t('grid.record'))));
}

function showCommunity(stations, roster) {
  const denied = stations.forbidden || roster.forbidden;
  $('#community-denied').hidden = !denied;
  const list = stations.ok ? stations.body : [];
  $('#station-list').replaceChildren(...list.map((s) => h('li', { dataset: { station: s.station.stationId } },
    h('span', {}, `${s.station.name} · ${s.station.address}`),
    h('span', { class: 'row-meta' }, s.station.hours.map((x) => `${nameOf('weekday', x.day)} ${String(x.opens).slice(0, 5)}–${String(x.closes).slice(0, 5)}`).join('，')))));
  $('#stations-empty').hidden = !stations.ok || list.length > 0;
  const view = roster.ok ? roster.body : null;
  $('#leader-list').replaceChildren(...(view?.leaders ?? []).map((l) => h('li', {}, `${l.buildingId} · ${l.name}${l.phone ? ` · ${l.phone}` : ''}`)));
  $('#leaders-empty').hidden = !view || view.leaders.length > 0;
  const totals = view?.totals;
  // No volunteers registered: the empty note says so, rather than hours of 0.
  $('#volunteer-figures').replaceChildren(...(totals && view.volunteers.length > 0 ? [
    h('article', { class: 'figure', dataset: { figure: 'volunteer-hours' } }, h('h3', {}, t('grid.estateHours')), h('div', { class: 'value-line' }, h('span', { class: 'value' }, String(totals.estateHours)))),
    h('article', { class: 'figure', dataset: { figure: 'security-volunteers' } }, h('h3', {}, t('grid.securityVolunteers')),
      h('div', { class: 'value-line' }, h('span', { class: 'value' }, `${totals.securityVolunteers} / ${totals.volunteers}`))),
  ] : []));
  $('#volunteers-empty').hidden = !view || view.volunteers.length > 0;
  const names = new Map((view?.volunteers ?? []).map((v) => [v.volunteerId, v]));
  $('#volunteer-head').replaceChildren(...['volunteer', 'hours', 'activities', 'security'].map((c) => h('th', {}, t(`grid.col.${c}`))));
  $('#volunteer-body').replaceChildren(...(totals?.people ?? []).map((p) => h('tr', { dataset: { volunteer: p.volunteerId } },
    h('td', {}, `${names.get(p.volunteerId)?.name ?? ''} (${p.volunteerId})`), h('td', { dataset: { col: 'hours' } }, String(p.hours)),
    h('td', {}, String(p.activities)), h('td', {}, p.security ? '✓' : ''))));
}

async function act(call, errorAt) {
  const result = await call;
  const error = $(errorAt);
  error.hidden = result.ok;
  if (!result.ok) {
    setText(error, result.forbidden ? t('notPermitted') : result.conflict ? t('grid.conflict') : t('grid.refused', { field: Object.keys(result.problem?.errors ?? {}).join(', ') }));
  }

  await readAll();
}

$('#task-form').addEventListener('submit', (event) => {
  event.preventDefault();
  const listed = $('#task-dwellings').value.split(/[,，\s]+/).map((s) => s.trim()).filter(Boolean);
  act(post(`${base()}/tasks`, { what: $('#task-what').value.trim(), dueOn: $('#task-due').value, dwellingIds: listed.length ? listed : dwellingIds }), '#task-error')
    .then(() => { $('#task-what').value = ''; });
});

$('#mediation-form').addEventListener('submit', (event) => {
  event.preventDefault();
  act(post(`${base()}/mediations`, { parties: [{ name: $('#party-a').value.trim() }, { name: $('#party-b').value.trim() }], issue: $('#mediation-issue').value.trim() }), '#mediation-error')
    .then(() => { $('#mediation-issue').value = ''; });
});

async function readAll() {
  const [today, households, matters, work, stations, roster] = await Promise.all([
    get(`${base()}/today`), get(`${base()}/households`), get(`${base()}/matters`), get(base()),
    get(`${estateBase('stations')}`), get(`${estateBase('volunteers')}`),
  ]);
  dwellingIds = households.ok ? households.body.map((d) => d.dwellingId) : [];
  showToday(today);
  showHouseholds(households);
  showMatters(matters);
  showWork(work);
  showCommunity(stations, roster);
}

$('#task-due').value = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
onLanguageChange(() => { drawnWork = ''; readAll(); });
await readAll();
setInterval(readAll, READ_EVERY_MS);
