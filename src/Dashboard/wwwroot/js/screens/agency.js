// @ts-check
// The third-party agency's screen (第三方机构工作台, §3.2): a service contract with its month's KPIs and assessment (each
// KPI against the contract's target, the grade, signed off by the housing office), and one estate's queues — the
// rent-chasing list with a chase recorded from the row, inspection rounds with their findings and visits, annual-review
// intake beside the reviews due without papers, and the move-in and exit paperwork. Every part reads the API the person's grants reach; a 403
// says "not permitted" in that part, and the forms show only to those who work casework (WorkCasework). A figure with
// nothing to measure says so instead of showing 0. Read again every few seconds.

import { get, post } from '../api.js';
import { loadConfig } from '../config.js';
import { $, h, setText } from '../dom.js';
import { dateTime, percent } from '../format.js';
import { nameOf, onLanguageChange, t } from '../i18n.js';
import { mountHeader } from '../components/header.js';

const READ_EVERY_MS = 5000;
const OUTCOMES = ['Contacted', 'Promised', 'Paid', 'Escalated'];
const FINDINGS = ['NoIssue', 'Sublet', 'Idle', 'Damage', 'IllegalAlteration', 'UseChanged', 'Other'];

mountHeader($('#top'));
const settings = await loadConfig();
const works = (settings.permissions ?? []).includes('WorkCasework');
const assesses = (settings.permissions ?? []).includes('AssessContracts');
const KPI_LABELS = { onTimeShare: 'agency.onTime', paidShare: 'agency.paidShare', medianIntakeDays: 'agency.intakeDays' };
const query = new URLSearchParams(location.search);
const today = () => new Date().toISOString().slice(0, 10);
const state = { contract: query.get('contract') || '', estate: query.get('estate') || '', month: query.get('month') || today().slice(0, 7) };
/** @type {any[]} */
let contracts = [];
$('#month-pick').value = state.month;
for (const form of ['#round-form', '#intake-form']) {
  $(form).hidden = !works;
}
$('#assess-form').hidden = !assesses;

const key = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`.toUpperCase();
const base = () => `api/casework/estates/${encodeURIComponent(state.estate)}`;
const show = (/** @type {string} */ id, /** @type {string} */ text) => { setText($(id), text); $(id).hidden = !text; };
const problemText = (/** @type {any} */ r) => (r.forbidden ? t('notPermitted') : r.problem?.detail || r.problem?.title || `HTTP ${r.status}`);

function remember() {
  history.replaceState(null, '', `?${new URLSearchParams(Object.entries(state).filter(([, v]) => v))}`);
}

function fillPickers() {
  $('#contract-pick').replaceChildren(...contracts.map((c) => h('option', { value: c.contractId }, `${c.agencyName} · ${c.contractId}`)));
  $('#contract-pick').value = state.contract;
  const chosen = contracts.find((c) => c.contractId === state.contract);
  const estates = chosen?.estateIds ?? (state.estate ? [state.estate] : []);
  $('#estate-pick').replaceChildren(...estates.map((/** @type {string} */ e) => h('option', { value: e }, e)));
  $('#estate-pick').value = state.estate;
  setText($('#contract-meta'), chosen ? t('agency.term', { start: chosen.start, end: chosen.end, estates: chosen.estateIds.length }) : '');
}

async function readContracts() {
  const result = await get('api/agency/contracts');
  $('#contract-denied').hidden = !result.forbidden;
  contracts = result.ok ? result.body : [];
  $('#contract-empty').hidden = !result.ok || contracts.length > 0;
  if (!contracts.some((c) => c.contractId === state.contract)) {
    state.contract = contracts.find((c) => !state.estate || c.estateIds.includes(state.estate))?.contractId ?? '';
  }

  const chosen = contracts.find((c) => c.contractId === state.contract);
  if (!state.estate && chosen) {
    state.estate = chosen.estateIds[0];
  }

  fillPickers();
  remember();
}

function figure(/** @type {string} */ label, /** @type {string} */ value, /** @type {string} */ sub = '') {
  return h('article', { class: 'figure' }, h('h3', {}, label), h('div', { class: 'value-line' }, h('span', { class: 'value' }, value)), h('div', { class: 'sub' }, sub));
}

async function readKpis() {
  if (!state.contract) {
    $('#kpis').replaceChildren();
    return;
  }

  const result = await get(`api/agency/contracts/${encodeURIComponent(state.contract)}/kpis?month=${state.month}`);
  const k = result.ok ? result.body : null;
  const none = t('agency.nothingToMeasure');
  $('#kpis').replaceChildren(...(k ? [
    figure(t('agency.onTime'), k.onTimeShare == null ? none : percent(k.onTimeShare), t('agency.ofRounds', { done: k.roundsOnTime, due: k.roundsDue })),
    figure(t('agency.paidShare'), k.paidShare == null ? none : percent(k.paidShare), t('agency.ofContacted', { paid: k.paidAfterContact, contacted: k.dwellingsContacted })),
    figure(t('agency.intakeDays'), k.medianIntakeDays == null ? none : t('agency.days', { n: k.medianIntakeDays }), t('agency.decided', { n: k.intakesDecided })),
  ] : [h('p', { class: 'denied' }, result.forbidden ? t('notPermitted') : problemText(result))]));
}

const targetText = (/** @type {any} */ r) => (r.kpi === 'medianIntakeDays' ? t('agency.days', { n: r.target }) : percent(r.target));

async function readAssessment() {
  if (!state.contract) {
    setText($('#assessment'), '');
    $('#assessment-list').replaceChildren();
    return;
  }

  const path = `api/agency/contracts/${encodeURIComponent(state.contract)}`;
  const [draft, signed] = await Promise.all([get(`${path}/assessment?month=${state.month}`), get(`${path}/assessments`)]);
  const a = draft.ok ? draft.body : null;
  $('#assessment').dataset.grade = a?.grade ?? '';
  setText($('#assessment'), a
    ? [`${a.month} · ${nameOf('agency.grades', a.grade)} · ${a.signedBy ? t('agency.signed', { by: a.signedBy, at: dateTime(a.signedAt) }) : t('agency.draft')}`,
      ...a.results.map((/** @type {any} */ r) => `${t(KPI_LABELS[r.kpi] ?? r.kpi)} ${nameOf('agency.verdicts', r.verdict)}（${t('agency.target', { target: targetText(r) })}）`),
    ].join(' · ')
    : problemText(draft));
  $('#assessment-list').replaceChildren(...(signed.ok ? signed.body : []).map((/** @type {any} */ s) => h('li', { dataset: { month: s.month } },
    `${s.month} · ${nameOf('agency.grades', s.grade)} · ${t('agency.signed', { by: s.signedBy, at: dateTime(s.signedAt) })}${s.note ? ` · ${s.note}` : ''}`)));
}

function chaseForm(/** @type {any} */ row) {
  const outcome = h('select', { class: 'chase-outcome', 'aria-label': 'outcome' }, ...OUTCOMES.map((o) => h('option', { value: o }, nameOf('agency.outcomes', o))));
  const promised = h('input', { class: 'chase-promised', type: 'date', 'aria-label': 'promisedBy', hidden: true });
  const note = h('input', { class: 'chase-note', type: 'text', placeholder: t('agency.note') });
  outcome.addEventListener('change', () => { promised.hidden = outcome.value !== 'Promised'; });
  const record = h('button', { class: 'chase-record', type: 'submit' }, t('agency.record'));
  return h('form', {
    class: 'toolbar',
    onsubmit: async (/** @type {Event} */ event) => {
      event.preventDefault();
      record.setAttribute('disabled', '');
      const result = await post(`${base()}/chase`, {
        chaseId: `CH-${key()}`.slice(0, 32), dwellingId: row.dwellingId, outcome: outcome.value,
        promisedBy: outcome.value === 'Promised' ? promised.value || null : null, note: note.value || null,
      });
      record.removeAttribute('disabled');
      show('#chase-error', result.ok ? '' : problemText(result));
      await readChase();
    },
  }, outcome, promised, note, record);
}

async function readChase() {
  const result = await get(`${base()}/chase`);
  $('#chase-denied').hidden = !result.forbidden;
  const rows = result.ok ? result.body : [];
  $('#chase-empty').hidden = !result.ok || rows.length > 0;
  setText($('#chase-count'), result.ok ? t('agency.households', { n: rows.length }) : '');
  const cols = ['dwelling', 'grid', 'household', 'rent', 'last', 'chases'];
  $('#chase-head').replaceChildren(...cols.map((c) => h('th', {}, t(`agency.cols.${c}`))), works ? h('th', {}, t('agency.cols.action')) : null);
  $('#chase-body').replaceChildren(...rows.map((/** @type {any} */ r) => h('tr', { dataset: { dwelling: r.dwellingId } },
    h('td', { dataset: { col: 'dwelling' } }, r.dwellingId),
    h('td', { dataset: { col: 'grid' } }, r.gridId),
    h('td', { dataset: { col: 'household' } }, r.headOfHousehold ?? '—'),
    h('td', { dataset: { col: 'rent' } }, nameOf('agency.rent', r.rent)),
    h('td', { dataset: { col: 'last' }, class: r.promiseBroken ? 'flag' : '' },
      r.lastOutcome ? `${nameOf('agency.outcomes', r.lastOutcome)}${r.promiseBroken ? ` · ${t('agency.broken')}` : ''}` : t('agency.notChased')),
    h('td', { dataset: { col: 'chases' } }, String(r.chases.length)),
    works ? h('td', {}, chaseForm(r)) : null)));
}

async function readQueues() {
  const result = await get(base());
  $('#rounds-denied').hidden = !result.forbidden;
  const q = result.ok ? result.body : null;
  $('#findings').replaceChildren(...(q ? FINDINGS.filter((f) => f !== 'NoIssue').map((f) => figure(nameOf('agency.findings', f), String(q.findings[f] ?? 0))) : []));
  const rounds = q?.rounds ?? [];
  $('#rounds-empty').hidden = !q || rounds.length > 0;
  $('#round-list').replaceChildren(...rounds.map((/** @type {any} */ r) => h('li', { dataset: { round: r.roundId } },
    h('b', {}, r.title), ` · ${r.visits.length}/${r.dwellingIds.length} · ${t('agency.due', { day: r.dueOn })}`,
    r.completedAt ? ` · ${t('agency.done')}` : '',
    works && !r.completedAt ? visitForm(r) : null)));
  const intake = q?.intake ?? [];
  $('#intake-empty').hidden = !q || intake.length > 0;
  $('#intake-list').replaceChildren(...intake.map((/** @type {any} */ i) => h('li', { dataset: { intake: i.intakeId } },
    `${i.dwellingId} · ${i.receivedOn} · ${nameOf('agency.intake', i.status)}`, i.exitCaseId ? ` · ${i.exitCaseId}` : i.effectPending ? ` · ${t('agency.exitPending')}` : '',
    works ? intakeSteps(i) : null)));
  const due = q?.intakeDue ?? [];
  $('#intake-due-empty').hidden = !q || due.length > 0;
  $('#intake-due-list').replaceChildren(...due.map((/** @type {any} */ d) => h('li', { dataset: { dwelling: d.dwellingId }, class: d.overdue ? 'flag' : '' },
    `${d.dwellingId} · ${d.gridId} · ${t('agency.dueOn', { day: d.dueOn })}${d.overdue ? ` · ${t('agency.overdue')}` : ''}`,
    works ? h('button', { type: 'button', onclick: () => { $('#intake-dwelling').value = d.dwellingId; $('#intake-dwelling').focus(); } }, t('agency.receive')) : null)));
  const paperwork = (q?.paperwork ?? []).filter((/** @type {any} */ p) => !p.closedAt);
  $('#paperwork-empty').hidden = !q || paperwork.length > 0;
  $('#paperwork-list').replaceChildren(...paperwork.map((/** @type {any} */ p) => h('li', { dataset: { item: p.itemId } },
    `${nameOf('agency.kinds', p.kind)} · ${p.dwellingId} · ${dateTime(p.openedAt)}`,
    works ? h('button', { type: 'button', onclick: async () => { await post(`${base()}/paperwork/${p.itemId}/close`, {}); await readQueues(); } }, t('agency.close')) : null)));
}

function visitForm(/** @type {any} */ round) {
  const left = round.dwellingIds.filter((/** @type {string} */ d) => !round.visits.some((/** @type {any} */ v) => v.dwellingId === d));
  const dwelling = h('select', { 'aria-label': 'dwelling' }, ...left.map((/** @type {string} */ d) => h('option', { value: d }, d)));
  const finding = h('select', { 'aria-label': 'finding' }, ...FINDINGS.map((f) => h('option', { value: f }, nameOf('agency.findings', f))));
  return h('form', {
    class: 'toolbar',
    onsubmit: async (/** @type {Event} */ event) => {
      event.preventDefault();
      const result = await post(`${base()}/rounds/${round.roundId}/visits`, { dwellingId: dwelling.value, finding: finding.value });
      show('#round-error', result.ok ? '' : problemText(result));
      await readQueues();
    },
  }, dwelling, finding, h('button', { type: 'submit' }, t('agency.visit')));
}

function intakeSteps(/** @type {any} */ item) {
  const next = { Incomplete: ['Complete', 'Failed'], Complete: ['Passed', 'Failed'] }[item.status] ?? [];
  return next.map((to) => h('button', {
    type: 'button',
    onclick: async () => {
      const reason = to === 'Failed' ? prompt(t('agency.reason')) : null;
      const result = await post(`${base()}/intake/${item.intakeId}/steps`, { to, reason });
      show('#intake-error', result.ok ? '' : problemText(result));
      await readQueues();
    },
  }, nameOf('agency.intake', to)));
}

$('#picker').addEventListener('submit', (/** @type {Event} */ event) => {
  event.preventDefault();
  state.month = $('#month-pick').value || state.month;
  state.estate = $('#estate-pick').value || state.estate;
  remember();
  readAll();
});
$('#contract-pick').addEventListener('change', () => {
  state.contract = $('#contract-pick').value;
  state.estate = contracts.find((c) => c.contractId === state.contract)?.estateIds[0] ?? state.estate;
  fillPickers();
  remember();
  readAll();
});
$('#round-form').addEventListener('submit', async (/** @type {Event} */ event) => {
  event.preventDefault();
  const dwellingIds = $('#round-dwellings').value.split(/[,，\s]+/).filter(Boolean);
  const result = await post(`${base()}/rounds`, { roundId: `RD-${key()}`.slice(0, 32), title: $('#round-title').value, dwellingIds, dueOn: $('#round-due').value });
  show('#round-error', result.ok ? '' : problemText(result));
  await readQueues();
});
$('#intake-form').addEventListener('submit', async (/** @type {Event} */ event) => {
  event.preventDefault();
  const result = await post(`${base()}/intake`, {
    intakeId: `IT-${key()}`.slice(0, 32), dwellingId: $('#intake-dwelling').value.trim(), receivedOn: $('#intake-date').value, complete: $('#intake-complete').checked,
  });
  show('#intake-error', result.ok ? '' : problemText(result));
  await readQueues();
});
$('#intake-date').value = today();
$('#assess-form').addEventListener('submit', async (/** @type {Event} */ event) => {
  event.preventDefault();
  const result = await post(`api/agency/contracts/${encodeURIComponent(state.contract)}/assessments`, { month: state.month, note: $('#assess-note').value || null });
  show('#assess-error', result.ok ? '' : problemText(result));
  await readAssessment();
});

async function readAll() {
  if (!state.estate) {
    return;
  }

  await Promise.all([readKpis(), readAssessment(), readChase(), readQueues()]);
}

onLanguageChange(() => { fillPickers(); readAll(); });
await readContracts();
await readAll();
// Not while someone is typing in a row's form: the list is read again when they are done.
setInterval(() => { if (!document.activeElement?.closest('form')) { readKpis(); readAssessment(); readChase(); readQueues(); } }, READ_EVERY_MS);
