// The sign-in page: user name and password, the authenticator code when the silo asks for one, then whatever the
// session still needs before it is a full one (a new password after a one-time password; an authenticator for a
// post that needs two factors, with the recovery codes shown once). A full session reads its anti-forgery token and
// goes back where the person was heading, only ever to a path of this site.

import { forgetToken, get, post } from '../api.js';
import { $, h, setText } from '../dom.js';
import { applyStatic, onLanguageChange, t, toggleLanguage } from '../i18n.js';

const forms = ['#signin-form', '#change-form', '#enrol-form', '#recovery'];
const error = $('#signin-error');
let shownError = null; // an i18n key, redrawn when the language changes

function show(form) {
  forms.forEach((selector) => { $(selector).hidden = selector !== form; });
  $(form).querySelector('input')?.focus();
}

function fail(key) {
  shownError = key;
  error.hidden = !key;
  setText(error, key ? t(key) : '');
}

let roles = [];

/** Where to go after signing in: the returnUrl of this page when it is a path on this site, else the person's home
 * screen (the audit log for an auditor and the accounts for an administrator, who watch no live scope; the wall for
 * everyone else). */
function destination() {
  const asked = new URLSearchParams(location.search).get('returnUrl') ?? '';
  const local = asked.startsWith('/') && !asked.startsWith('//') && !asked.startsWith('/\\');
  const only = (post) => roles.length > 0 && roles.every((role) => role === post);
  const home = only('Auditor') ? '/audit.html' : only('Administrator') ? '/admin.html' : '/';
  return local && !asked.startsWith('/signin.html') && asked !== '/' ? asked : home;
}

async function busy(form, work) {
  const buttons = form.querySelectorAll('button');
  buttons.forEach((b) => { b.disabled = true; });
  try {
    await work();
  } catch {
    fail('signin.failed');
  } finally {
    buttons.forEach((b) => { b.disabled = false; });
  }
}

/** Goes on from a session the silo just issued or confirmed. */
async function proceed(session) {
  forgetToken(); // the token belongs to the session before this one
  fail(null);
  if (session === 'change-password') {
    show('#change-form');
  } else if (session === 'enrol-two-factor') {
    await enrol();
  } else if (session === 'full') {
    const token = await get('api/auth/antiforgery', { signIn: false });
    if (!token.ok) {
      fail('signin.failed');
      return;
    }

    location.assign(destination());
  }
}

async function enrol() {
  const setup = await post('api/auth/two-factor/setup', {}, { signIn: false });
  if (!setup.ok) {
    fail('signin.failed');
    return;
  }

  setText($('#shared-key'), setup.body.sharedKey);
  setText($('#authenticator-uri'), setup.body.authenticatorUri);
  show('#enrol-form');
}

$('#signin-form').addEventListener('submit', (event) => {
  event.preventDefault();
  busy(event.target, async () => {
    const codeRow = $('#code-row');
    const body = { userName: $('#username').value.trim(), password: $('#password').value, code: codeRow.hidden ? null : $('#code').value.trim() };
    const result = await post('api/auth/signin', body, { antiforgery: false, signIn: false });
    if (result.ok) {
      roles = result.body.roles ?? [];
      await proceed(result.body.session);
      return;
    }

    const reason = result.problem?.reason;
    if (reason === 'two-factor-required') {
      codeRow.hidden = false;
      $('#code').focus();
    }

    fail(reason === 'two-factor-required' ? 'signin.codeNeeded'
      : reason === 'locked-out' ? 'signin.lockedOut'
        : result.status === 401 || result.status === 400 ? 'signin.badCredentials'
          : 'signin.failed');
  });
});

$('#change-form').addEventListener('submit', (event) => {
  event.preventDefault();
  busy(event.target, async () => {
    const next = $('#new-password').value;
    if (next !== $('#repeat-password').value) {
      fail('signin.mismatch');
      return;
    }

    const result = await post('api/auth/password', { currentPassword: $('#current-password').value, newPassword: next }, { signIn: false });
    if (result.ok) {
      await proceed(result.body.session);
    } else {
      const errors = result.problem?.errors ?? {};
      fail(errors.currentPassword ? 'signin.currentRefused' : errors.newPassword ? 'signin.passwordRefused' : 'signin.failed');
    }
  });
});

$('#enrol-form').addEventListener('submit', (event) => {
  event.preventDefault();
  busy(event.target, async () => {
    const result = await post('api/auth/two-factor/enable', { code: $('#enrol-code').value.trim() }, { signIn: false });
    if (!result.ok) {
      fail(result.problem?.errors?.code ? 'signin.codeRefused' : 'signin.failed');
      return;
    }

    forgetToken();
    fail(null);
    $('#recovery-codes').replaceChildren(...result.body.recoveryCodes.map((code) => h('li', {}, code)));
    show('#recovery');
    $('#recovery-continue').onclick = () => busy($('#recovery'), () => proceed(result.body.me.session));
  });
});

const lang = $('#lang');
lang.addEventListener('click', toggleLanguage);
const redraw = () => {
  setText(lang, t('switchTo'));
  document.title = `Anju 安居 — ${t('signin.title')}`;
  if (shownError) {
    setText(error, t(shownError));
  }
};
onLanguageChange(redraw);
applyStatic();
redraw();

// Sign-in through the city's unified identity, when this host has it configured; it comes back here on a refusal.
get('signin/options', { signIn: false }).then((result) => {
  if (result.ok && result.body.cityIdentity) {
    $('#city-identity-link').href = `/signin/city-identity?returnUrl=${encodeURIComponent(destination())}`;
    $('#city-identity').hidden = false;
  }
}).catch(() => {});
if (new URLSearchParams(location.search).get('error') === 'unlinked') {
  fail('signin.unlinked');
}

// A session begun earlier (a reload half-way through) goes on from where it stands.
get('api/auth/me', { signIn: false })
  .then((result) => (result.ok && result.body.session !== 'full' ? proceed(result.body.session) : show('#signin-form')))
  .catch(() => show('#signin-form'));
