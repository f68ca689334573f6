// The security supervisor's view (治安/保安主管): guard coverage per estate with the under-staffed
// first, offline cameras, missed checkpoints and alarm acknowledgement (the last two wait for the
// security capability; their panels are laid out and empty).

import { AlarmFeed } from '../alarms.js';
import { cityModel } from '../city.js';
import { $, h, setText } from '../dom.js';
import { number, percent, ratio } from '../format.js';
import { nameOf, t } from '../i18n.js';
import { districtColumn, estateColumn } from '../components/columns.js';
import { estateTable } from '../components/estate-table.js';
import { figure } from '../components/figure.js';
import { mountHeader } from '../components/header.js';
import { panel } from '../components/panel.js';

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
    text: (e) => (coverage(e) == null ? t('security.noRequirement') : percent(coverage(e), 0)), tone: (e) => (coverage(e) != null && coverage(e) < 1 ? 'warn' : ''),
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

// Security alarms arrive with the security capability: it pushes into this feed, the list shows them.
const securityAlarms = new AlarmFeed();
const drawAck = panel(() => {
  $('#ack-empty').hidden = securityAlarms.list.length > 0;
  $('#ack-list').replaceChildren(...securityAlarms.list.map((alarm) => h('li', { dataset: { severity: alarm.severity } },
    h('span', {}, t(`alarms.${alarm.kind}`, { name: alarm.name, ...alarm.values })),
    h('button', { type: 'button', disabled: true, title: t('security.ackHint') }, t('security.ack')))));
});
securityAlarms.onChange(drawAck);

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
  cards.checkpoints.set({ value: number(0), sub: t('security.checkpointsSub') });
  table.update(estates);
});

model.onChange(() => { drawFigures(); drawOffline(); });
drawFigures();
drawOffline();
drawAck();
