// @ts-check
// The community screen (議事協商與社區環境) of one estate: the consultation committee (members by party, meetings with
// their tallies, resolutions and follow-ups), the compact in force with its versions and supervision, the environment
// (matters per category, sorting months, garbage stations) and residents' satisfaction (ratings of closed cases and
// surveys). Every part reads the API the person's grants reach; a 403 says "not permitted" in that part. Those who
// manage the community may seat members and record a meeting with its vote here. Read again every few seconds.

import { get, post } from '../api.js';
import { loadConfig } from '../config.js';
import { $, h, setText } from '../dom.js';
import { number, percent } from '../format.js';
import { language, onLanguageChange, t } from '../i18n.js';
import { mountHeader } from '../components/header.js';
import { panel } from '../components/panel.js';

const READ_EVERY_MS = 5000;

const STRINGS = {
  zh: {
    go: '查看', estate: '小区', committee: '议事协商委员会', compact: '小区规约', environment: '环境', satisfaction: '居民满意度',
    members: '委员', resolutions: '决议与跟进', meetings: '会议', supervision: '规约执行监督', sorting: '垃圾分类（公斤/月）', stations: '垃圾投放点', surveys: '满意度调查',
    noMembers: '尚无委员', noResolutions: '尚无决议', noMeetings: '尚无会议记录', noSupervision: '尚无监督记录', noSorting: '尚未录入分类数据', noStations: '尚未登记投放点', noSurveys: '尚无调查',
    noCompact: '尚未通过规约', compactInForce: '现行规约：第 {n} 版（{on} 起施行）', seatMember: '增补委员', recordMeeting: '记录会议与表决', save: '保存',
    quorate: '达法定人数', notQuorate: '未达法定人数', attends: '出席', followUps: '跟进 {open}/{all} 未完成', term: '任期至 {end}',
    category: '类别', open: '在办事件', incidents: '事件', recorded: '登记', total: '合计', month: '月份', rate: '分类率',
    responses: '评价与答卷', mean: '平均分', caseMean: '结案评价', surveyMean: '调查',
    noRatings: '尚无评价或调查：健康分不因满意度扣分', minimum: '少于 {n} 条评价或答卷时，健康分不因满意度扣分', health: '健康分扣分 {p}',
    vote: { For: '赞成', Against: '反对', Abstain: '弃权', '': '未投票' },
    outcome: { Carried: '通过', Defeated: '未通过', NoQuorum: '未达法定人数' },
    party: { HousingOffice: '住房保障部门', Police: '派出所', ResidentsCommittee: '居委会', PropertyCompany: '物业服务企业', OwnersRepresentative: '业主代表', TenantsRepresentative: '租户代表' },
    env: { Greening: '绿化与清洁', IllegalStructure: '违章建筑', Parking: '车辆停放', Pets: '宠物管理', GarbageSorting: '垃圾分类' },
    stream: { Recyclable: '可回收物', Kitchen: '厨余垃圾', Hazardous: '有害垃圾', Residual: '其他垃圾' },
    motion: '议题', followUp: '跟进事项', owner: '负责方',
  },
  en: {
    go: 'Show', estate: 'Estate', committee: 'Consultation committee', compact: 'Compact', environment: 'Environment', satisfaction: "Residents' satisfaction",
    members: 'Members', resolutions: 'Resolutions and follow-up', meetings: 'Meetings', supervision: 'Supervision of the compact', sorting: 'Garbage sorting (kg / month)', stations: 'Garbage stations', surveys: 'Surveys',
    noMembers: 'No members yet', noResolutions: 'No resolutions yet', noMeetings: 'No meetings recorded yet', noSupervision: 'No supervision records yet', noSorting: 'No sorting figures recorded yet', noStations: 'No garbage stations registered yet', noSurveys: 'No surveys yet',
    noCompact: 'No compact adopted yet', compactInForce: 'In force: version {n} (from {on})', seatMember: 'Seat a member', recordMeeting: 'Record a meeting and its vote', save: 'Save',
    quorate: 'quorate', notQuorate: 'not quorate', attends: 'attends', followUps: 'follow-up {open}/{all} open', term: 'term to {end}',
    category: 'Category', open: 'Open incidents', incidents: 'Incidents', recorded: 'Recorded', total: 'Total', month: 'Month', rate: 'Sorting rate',
    responses: 'Ratings and answers', mean: 'Mean', caseMean: 'Closed cases', surveyMean: 'Surveys',
    noRatings: 'No ratings or surveys yet: the health score takes no points for satisfaction', minimum: 'With fewer than {n} ratings and answers the health score takes no points for satisfaction', health: 'health score penalty {p}',
    vote: { For: 'For', Against: 'Against', Abstain: 'Abstain', '': 'No vote' },
    outcome: { Carried: 'Carried', Defeated: 'Defeated', NoQuorum: 'No quorum' },
    party: { HousingOffice: 'Housing office', Police: 'Police station', ResidentsCommittee: "Residents' committee", PropertyCompany: 'Property company', OwnersRepresentative: "Owners' rep.", TenantsRepresentative: "Tenants' rep." },
    env: { Greening: 'Greening and cleanliness', IllegalStructure: 'Illegal structures', Parking: 'Parking', Pets: 'Pets', GarbageSorting: 'Garbage sorting' },
    stream: { Recyclable: 'Recyclable', Kitchen: 'Kitchen', Hazardous: 'Hazardous', Residual: 'Residual' },
    motion: 'Motion', followUp: 'Follow-up', owner: 'Owner',
  },
};

/** A string of this screen in the current language, {name} filled from values. */
function tr(key, values = {}) {
  const found = key.split('.').reduce((o, k) => o?.[k], STRINGS[language()] ?? STRINGS.zh);
  return String(found ?? key).replace(/\{(\w+)\}/g, (_, name) => String(values[name] ?? ''));
}

const MIN_RESPONSES = 10; // HealthOptions.SatisfactionMinimumResponses's default (docs/health-score.md)
const PARTIES = Object.keys(STRINGS.zh.party);

mountHeader($('#top'));
const settings = await loadConfig();
const manages = (settings.permissions ?? []).includes('ManageCommunity');
const query = new URLSearchParams(location.search);
/** @type {{ estate: string, committee: any, environment: any, satisfaction: any, denied: Record<string, boolean>, error: string }} */
const state = { estate: query.get('estate') || settings.featuredEstate, committee: null, environment: null, satisfaction: null, denied: {}, error: '' };
$('#estate-pick').value = state.estate;
$('#member-form-box').hidden = !manages;
$('#meeting-form-box').hidden = !manages;
$('#meeting-date').value = new Date().toISOString().slice(0, 10);

$('#estate-picker').addEventListener('submit', (/** @type {Event} */ event) => {
  event.preventDefault();
  state.estate = $('#estate-pick').value.trim() || state.estate;
  history.replaceState(null, '', `?estate=${encodeURIComponent(state.estate)}`);
  state.committee = state.environment = state.satisfaction = null;
  read();
});

const base = () => `api/estates/${encodeURIComponent(state.estate)}`;

async function read() {
  const [committee, environment, satisfaction] = await Promise.all(
    ['committee', 'environment', 'satisfaction'].map((part) => get(`${base()}/${part}`)));
  for (const [part, result] of Object.entries({ committee, environment, satisfaction })) {
    state.denied[part] = result.forbidden || result.status === 404;
    state[part] = result.ok ? result.body : null;
  }

  refresh();
}

const refresh = panel(() => {
  for (const el of document.querySelectorAll('[data-k]')) {
    setText(el, tr(el.getAttribute('data-k')));
  }

  setText($('#estate-go'), tr('go'));
  setText($('#estate-shown'), `${tr('estate')} ${state.estate}`);
  for (const part of ['committee', 'compact', 'environment', 'satisfaction']) {
    setText($(`#${part}-title`), tr(part));
    const denied = state.denied[part === 'compact' ? 'committee' : part];
    const box = $(`#${part}-denied`);
    box.hidden = !denied;
    setText(box, t('notPermitted'));
    $(`#${part}-body`).hidden = denied;
  }

  drawCommittee();
  drawCompact();
  drawEnvironment();
  drawSatisfaction();
  const error = $('#committee-error');
  error.hidden = !state.error;
  setText(error, state.error);
});

/** Fills a list, or shows its empty note when there is nothing (never a 0 for what does not exist). */
function list(id, items, empty, row) {
  $(`#${id}`).replaceChildren(...items.map(row));
  const note = $(`#${id}-empty`);
  if (note) {
    note.hidden = items.length > 0;
    setText(note, tr(empty));
  }
}

function drawCommittee() {
  const c = state.committee;
  const members = c?.members ?? [];
  setText($('#committee-meta'), c ? tr('followUps', { open: c.openFollowUps, all: (c.resolutions ?? []).reduce((n, r) => n + r.followUps.length, 0) }) : '');
  list('members', members, 'noMembers', (m) => h('li', { dataset: { member: m.memberId } },
    h('span', {}, m.name), h('span', { class: 'muted' }, tr(`party.${m.party}`)), h('b', {}, tr('term', { end: m.termEnd }))));
  list('resolutions', c?.resolutions ?? [], 'noResolutions', (r) => h('li', { dataset: { resolution: r.resolutionId } },
    h('span', { class: 'tag carried' }, tr('outcome.Carried')), h('span', {}, r.title), h('span', { class: 'muted' }, r.adoptedOn),
    h('b', {}, r.followUps.map((f) => `${f.what} · ${f.owner} · ${f.doneOn ? `✓ ${f.doneOn}` : f.due}`).join('；'))));
  list('meetings', c?.meetings ?? [], 'noMeetings', (m) => h('li', { dataset: { meeting: m.record.meetingId } },
    h('span', {}, m.record.date), h('span', { class: 'muted' }, `${m.record.attendees.length}/${m.membersInTerm} · ${tr(m.quorate ? 'quorate' : 'notQuorate')}`),
    h('b', {}, m.tallies.map((x) => `${x.title}: ${tr(`outcome.${x.outcome}`)} (${x.for}/${x.against}/${x.abstain})`).join('；'))));
  const parties = $('#member-party');
  if (parties.options.length !== PARTIES.length || parties.dataset.lang !== language()) {
    const chosen = parties.value;
    parties.replaceChildren(...PARTIES.map((p) => h('option', { value: p }, tr(`party.${p}`))));
    parties.value = chosen || PARTIES[0];
    parties.dataset.lang = language();
  }

  $('#member-name').placeholder = tr('members');
  $('#motion-title').placeholder = tr('motion');
  $('#followup-what').placeholder = tr('followUp');
  $('#followup-owner').placeholder = tr('owner');
  drawAttendees(members);
}

/** One row per member in term on the meeting's day: attends, and their vote. Kept while the person fills it in. */
function drawAttendees(members) {
  const day = $('#meeting-date').value;
  const sitting = members.filter((m) => m.termStart <= day && day <= m.termEnd);
  const body = $('#meeting-attendees');
  const key = `${language()}|${sitting.map((m) => m.memberId).join(',')}`;
  if (body.dataset.key === key) {
    return;
  }

  body.dataset.key = key;
  body.replaceChildren(...sitting.map((m) => h('tr', { dataset: { attendee: m.memberId } },
    h('td', {}, h('label', {}, h('input', { type: 'checkbox', name: 'attends', value: m.memberId }), ` ${m.name} · ${tr(`party.${m.party}`)}`)),
    h('td', {}, h('select', { name: 'vote', 'aria-label': `vote ${m.memberId}` }, ...['', 'For', 'Against', 'Abstain'].map((v) => h('option', { value: v }, tr(`vote.${v}`))))))));
}

$('#meeting-date').addEventListener('change', refresh);

function drawCompact() {
  const c = state.committee;
  const current = c?.currentCompact;
  setText($('#compact-current'), current ? tr('compactInForce', { n: current.number, on: current.effectiveOn }) : tr('noCompact'));
  $('#compact-versions').replaceChildren(...(c?.compactVersions ?? []).slice().reverse().map((v) =>
    h('li', {}, h('span', {}, `v${v.number}`), h('span', {}, v.summary), h('b', {}, v.effectiveOn))));
  list('supervision', c?.supervision ?? [], 'noSupervision', (s) =>
    h('li', {}, h('span', {}, s.date), h('span', {}, s.breach), h('span', { class: 'muted' }, s.followUp), h('b', {}, s.resolvedOn ? `✓ ${s.resolvedOn}` : '…')));
}

function drawEnvironment() {
  const e = state.environment;
  $('#env-head').replaceChildren(...['category', 'open', 'incidents', 'recorded', 'total'].map((k) => h('th', {}, tr(k))));
  $('#env-counts').replaceChildren(...(e?.counts ?? []).map((c) => h('tr', { dataset: { category: c.category } },
    h('td', {}, tr(`env.${c.category}`)), h('td', {}, number(c.openIncidents)), h('td', {}, number(c.incidents)), h('td', {}, number(c.recorded)), h('td', {}, number(c.total)))));
  const streams = Object.keys(STRINGS.zh.stream);
  $('#sorting-head').replaceChildren(h('th', {}, tr('month')), ...streams.map((s) => h('th', {}, tr(`stream.${s}`))), h('th', {}, tr('rate')));
  list('sorting', e?.months ?? [], 'noSorting', (m) => h('tr', {}, h('td', {}, m.month),
    ...streams.map((s) => h('td', {}, number(m.kilograms?.[s] ?? 0))), h('td', {}, m.sortingRate == null ? '—' : percent(m.sortingRate))));
  list('stations', e?.stations ?? [], 'noStations', (s) => h('li', {}, h('span', {}, s.name), h('span', { class: 'muted' }, s.location),
    h('b', {}, s.streams.map((x) => tr(`stream.${x}`)).join(' · '))));
}

function drawSatisfaction() {
  const s = state.satisfaction;
  const counts = s?.counts;
  const figure = (label, value) => h('div', { class: 'figure' }, h('div', { class: 'figure-label' }, label), h('div', { class: 'figure-value' }, value));
  $('#satisfaction-figures').replaceChildren(...(counts && counts.responses > 0 ? [
    figure(tr('responses'), number(counts.responses)),
    figure(tr('mean'), counts.mean?.toFixed(2) ?? '—'),
    figure(tr('caseMean'), counts.caseMean == null ? '—' : `${counts.caseMean.toFixed(2)} (${number(counts.caseRatings)})`),
    figure(tr('surveyMean'), counts.surveyMean == null ? '—' : `${counts.surveyMean.toFixed(2)} (${number(counts.surveyAnswers)})`),
  ] : []));
  setText($('#satisfaction-note'), !counts || counts.responses === 0 ? tr('noRatings') : counts.responses < MIN_RESPONSES ? tr('minimum', { n: MIN_RESPONSES }) : '');
  $('#satisfaction-months').replaceChildren(...(s?.months ?? []).map((m) => h('li', {}, h('span', {}, m.month), h('span', { class: 'muted' }, number(m.ratings)), h('b', {}, m.mean.toFixed(2)))));
  list('surveys', s?.surveys ?? [], 'noSurveys', (v) => h('li', {}, h('span', {}, v.period), h('span', { class: 'muted' }, number(v.answers)),
    h('b', {}, v.questions.map((q) => `${q.question} ${q.mean?.toFixed(2) ?? '—'}`).join('；'))));
}

const newId = (prefix) => `${prefix}-${Date.now().toString(36).toUpperCase()}${Math.floor(Math.random() * 1296).toString(36).toUpperCase()}`;

async function change(path, body) {
  const result = await post(`${base()}/${path}`, body);
  state.error = result.ok ? '' : `${result.status}: ${result.problem?.detail ?? result.problem?.title ?? ''}`;
  if (result.ok) {
    state.committee = result.body;
  }

  refresh();
  return result.ok;
}

$('#member-form').addEventListener('submit', async (/** @type {Event} */ event) => {
  event.preventDefault();
  await change('committee/members', {
    memberId: $('#member-id').value.trim(), name: $('#member-name').value.trim(), party: $('#member-party').value,
    termStart: $('#member-start').value, termEnd: $('#member-end').value,
  });
});

$('#meeting-form').addEventListener('submit', async (/** @type {Event} */ event) => {
  event.preventDefault();
  const rows = [...$('#meeting-attendees').querySelectorAll('tr')];
  const attending = rows.filter((r) => r.querySelector('input[name=attends]').checked);
  const votes = attending.map((r) => ({ memberId: r.dataset.attendee, vote: r.querySelector('select').value })).filter((v) => v.vote);
  const what = $('#followup-what').value.trim();
  const followUps = what ? [{ itemId: 'F1', what, owner: $('#followup-owner').value.trim(), due: $('#followup-due').value }] : [];
  const ok = await change('committee/meetings', {
    meetingId: newId('MT'), date: $('#meeting-date').value, attendees: attending.map((r) => r.dataset.attendee),
    motions: [{ motionId: newId('MO'), title: $('#motion-title').value.trim(), votes, followUps }],
  });
  if (ok) {
    $('#meeting-form').reset();
    $('#meeting-date').value = new Date().toISOString().slice(0, 10);
    $('#meeting-attendees').dataset.key = '';
    refresh();
  }
});

onLanguageChange(refresh);
await read();
setInterval(read, READ_EVERY_MS);
