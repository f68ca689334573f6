// The screens' one way to the API (forwarded by the dashboard to the silo). Reads and changes go as JSON; every
// change carries the anti-forgery token in X-XSRF-TOKEN (read once from api/auth/antiforgery, read again and the
// change retried once when the silo refuses the token). A 401 sends the browser to the sign-in page; a 403 comes
// back as { forbidden: true } for the screen to say "not permitted". Outcomes are told apart by status and problem
// fields, never by the server's wording.

const SIGN_IN = 'signin.html';
let antiforgery = null; // a promise of { headerName, token }

/** Where the browser goes to sign in, coming back here afterwards. */
export function signInUrl(from = location) {
  return `${SIGN_IN}?returnUrl=${encodeURIComponent(from.pathname + from.search)}`;
}

/** Leaves for the sign-in page (a session that ended, or none). */
export function toSignIn() {
  location.assign(signInUrl());
}

/** Forgets the anti-forgery token (after signing in or out, the silo issues a new one for the new session). */
export function forgetToken() {
  antiforgery = null;
}

async function token(fresh) {
  if (fresh || !antiforgery) {
    antiforgery = request('GET', 'api/auth/antiforgery', undefined, { antiforgery: false, signIn: false })
      .then((result) => (result.ok ? result.body : Promise.reject(new Error(`antiforgery: HTTP ${result.status}`))));
    antiforgery.catch(() => { antiforgery = null; });
  }

  return antiforgery;
}

// The silo refuses a missing or stale token with a 400 that names no field (a refused value always names its field).
const tokenRefused = (result) =>
  result.status === 400 && (result.problem?.reason === 'antiforgery' || !result.problem?.errors);

async function request(method, path, body, { antiforgery: guarded = method !== 'GET', signIn = true } = {}) {
  const headers = { accept: 'application/json' };
  if (body !== undefined) {
    headers['content-type'] = 'application/json';
  }

  if (guarded) {
    const { headerName, token: value } = await token(false);
    headers[headerName] = value;
  }

  const response = await fetch(path, {
    method, headers, credentials: 'same-origin', body: body === undefined ? undefined : JSON.stringify(body),
  });
  const type = response.headers.get('content-type') ?? '';
  const parsed = type.includes('json') ? await response.json().catch(() => null) : null;
  const result = {
    ok: response.ok,
    status: response.status,
    body: response.ok ? parsed : null,
    problem: response.ok ? null : parsed ?? {},
    forbidden: response.status === 403,
    conflict: response.status === 409,
  };
  if (response.status === 401 && signIn) {
    toSignIn();
  }

  return result;
}

/** GET path; resolves { ok, status, body, problem, forbidden }. */
export const get = (path, options) => request('GET', path, undefined, options);

/** A change: method, path and a JSON body, with the anti-forgery token; resolves like get. */
export async function send(method, path, body, options) {
  const result = await request(method, path, body ?? {}, options);
  if (options?.antiforgery === false || !tokenRefused(result)) {
    return result;
  }

  await token(true);
  return request(method, path, body ?? {}, options);
}

export const post = (path, body, options) => send('POST', path, body, options);
