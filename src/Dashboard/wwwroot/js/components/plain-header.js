// The header of the screens that watch no live scope (the auditor's log, the administrator's accounts): the person
// signed in with their posts, sign-out and the language switch. The live screens' header is header.js.

import { $, setText } from '../dom.js';
import { applyStatic, nameOf, onLanguageChange, t, toggleLanguage } from '../i18n.js';
import { me, signOut } from '../session.js';

/** Wires the page's #person-name, #person-roles, #signout and #lang, and calls the page's redraw
 * with the header on every language change. */
export function plainHeader(titleKey, redraw) {
  let who = null;
  $('#signout').addEventListener('click', signOut);
  $('#lang').addEventListener('click', toggleLanguage);
  const draw = () => {
    document.title = `Anju 安居 — ${t(titleKey)}`;
    setText($('#lang'), t('switchTo'));
    setText($('#person-name'), who?.displayName || who?.userName || '');
    setText($('#person-roles'), (who?.roles ?? []).map((role) => nameOf('posts', role)).join(' · '));
    applyStatic();
    redraw();
  };
  onLanguageChange(draw);
  draw();
  me().then((person) => {
    who = person;
    draw();
  });
}
