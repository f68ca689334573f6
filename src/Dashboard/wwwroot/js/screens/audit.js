// The auditor's screen (审计): search the append-only audit log (GET api/audit) by person, object, action, outcome and
// time, newest first, a page at a time; and check the hash chain (GET api/audit/verify). It reads no live scope: an
// auditor holds no other post.

import { get } from '../api.js';
import { $, h, setText } from '../dom.js';
import { dateTime } from '../format.js';
import { plainHeader } from '../components/plain-header.js';
import { nameOf, t } from '../i18n.js';

const rows = $('#audit-rows');
const more = $('#audit-more');
const error = $('#audit-error');
let nextBefore = null;
let shown = [];
let chain = null;

function query(beforeId) {
  const q = new URLSearchParams();
  const add = (key, value) => { if (value) q.set(key, value); };
  add('actor', $('#q-actor').value.trim());
  add('objectId', $('#q-object').value.trim());
  add('action', $('#q-action').value.trim());
  add('outcome', $('#q-outcome').value);
  add('from', $('#q-from').value ? new Date($('#q-from').value).toISOString() : '');
  add('to', $('#q-to').value ? new Date($('#q-to').value).toISOString() : '');
  add('beforeId', beforeId ?? '');
  q.set('limit', '100');
  return `api/audit?${q}`;
}

function row(r) {
  return h('tr', { dataset: { id: r.id, outcome: r.outcome } },
    h('td', {}, dateTime(r.at)),
    h('td', {}, r.actor),
    h('td', {}, (r.roles || '').split(',').filter(Boolean).map((role) => nameOf('posts', role)).join(' · ')),
    h('td', {}, r.action),
    h('td', {}, r.objectType),
    h('td', { class: 'ids' }, [...(r.objectIds ?? [])].join(' ')),
    h('td', {}, [...(r.personalFields ?? [])].map((f) => nameOf('audit.kinds', f)).join(' · ')),
    h('td', {}, r.source ?? ''),
    h('td', { class: 'outcome' }, nameOf('audit', r.outcome)),
    h('td', {}, r.detail ?? ''));
}

function draw() {
  rows.replaceChildren(...shown.map(row));
  setText($('#audit-count'), t('audit.count', { n: shown.length }));
  more.hidden = nextBefore == null;
  const status = $('#audit-chain');
  status.dataset.intact = chain == null ? '' : String(chain.intact);
  setText(status, chain == null ? '' : chain.intact ? t('audit.intact', { n: chain.rowsChecked })
    : t('audit.broken', { id: chain.brokenAtId, problem: chain.problem ?? '' }));
}

async function load(append) {
  const result = await get(query(append ? nextBefore : null));
  if (!result.ok) {
    error.hidden = false;
    setText(error, result.status === 403 ? t('notPermitted') : result.status === 400 ? t('audit.badQuery') : t('audit.failed'));
    return;
  }

  error.hidden = true;
  shown = append ? [...shown, ...result.body.rows] : result.body.rows;
  nextBefore = result.body.nextBeforeId;
  draw();
}

$('#audit-form').addEventListener('submit', (event) => {
  event.preventDefault();
  load(false);
});
more.addEventListener('click', () => load(true));
$('#audit-verify').addEventListener('click', async () => {
  const result = await get('api/audit/verify');
  chain = result.ok ? result.body : null;
  if (!result.ok) {
    error.hidden = false;
    setText(error, result.status === 403 ? t('notPermitted') : t('audit.failed'));
  }

  draw();
});
plainHeader('audit.title', draw);
load(false);
