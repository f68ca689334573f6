// @ts-check
// The exit-review desk (退出審查): an estate's cases (those ready to carry out first, with their count; then the other
// open ones; the open count and counts by stage) and one case with its triggers, every step (who, when, why) and the
// steps its stage allows now, as the API lists them (the screen never works out the rules itself). Every step asks for
// a reason. A step the person's posts do not hold is not offered; a refusal says so in the case. Read again every few
// seconds, so a case opened by an inspection or a deduction, or made ready by the end of its appeal window, shows
// without a reload.

import { get, post } from '../api.js';
import { loadConfig } from '../config.js';
import { $, h, setText } from '../dom.js';
import { dateTime } from '../format.js';
import { nameOf, t } from '../i18n.js';
import { mountHeader } from '../components/header.js';
import { panel } from '../components/panel.js';

const READ_EVERY_MS = 5000;

/** Which permission each step needs (the API checks it again). */
const NEEDS = { ServeNotice: 'WorkCasework' };
const needs = (action) => NEEDS[action] ?? 'DecideExitReviews';
const PATHS = { ServeNotice: 'notice', HoldHearing: 'hearing', Decide: 'decision', Appeal: 'appeal', CarryOut: 'carry-out', Close: 'close' };

mountHeader($('#top'));
const settings = await loadConfig();
const held = new Set(settings.permissions ?? []);
const query = new URLSearchParams(location.search);
const state = { estate: query.get('estate') || settings.featuredEstate, case: query.get('case') || '' };

/** What was read last: the list (null until read), whether it was refused, and the case shown.
 * @type {{ list: any, listDenied: boolean, view: any, caseDenied: boolean, error: string }} */
const seen = { list: null, listDenied: false, view: null, caseDenied: false, error: '' };

$('#estate-pick').value = state.estate;
$('#estate-picker').addEventListener('submit', (/** @type {Event} */ event) => {
  event.preventDefault();
  state.estate = $('#estate-pick').value.trim() || state.estate;
  state.case = '';
  seen.view = null;
  remember();
  readList();
});

/** Keeps what is shown in the address, so a reload or a shared link shows the same. */
function remember() {
  history.replaceState(null, '', `?${new URLSearchParams(Object.entries(state).filter(([, v]) => v))}`);
}

const base = () => `api/estates/${encodeURIComponent(state.estate)}/exit-reviews`;

async function readList() {
  const result = await get(base());
  seen.listDenied = result.forbidden;
  seen.list = result.ok ? result.body : null;
  draw();
}

async function readCase() {
  if (!state.case) {
    seen.view = null;
    draw();
    return;
  }

  const result = await get(`${base()}/${encodeURIComponent(state.case)}`);
  seen.caseDenied = result.forbidden;
  seen.view = result.ok ? result.body : null;
  draw();
}

function choose(caseId) {
  state.case = caseId;
  seen.error = '';
  $('#act-reason').value = '';
  remember();
  readCase();
}

async function act(action) {
  const view = seen.view;
  if (!view) {
    return;
  }

  const reason = $('#act-reason').value.trim();
  if (!reason) {
    seen.error = t('exits.reasonNeeded');
    draw();
    $('#act-reason').focus();
    return;
  }

  const body = { expectedVersion: view.summary.version, reason, commandId: crypto.randomUUID() };
  if (action === 'Decide') {
    body.decision = $('#act-decision').value;
  }

  const result = await post(`${base()}/${encodeURIComponent(view.summary.caseId)}/${PATHS[action]}`, body);
  if (result.ok) {
    seen.view = result.body;
    seen.error = '';
    $('#act-reason').value = '';
    readList();
  } else {
    seen.error = result.forbidden ? t('notPermitted')
      : result.problem?.errors ? t('exits.invalid', { fields: Object.keys(result.problem.errors).join(', ') })
      : result.conflict ? t('exits.conflict') : t('exits.failed');
    if (result.conflict) {
      readCase();
    }
  }

  draw();
}

const reasons = (list) => list.map((r) => nameOf('exits.reasons', r)).join('、');

const draw = panel(() => {
  drawList();
  drawCase();
});

function drawList() {
  const list = seen.list;
  $('#cases-denied').hidden = !seen.listDenied;
  $('#case-list').hidden = seen.listDenied;
  $('#case-head').replaceChildren(...['caseId', 'dwelling', 'household', 'grid', 'reasons', 'stage', 'decision', 'openedAt'].map((c) => h('th', {}, t(`exits.columns.${c}`))));
  const cases = list?.cases ?? [];
  $('#cases-empty').hidden = seen.listDenied || list === null || cases.length > 0;
  setText($('#cases-counts'), list && cases.length > 0
    ? t('exits.counts', { open: list.open, ready: list.ready ?? 0, stages: Object.entries(list.byStage).filter(([, n]) => n > 0).map(([s, n]) => `${nameOf('exits.stages', s)} ${n}`).join(' · ') })
    : '');
  $('#case-body').replaceChildren(...cases.map((c) => h('tr', {
    dataset: { case: c.caseId, open: String(c.isOpen), ready: String(c.stage === 'ReadyToCarryOut') }, 'aria-selected': c.caseId === state.case ? 'true' : 'false', onclick: () => choose(c.caseId),
  },
  h('td', { class: 'code' }, c.caseId), h('td', {}, c.dwellingId), h('td', { dataset: { col: 'household' } }, c.headOfHousehold ?? '—'), h('td', {}, c.gridId), h('td', {}, reasons(c.reasons)),
  h('td', { dataset: { col: 'stage' } }, nameOf('exits.stages', c.stage)), h('td', {}, c.decision ? nameOf('exits.decisions', c.decision) : '—'),
  h('td', {}, dateTime(c.openedAt)))));
}

function drawCase() {
  const view = seen.view;
  $('#case').hidden = !state.case;
  $('#case-denied').hidden = !seen.caseDenied;
  if (!view) {
    setText($('#case-title'), state.case);
    $('#case-facts').replaceChildren();
    $('#case-triggers').replaceChildren();
    $('#case-steps').replaceChildren();
    $('#case-act').hidden = true;
    $('#case-finished').hidden = true;
    $('#case-no-steps').hidden = true;
    return;
  }

  const c = view.summary;
  setText($('#case-title'), t('exits.caseTitle', { id: c.caseId, dwelling: c.dwellingId }));
  setText($('#case-meta'), `v${c.version}`);
  const fact = (key, value) => [h('dt', {}, t(`exits.facts.${key}`)), h('dd', { dataset: { fact: key } }, value)];
  $('#case-facts').replaceChildren(
    ...fact('stage', nameOf('exits.stages', c.stage)),
    ...fact('reasons', reasons(c.reasons)),
    ...fact('household', c.headOfHousehold ?? '—'),
    ...fact('grid', c.gridId),
    ...fact('decision', c.decision ? nameOf('exits.decisions', c.decision) : t('exits.undecided')),
    ...(c.appealUntil ? fact('appealUntil', dateTime(c.appealUntil)) : []),
    ...fact('openedAt', dateTime(c.openedAt)));
  $('#case-triggers').replaceChildren(...view.triggers.map((tr) =>
    h('li', {}, `${dateTime(tr.at)} · ${nameOf('exits.reasons', tr.reason)} · ${tr.actor}`)));
  $('#case-steps').replaceChildren(...view.steps.map((s) => h('li', { dataset: { action: s.action } },
    `${dateTime(s.at)} · ${nameOf('exits.actions', s.action)}${s.decision ? `（${nameOf('exits.decisions', s.decision)}）` : ''} · ${s.actor}${s.reason ? ` · ${s.reason}` : ''}`)));
  $('#case-no-steps').hidden = view.steps.length > 0;

  const offered = view.allowed.filter((a) => held.has(needs(a)));
  $('#case-finished').hidden = c.isOpen;
  $('#case-act').hidden = offered.length === 0;
  $('#act-decision-wrap').hidden = !offered.includes('Decide');
  $('#act-buttons').replaceChildren(...offered.map((a) =>
    h('button', { type: 'button', dataset: { action: a }, onclick: () => act(a) }, nameOf('exits.actions', a))));
  $('#act-error').hidden = !seen.error;
  setText($('#act-error'), seen.error);
}

$('#case-act').addEventListener('submit', (/** @type {Event} */ event) => event.preventDefault());
readList();
readCase();
setInterval(() => { readList(); if (state.case) { readCase(); } }, READ_EVERY_MS);
