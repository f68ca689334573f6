// The allocation screen (公平配租): a district's waiting list of one tenure type with its ranks (as the server ranks
// them), the public list (公示, masked by the server for everyone), allocation from it in rank order with the server's
// refusal shown as it comes (409), exceptions approved by a second person, and an estate's second-address
// registration counts. Each part reads the API the person's grants reach; a 403 says "not permitted" in that part.
// Commands are offered only to those holding ManageAllocations (GET api/config's permissions); the API still decides.

import { get, send } from '../api.js';
import { DISTRICTS } from '../city.js';
import { loadConfig } from '../config.js';
import { $, h, setText } from '../dom.js';
import { dateTime, number } from '../format.js';
import { nameOf, onLanguageChange, t } from '../i18n.js';
import { figure } from '../components/figure.js';
import { mountHeader } from '../components/header.js';

const READ_EVERY_MS = 5000;
const TENURES = ['PublicRental', 'LowRent', 'Economy', 'LimitedPrice'];

mountHeader($('#top'));
const settings = await loadConfig();
const held = new Set(settings.permissions ?? []);
const manages = held.has('ManageAllocations');
const query = new URLSearchParams(location.search);
const state = {
  district: query.get('district') || 'TH',
  tenure: query.get('tenure') || 'PublicRental',
  estate: query.get('estate') || settings.featuredEstate,
};
let view = null;

const columns = ['rank', 'application', 'applicant', 'size', 'points', 'applied', 'status'];
const publicColumns = ['rank', 'application', 'applicant', 'idNumber', 'size', 'points'];
const figures = {};
for (const key of ['registered', 'pending', 'notRegistered', 'movedIn']) {
  figures[key] = figure($('#registration-figures'), { key, label: `alloc.reg.${key}` });
}

function fillPickers() {
  $('#list-district').replaceChildren(...DISTRICTS.map((code) => h('option', { value: code }, nameOf('districts', code))));
  $('#list-tenure').replaceChildren(...TENURES.map((tenure) => h('option', { value: tenure }, t(`alloc.tenures.${tenure}`))));
  $('#list-district').value = state.district;
  $('#list-tenure').value = state.tenure;
  $('#applications-head').replaceChildren(...columns.map((c) => h('th', {}, t(`alloc.col.${c}`))));
  $('#public-head').replaceChildren(...publicColumns.map((c) => h('th', {}, t(`alloc.col.${c}`))));
}

fillPickers();
onLanguageChange(() => { fillPickers(); draw(); });
$('#registration-estate').value = state.estate;
$('#publish').hidden = !manages;
$('#allocate-form').hidden = !manages;
$('#exception-form').hidden = !manages;
$('#allocate-denied').hidden = manages;

function remember() {
  history.replaceState(null, '', `?${new URLSearchParams(Object.entries(state).filter(([, v]) => v))}`);
}

const listPath = () => `api/waitlists/${encodeURIComponent(state.district)}/${encodeURIComponent(state.tenure)}`;

$('#list-picker').addEventListener('submit', (event) => {
  event.preventDefault();
  state.district = $('#list-district').value;
  state.tenure = $('#list-tenure').value;
  remember();
  readList();
});
$('#registration-picker').addEventListener('submit', (event) => {
  event.preventDefault();
  state.estate = $('#registration-estate').value.trim() || state.estate;
  remember();
  readRegistrations();
});
$('#publish').addEventListener('click', async () => {
  const result = await send('POST', `${listPath()}/publish`, { commandId: `pub-${Date.now()}` });
  say(result, t('alloc.published'));
  await readList();
});
$('#allocate-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  const result = await send('POST', `${listPath()}/allocations`, {
    applicationId: $('#allocate-application').value.trim(), estateId: $('#allocate-estate').value.trim(), dwellingId: $('#allocate-dwelling').value.trim(),
  });
  say(result, result.ok ? t('alloc.allocated', { id: result.body.allocationId, rank: result.body.rank }) : '');
  await readList();
});
$('#exception-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  const result = await send('POST', `${listPath()}/exceptions`, { applicationId: $('#exception-application').value.trim(), reason: $('#exception-reason').value.trim() });
  say(result, result.ok ? t('alloc.approved', { id: result.body.exceptionId }) : '');
  await readList();
});

/** The outcome of a command: done, refused (409, with the server's explanation as it was sent), or not permitted. */
function say(result, done) {
  const out = $('#allocate-result');
  out.dataset.outcome = result.ok ? 'done' : result.conflict ? 'refused' : result.forbidden ? 'forbidden' : 'invalid';
  setText(out, result.ok ? done
    : result.forbidden ? t('notPermitted')
      : `${t(result.conflict ? 'alloc.refused' : 'alloc.invalid')} ${result.problem?.detail ?? ''}`.trim());
}

async function readList() {
  const result = await get(listPath());
  $('#waitlist-denied').hidden = !result.forbidden;
  view = result.ok ? result.body : null;
  draw();
}

function draw() {
  const apps = view?.applications ?? [];
  $('#applications-empty').hidden = !view || apps.length > 0;
  setText($('#waitlist-counts'), view ? t('alloc.counts', view.counts) : '');
  $('#applications-body').replaceChildren(...apps.map((a) => h('tr', { dataset: { application: a.form.applicationId, status: a.status, rank: a.rank ?? '' } },
    h('td', { dataset: { col: 'rank' } }, a.rank ?? '—'),
    h('td', { dataset: { col: 'application' }, class: 'code' }, a.form.applicationId),
    h('td', { dataset: { col: 'applicant' } }, a.form.applicant.name),
    h('td', { dataset: { col: 'size' } }, number(a.form.householdSize)),
    h('td', { dataset: { col: 'points' } }, number(a.points)),
    h('td', { dataset: { col: 'applied' } }, a.form.appliedOn),
    h('td', { dataset: { col: 'status' } }, nameOf('alloc.statuses', a.status)))));

  const list = view?.publicList;
  $('#public-empty').hidden = !view || !!list;
  setText($('#public-period'), list ? t(view.inPublicPeriod ? 'alloc.publicUntil' : 'alloc.publicEnded', { number: list.number, until: dateTime(list.endsAt) }) : '');
  setText($('#public-objections'), list ? t('alloc.objections', { n: list.objections.length }) : '');
  setText($('#next-in-order'), view?.nextInOrder ? t('alloc.next', { id: view.nextInOrder }) : list ? t('alloc.noneLeft') : '');
  if (view?.nextInOrder && !$('#allocate-application').value) {
    $('#allocate-application').value = view.nextInOrder;
  }

  const allocations = view?.allocations ?? [];
  $('#allocations-empty').hidden = !view || allocations.length > 0;
  $('#allocations').replaceChildren(...allocations.map((a) => h('li', { dataset: { allocation: a.allocationId, application: a.applicationId } },
    `${a.allocationId} · ${t('alloc.rankOf', { rank: a.rank })} · ${a.applicationId} → ${a.estateId}/${a.dwellingId} · ${a.actor}`
    + (a.exceptionId ? ` · ${t('alloc.withException', { id: a.exceptionId, n: a.passedOver.length })}` : ''))));
  const exceptions = view?.exceptions ?? [];
  $('#exceptions-empty').hidden = !view || exceptions.length > 0;
  $('#exceptions').replaceChildren(...exceptions.map((x) => h('li', { dataset: { exception: x.exceptionId } },
    `${x.exceptionId} · ${x.applicationId} · ${x.reason} · ${t('alloc.approvedBy', { who: x.approvedBy })}${x.usedBy ? ` · ${x.usedBy}` : ''}`)));
}

async function readPublicList() {
  const result = await get(`${listPath()}/public-list`);
  const rows = result.ok ? result.body.rows : [];
  $('#public-body').replaceChildren(...rows.map((r) => h('tr', { dataset: { application: r.applicationId } },
    h('td', {}, r.rank), h('td', { class: 'code' }, r.applicationId), h('td', {}, r.name), h('td', { class: 'code' }, r.idNumber),
    h('td', {}, number(r.householdSize)), h('td', {}, number(r.points)))));
}

async function readRegistrations() {
  if (!held.has('RegisterAddresses')) {
    $('#registration-denied').hidden = false;
    $('#registration-figures').hidden = true;
    return;
  }

  const result = await get(`api/registrations/estates/${encodeURIComponent(state.estate)}`);
  $('#registration-denied').hidden = !result.forbidden;
  $('#registration-figures').hidden = !result.ok;
  const counts = result.ok ? result.body.counts : null;
  if (!counts) {
    setText($('#registration-note'), result.status === 404 ? t('alloc.reg.noEstate') : '');
    return;
  }

  figures.registered.set({ value: number(counts.registered), sub: t('alloc.reg.members') });
  figures.pending.set({ value: number(counts.pending), sub: t('alloc.reg.submitted', { n: counts.submitted }) });
  figures.notRegistered.set({ value: counts.notRegistered == null ? '—' : number(counts.notRegistered), sub: counts.residents == null ? t('alloc.reg.noResidents') : t('alloc.reg.ofResidents', { n: counts.residents }) });
  figures.movedIn.set({ value: number(counts.hukouMovedIn), sub: t('alloc.reg.members') });
  setText($('#registration-note'), result.body.members.length === 0 ? t('alloc.reg.noRecords') : t('alloc.reg.handOffs', { n: result.body.handOffs.length }));
}

// The public list is read only once the waiting list says one is published (before that it is a 404, not an empty list).
const readAll = () => Promise.all([readList().then(() => (view?.publicList ? readPublicList() : $('#public-body').replaceChildren())), readRegistrations()]);
await readAll();
setInterval(readAll, READ_EVERY_MS);
