// Who is signed in (GET api/auth/me, read once per page) and signing out.

import { forgetToken, get, post } from './api.js';

let loading = null;

/** { userName, displayName, session, roles, grants }; sends the browser to the sign-in page when there is no session. */
export function me() {
  loading ??= get('api/auth/me').then((result) => (result.ok ? result.body : null));
  return loading;
}

/** Ends the session, then shows the sign-in page (also when the session had ended already). */
export async function signOut() {
  await post('api/auth/signout', {}, { signIn: false }).catch(() => null);
  forgetToken();
  location.assign('signin.html');
}
