// An estate's security: guards on duty against those required by its actual population (§5.2)
// and CCTV cameras online, with the desk's open alarms and today's patrol rounds.

import { h, setText } from '../dom.js';
import { number, percent, ratio } from '../format.js';
import { t } from '../i18n.js';
import { panel } from './panel.js';

export function securityPanel(root) {
  const guards = meterRow('guards', 'estate.guards');
  const cameras = meterRow('cameras', 'estate.cameras');
  const note = h('p', { class: 'panel-note' });
  const alarms = h('p', { class: 'panel-note', dataset: { figure: 'security-alarms' } });
  root.append(guards.el, cameras.el, alarms, note);
  let status = null;

  const refresh = panel(() => {
    if (!status) {
      return;
    }

    const s = status.security;
    guards.set(s.guardsOnDuty, s.guardsRequired, t('estate.guardsOf', { n: number(s.guardsRequired) }));
    cameras.set(s.camerasOnline, s.camerasTotal, t('estate.camerasOf', { n: number(s.camerasTotal) }));
    setText(note, s.guardsRequired === 0 && s.camerasTotal === 0 ? t('estate.noGuardData') : '');
    setText(alarms, t('estate.securityAlarms', {
      active: number(s.activeAlarms ?? 0), unack: number(s.unacknowledgedAlarms ?? 0),
      done: number(s.roundsCompletedToday ?? 0), scheduled: number(s.roundsScheduledToday ?? 0), missed: number(s.missedCheckpointsToday ?? 0),
    }));
  });
  return (next) => { status = next; refresh(); };
}

function meterRow(key, label) {
  const value = h('b', { class: 'value' });
  const of = h('span', { class: 'of' });
  const share = h('span', { class: 'share' });
  const meter = h('meter', { min: 0, max: 1, low: 0.8, high: 0.99, optimum: 1, value: 0 });
  const el = h('div', { class: 'meter-row', dataset: { figure: key, tone: 'none' } },
    h('span', { class: 'label', dataset: { i18n: label } }, t(label)), h('div', { class: 'meter-line' }, value, of, share), meter);
  return {
    el,
    set(part, whole, text) {
      const r = ratio(part, whole);
      setText(value, `${number(part)} / ${number(whole)}`);
      setText(of, text);
      setText(share, r == null ? '' : `${t('estate.coverage')} ${percent(r, 0)}`);
      meter.value = Math.min(1, r ?? 0);
      el.dataset.tone = r == null ? 'none' : r < 0.8 ? 'alarm' : r < 1 ? 'watch' : 'ok';
    },
  };
}
