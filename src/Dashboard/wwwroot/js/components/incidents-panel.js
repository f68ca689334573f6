// An estate's open incidents: counts by severity, overdue and escalated, and the open cases with their
// SLA countdowns (read from the incident API when the estate's counts change, and every few seconds).

import { h, setText } from '../dom.js';
import { nameOf, t } from '../i18n.js';
import { countdown, listIncidents, nextDeadline } from '../incidents-api.js';
import { statGrid } from './stat-grid.js';
import { panel } from './panel.js';

const alarmIfAny = (value) => (value > 0 ? 'alarm' : 'ok');
const watchIfAny = (value) => (value > 0 ? 'watch' : 'ok');
const SHOWN = 12;

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
  let open = [];
  let shownFor = null;

  const refresh = panel(() => {
    list.replaceChildren(...open.slice(0, SHOWN).map((i) => h('li', { dataset: { incident: i.incidentId, severity: i.severity } },
      h('span', { class: 'sev' }, nameOf('incidents.severities', i.severity)), ' ',
      h('span', { class: 'what' }, nameOf('incidents.categories', i.category), i.location.gridId ? ` · ${i.location.gridId}` : ''), ' ',
      h('span', { class: 'level' }, nameOf('incidents.levels', i.level)), ' ',
      h('b', { class: 'sla', dataset: { deadline: nextDeadline(i) ?? '' } }, countdown(nextDeadline(i))))));
    empty.replaceChildren(h('b', {}, t('estate.incidentsEmpty')));
    empty.hidden = open.length > 0;
  });

  const load = async () => {
    const estateId = status?.profile?.estateId ?? status?.estateId;
    if (!estateId) {
      return;
    }

    try {
      open = (await listIncidents({ estate: estateId, open: true, take: SHOWN })).items;
      refresh();
    } catch {
      // the next change or tick retries
    }
  };

  setInterval(() => {
    for (const sla of list.querySelectorAll('b.sla')) {
      setText(sla, countdown(sla.dataset.deadline ? Number(sla.dataset.deadline) : null));
    }
  }, 1000);
  setInterval(load, 5000);

  return (next) => {
    const key = `${next?.profile?.estateId ?? next?.estateId}:${JSON.stringify(next?.incidents ?? {})}`;
    status = next;
    counts(status);
    refresh();
    if (key !== shownFor) {
      shownFor = key;
      load();
    }
  };
}
