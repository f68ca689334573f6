// The administrator's screen (系统管理员): accounts with their role × scope grants, one-time passwords, disabling,
// unlocking and lost authenticators; and the integrations' device keys. It shows no residents' data: an administrator
// holds none. Every change is the silo's to check and audit; secrets are shown once, as the silo answers them.

import { get, post, send } from '../api.js';
import { $, h, setText } from '../dom.js';
import { dateTime } from '../format.js';
import { plainHeader } from '../components/plain-header.js';
import { t } from '../i18n.js';

let users = [];
let keys = [];
const errorBox = $('#admin-error');
const secretBox = $('#admin-secret');

/** "Role|Scope|ScopeId; …" as the API's grant objects. */
const readGrants = (text) => text.split(';').map((g) => g.trim()).filter(Boolean).map((g) => {
  const [role, scope, scopeId = ''] = g.split('|').map((p) => p.trim());
  return { role, scope, scopeId };
});

function fail(result) {
  errorBox.hidden = false;
  const field = Object.entries(result.problem?.errors ?? {})[0];
  setText(errorBox, result.forbidden ? t('notPermitted') : field ? `${field[0]}: ${field[1][0]}` : result.problem?.detail ?? t('admin.failed'));
}

function showSecret(key, values) {
  secretBox.hidden = false;
  setText(secretBox, t(key, values));
}

async function act(result) {
  const done = await result;
  if (!done.ok) {
    fail(done);
    return null;
  }

  errorBox.hidden = true;
  await load();
  return done.body;
}

function state(u) {
  const flags = [];
  if (u.disabled) flags.push(t('admin.disabled'));
  if (u.lockedUntil && new Date(u.lockedUntil) > new Date()) flags.push(t('admin.locked', { until: dateTime(u.lockedUntil) }));
  if (u.mustChangePassword) flags.push(t('admin.mustChange'));
  flags.push(u.twoFactor ? t('admin.twoFactor') : t('admin.noTwoFactor'));
  return flags.join(' · ');
}

function userRow(u) {
  const path = `api/admin/users/${encodeURIComponent(u.userName)}`;
  const grants = h('input', { type: 'text', value: u.grants.join('; '), spellcheck: false, class: 'grants-edit', 'aria-label': 'grants' });
  const button = (key, onclick) => h('button', { type: 'button', class: 'lang', dataset: { action: key }, onclick }, t(`admin.${key}`));
  return h('tr', { dataset: { user: u.userName } },
    h('td', {}, u.userName),
    h('td', {}, u.displayName),
    h('td', {}, grants, button('saveGrants', () => act(send('PUT', `${path}/grants`, readGrants(grants.value))))),
    h('td', { class: 'state' }, state(u)),
    h('td', { class: 'actions' },
      u.disabled ? button('enable', () => act(post(`${path}/enable`))) : button('disable', () => act(post(`${path}/disable`))),
      button('unlock', () => act(post(`${path}/unlock`))),
      button('resetPassword', async () => {
        const answer = await act(post(`${path}/reset-password`));
        if (answer) showSecret('admin.oneTime', { user: answer.userName, password: answer.password });
      }),
      button('resetTwoFactor', () => act(post(`${path}/reset-two-factor`)))));
}

function keyRow(k) {
  return h('tr', { dataset: { key: k.keyId } },
    h('td', {}, k.name), h('td', { class: 'ids' }, k.keyId), h('td', {}, dateTime(k.createdAt)),
    h('td', {}, k.revokedAt ? t('admin.revoked', { at: dateTime(k.revokedAt) })
      : h('button', { type: 'button', class: 'lang', onclick: () => act(send('DELETE', `api/ingest/keys/${encodeURIComponent(k.keyId)}`)) }, t('admin.revoke'))));
}

function draw() {
  $('#users').replaceChildren(...users.map(userRow));
  $('#keys').replaceChildren(...keys.map(keyRow));
  setText($('#admin-count'), t('admin.count', { n: users.length }));
}

async function load() {
  const [u, k] = await Promise.all([get('api/admin/users'), get('api/ingest/keys')]);
  if (!u.ok) {
    fail(u);
    return;
  }

  users = u.body;
  keys = k.ok ? k.body : [];
  draw();
}

$('#new-user').addEventListener('submit', async (event) => {
  event.preventDefault();
  const answer = await act(post('api/admin/users', {
    userName: $('#new-name').value.trim(), displayName: $('#new-display').value.trim(), grants: readGrants($('#new-grants').value),
  }));
  if (answer) {
    showSecret('admin.oneTime', { user: answer.userName, password: answer.password });
    event.target.reset();
  }
});
$('#new-key').addEventListener('submit', async (event) => {
  event.preventDefault();
  const answer = await act(post('api/ingest/keys', { name: $('#key-name').value.trim() }));
  if (answer) {
    showSecret('admin.newKey', { name: answer.name, key: answer.key });
    event.target.reset();
  }
});
plainHeader('admin.title', draw);
load();
