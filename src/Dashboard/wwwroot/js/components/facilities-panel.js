// An estate's facility faults (§3.4): open and past their SLA. Zero until fault reporting is live.

import { h, setText } from '../dom.js';
import { t } from '../i18n.js';
import { panel } from './panel.js';
import { statGrid } from './stat-grid.js';

export function facilitiesPanel(root) {
  const counts = statGrid(root, [
    { key: 'openFaults', label: 'estate.openFaults', tone: (v) => (v > 0 ? 'watch' : 'ok') },
    { key: 'overdueFaults', label: 'estate.overdueFaults', tone: (v) => (v > 0 ? 'alarm' : 'ok') },
  ], (status) => status.facilities);
  const note = h('p', { class: 'panel-note' });
  root.append(note);
  let status = null;
  const refresh = panel(() => setText(note, status && status.facilities.openFaults === 0 ? t('estate.noFaultData') : ''));
  return (next) => { status = next; counts(next); refresh(); };
}
