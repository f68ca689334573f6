// The one pattern every panel follows: a draw function that reads the latest data and renders it,
// run at most once per animation frame however often refresh() is called, and again whenever the
// language changes. A new panel = one draw function + one subscription calling its refresh.

import { inFrame } from '../frame.js';
import { onLanguageChange } from '../i18n.js';

let next = 0;

/** Returns refresh(): schedules draw for the next frame. */
export function panel(draw) {
  const key = `panel-${next++}`;
  const refresh = () => inFrame(key, draw);
  onLanguageChange(refresh);
  return refresh;
}
