// @ts-check
// The security supervisor's view (治安/保安主管): guard coverage per estate with the under-staffed
// first, offline cameras, missed checkpoints, and the open alarms with an acknowledge button.
// Coverage, cameras and patrol figures come live with the estate summaries; the alarm list comes live
// from the alarm stream (the security desks' alarms on the person's `alarms` boards), no polling.

import { LiveBoards, acknowledgeAlarm, boardScopes } from '../alarms.js';
import { post } from '../api.js';
import { cityModel } from '../city.js';
import { loadConfig } from '../config.js';
import { $, h, setText } from '../dom.js';
import { number, percent, ratio } from '../format.js';
import { nameOf, t } from '../i18n.js';
import { districtColumn, estateColumn } from '../components/columns.js';
import { estateTable } from '../components/estate-table.js';
import { figure } from '../components/figure.js';
import { mountHeader } from '../components/header.js';
import { panel } from '../components/panel.js';
import { live } from '../live.js';

mountHeader($('#top'));
const model = cityModel();

const shortfall = (e) => Math.max(0, (e.security?.guardsRequired ?? 0) - (e.security?.guardsOnDuty ?? 0));
const coverage = (e) => ratio(e.security?.guardsOnDuty ?? 0, e.security?.guardsRequired ?? 0);
const offline = (e) => Math.max(0, (e.security?.camerasTotal ?? 0) - (e.security?.camerasOnline ?? 0));

const box = $('#figures');
const cards = {
  guards: figure(box, { key: 'guards', label: 'security.guardsOnDuty' }),
  understaffed: figure(box, { key: 'understaffed', label: 'security.understaffed' }),
  cameras: figure(box, { key: 'cameras', label: 'security.camerasOnline' }),
  offline: figure(box, { key: 'offline', label: 'security.camerasOffline' }),
  checkpoints: figure(box, { key: 'checkpoints', label: 'security.checkpoints' }),
};

const table = estateTable($('#coverage'), [
  estateColumn,
  districtColumn,
  { key: 'onDuty', label: 'security.onDuty', num: true, desc: true, value: (e) => e.security?.guardsOnDuty ?? 0, text: (e) => number(e.security?.guardsOnDuty ?? 0) },
  { key: 'required', label: 'security.required', num: true, desc: true, value: (e) => e.security?.guardsRequired ?? 0, text: (e) => number(e.security?.guardsRequired ?? 0) },
  { key: 'shortfall', label: 'security.shortfall', num: true, desc: true, value: shortfall, text: (e) => number(shortfall(e)), tone: (e) => (shortfall(e) > 0 ? 'bad' : '') },
  {
    key: 'coverage', label: 'security.coverage', num: true, value: (e) => coverage(e) ?? 2,
    text: (e) => (coverage(e) == null ? t('security.noRequirement') : percent(coverage(e), 0)), tone: (e) => { const c = coverage(e); return c != null && c < 1 ? 'warn' : ''; },
  },
  { key: 'cameras', label: 'security.cameras', num: true, value: (e) => e.security?.camerasOnline ?? 0, text: (e) => `${number(e.security?.camerasOnline ?? 0)} / ${number(e.security?.camerasTotal ?? 0)}` },
  { key: 'offline', label: 'security.offline', num: true, desc: true, value: offline, text: (e) => number(offline(e)), tone: (e) => (offline(e) > 0 ? 'warn' : '') },
], { id: 'coverage-table', sort: { key: 'shortfall', dir: -1 }, limit: 200 });

const offlineList = $('#offline-list');
const offlineEmpty = $('#offline-empty');
const drawOffline = panel(() => {
  const estates = [...model.estates.values()];
  const withCameras = estates.some((e) => (e.security?.camerasTotal ?? 0) > 0);
  const worst = estates.filter((e) => offline(e) > 0).sort((a, b) => offline(b) - offline(a)).slice(0, 12);
  offlineList.replaceChildren(...worst.map((e) => h('li', { dataset: { estate: e.estateId } },
    h('a', { href: `estate.html?id=${encodeURIComponent(e.estateId)}` }, e.name), h('span', { class: 'muted' }, nameOf('districts', e.district)),
    h('b', {}, `${number(offline(e))} / ${number(e.security.camerasTotal)}`))));
  offlineEmpty.hidden = worst.length > 0;
  setText(offlineEmpty, withCameras ? t('security.offlineEmpty') : t('security.offlineNoData'));
});

const missed = (e) => e.security?.missedCheckpointsToday ?? 0;
const missedList = $('#missed-list');
const drawMissed = panel(() => {
  const worst = [...model.estates.values()].filter((e) => missed(e) > 0).sort((a, b) => missed(b) - missed(a)).slice(0, 12);
  missedList.replaceChildren(...worst.map((e) => h('li', { dataset: { estate: e.estateId } },
    h('a', { href: `estate.html?id=${encodeURIComponent(e.estateId)}` }, e.name),
    h('span', { class: 'muted' }, t('security.missedItem', { n: number(missed(e)), done: number(e.security.roundsCompletedToday), scheduled: number(e.security.roundsScheduledToday) })))));
  $('#missed-empty').hidden = worst.length > 0;
});

// Open alarms: the security desks' alarms on the live alarm boards; acknowledged through the API, the silo
// records the signed-in person as the actor and the board brings the change back.
const boards = new LiveBoards();
/** @type {Array<{ estateId: string, estateName: string, streamId: string, alarm: any }>} */
let alarms = [];
const ackError = $('#ack-error');

async function acknowledge(item) {
  const result = await acknowledgeAlarm(post, item.streamId);
  ackError.hidden = result.ok;
  if (!result.ok) {
    setText(ackError, result.forbidden ? t('notPermitted') : t('security.ackFailed', { error: result.problem?.detail ?? result.status }));
  }
}

const severityClass = { Critical: 'critical', Major: 'major', Minor: 'minor' };
const drawAck = panel(() => {
  $('#ack-empty').hidden = alarms.length > 0;
  $('#ack-list').replaceChildren(...alarms.map((item) => {
    const { alarm } = item;
    const acked = alarm.state !== 'ActiveUnacknowledged';
    const button = h('button', { type: 'button', disabled: acked, dataset: { ack: alarm.alarmId } }, t('security.ack'));
    button.addEventListener('click', () => { button.disabled = true; acknowledge(item); });
    return h('li', { dataset: { alarm: alarm.alarmId, estate: item.estateId, severity: severityClass[alarm.severity] ?? 'minor', state: alarm.state } },
      h('span', {}, `${item.estateName} · ${t(`security.alarmType.${alarm.type}`)}`, alarm.count > 1 ? ` ${t('security.repeats', { n: alarm.count })}` : ''),
      h('span', { class: 'muted' }, alarm.detail),
      acked ? h('span', { class: 'muted' }, t('security.acked', { actor: alarm.acknowledgedBy })) : button);
  }));
});

// The desk's own alarm id (AL-…) is the last part of the stream's id (security:<estate>:AL-…).
boards.onChange(() => {
  alarms = boards.open.filter((b) => b.alarm.source === 'Security').slice(0, 100).map((b) => ({
    estateId: b.alarm.estateId,
    estateName: b.alarm.estateName ?? b.alarm.estateId,
    streamId: b.alarm.alarmId,
    alarm: { ...b.alarm, alarmId: b.alarm.alarmId.split(':').slice(2).join(':'), severity: b.severity },
  }));
  drawAck();
});
loadConfig().then((settings) => boards.watch(live, boardScopes(settings.reach)));

const drawFigures = panel(() => {
  const { security } = model.totals;
  const estates = [...model.estates.values()];
  const short = estates.filter((e) => shortfall(e) > 0);
  const missing = short.reduce((sum, e) => sum + shortfall(e), 0);
  const cover = ratio(security.guardsOnDuty, security.guardsRequired);
  cards.guards.set({
    value: `${number(security.guardsOnDuty)} / ${number(security.guardsRequired)}`, unit: t('unit.guards'),
    sub: t('fig.guardsSub', { required: number(security.guardsRequired), rate: percent(cover) }),
    tone: cover == null ? 'none' : cover < 0.8 ? 'alarm' : cover < 1 ? 'watch' : 'ok',
  });
  cards.understaffed.set({
    value: number(short.length), unit: t('unit.estates'), sub: t('security.understaffedSub', { n: number(missing) }),
    tone: short.length > 0 ? 'alarm' : 'ok',
  });
  const off = security.camerasTotal - security.camerasOnline;
  cards.cameras.set({
    value: `${number(security.camerasOnline)} / ${number(security.camerasTotal)}`, unit: t('unit.cameras'),
    sub: t('fig.camerasSub', { total: number(security.camerasTotal), offline: number(off) }),
    tone: security.camerasTotal === 0 ? 'none' : off > 0 ? 'watch' : 'ok',
  });
  cards.offline.set({ value: number(off), unit: t('unit.cameras'), sub: '', tone: off > 0 ? 'watch' : 'none' });
  cards.checkpoints.set({
    value: number(security.missedCheckpointsToday ?? 0),
    sub: t('security.checkpointsSub', { done: number(security.roundsCompletedToday ?? 0), scheduled: number(security.roundsScheduledToday ?? 0) }),
    tone: (security.missedCheckpointsToday ?? 0) > 0 ? 'watch' : 'ok',
  });
  table.update(estates);
});

model.onChange(() => {
  drawFigures();
  drawOffline();
  drawMissed();
});
drawFigures();
drawOffline();
drawMissed();
drawAck();
