// An estate's open incidents: counts by severity, overdue and escalated, and the place where the
// list with SLA countdowns goes once incident handling is live (empty until then).

import { h } from '../dom.js';
import { t } from '../i18n.js';
import { statGrid } from './stat-grid.js';
import { panel } from './panel.js';

const alarmIfAny = (value) => (value > 0 ? 'alarm' : 'ok');
const watchIfAny = (value) => (value > 0 ? 'watch' : 'ok');

export function incidentsPanel(root) {
  const counts = statGrid(root, [
    { key: 'openCritical', label: 'estate.critical', tone: alarmIfAny },
    { key: 'openMajor', label: 'estate.major', tone: watchIfAny },
    { key: 'openMinor', label: 'estate.minor' },
    { key: 'overdue', label: 'estate.overdue', tone: alarmIfAny },
    { key: 'escalated', label: 'estate.escalated', tone: watchIfAny },
  ], (status) => status.incidents);
  const list = h('ol', { id: 'incident-list', class: 'incident-list' });
  const empty = h('div', { class: 'empty' });
  root.append(h('div', { class: 'sla-area' }, h('h3', { dataset: { i18n: 'estate.sla' } }, t('estate.sla')), list, empty));
  let status = null;
  const refresh = panel(() => {
    empty.replaceChildren(h('b', {}, t('estate.incidentsEmpty')), ' · ', t('estate.incidentsLater'));
    empty.hidden = list.children.length > 0;
  });
  return (next) => { status = next; counts(status); refresh(); };
}
