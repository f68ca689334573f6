// @ts-check
// The city wall (大屏): city figures with trends, the estates' health map, the alarm ticker.
// Subscribes to `city` and the eleven districts (through the city model), and to the alarm stream the person may
// watch (`alarms`, or their districts' `alarms/<code>`) for the ticker.

import { AlarmFeed, LiveBoards, boardScopes, deriveFrom } from '../alarms.js';
import { cityModel } from '../city.js';
import { loadConfig } from '../config.js';
import { $, h, setText } from '../dom.js';
import { number, percent, percentNumber, ratio } from '../format.js';
import { t } from '../i18n.js';
import { live } from '../live.js';
import { Trends } from '../trends.js';
import { alarmTicker } from '../components/alarm-ticker.js';
import { figure } from '../components/figure.js';
import { mountHeader } from '../components/header.js';
import { panel } from '../components/panel.js';
import { tileMap } from '../components/tile-map.js';

mountHeader($('#top'));
const settings = await loadConfig();
const model = cityModel();
const trends = new Trends(settings.trendMinutes);
const feed = new AlarmFeed();
deriveFrom(model, feed, settings);
const boards = new LiveBoards();
boards.watch(live, boardScopes(settings.reach));

const box = $('#figures');
const cards = {
  occupancy: figure(box, { key: 'occupancy', label: 'fig.occupancy', trend: true, colour: '#38bdf8' }),
  households: figure(box, { key: 'households', label: 'fig.households', trend: true, colour: '#a78bfa' }),
  incidents: figure(box, { key: 'incidents', label: 'fig.incidents', trend: true, colour: '#f59e0b' }),
  guards: figure(box, { key: 'guards', label: 'fig.guards', trend: true, colour: '#22c55e' }),
  cameras: figure(box, { key: 'cameras', label: 'fig.cameras', trend: true, colour: '#22d3ee' }),
  faults: figure(box, { key: 'faults', label: 'fig.faults', trend: true, colour: '#f97316' }),
};

const drawFigures = panel(() => {
  const { occupancy, residency, incidents, security, facilities } = model.totals;
  const open = incidents.openCritical + incidents.openMajor + incidents.openMinor;
  const coverage = ratio(security.guardsOnDuty, security.guardsRequired);
  const offline = security.camerasTotal - security.camerasOnline;
  cards.occupancy.set({
    value: percentNumber(occupancy.rate), unit: '%',
    sub: t('fig.occupancySub', { occupied: number(occupancy.occupied), dwellings: number(occupancy.dwellings) }),
  });
  cards.households.set({
    value: number(residency.households), unit: t('unit.households'), sub: t('fig.householdsSub', { residents: number(residency.residents) }),
  });
  cards.incidents.set({
    value: number(open), unit: t('unit.incidents'),
    sub: t('fig.incidentsSub', { overdue: number(incidents.overdue), escalated: number(incidents.escalated) }),
    tone: incidents.openCritical > 0 || incidents.overdue > 0 ? 'alarm' : open > 0 ? 'watch' : 'ok',
  });
  cards.guards.set({
    value: `${number(security.guardsOnDuty)} / ${number(security.guardsRequired)}`, unit: t('unit.guards'),
    sub: t('fig.guardsSub', { required: number(security.guardsRequired), rate: percent(coverage) }),
    tone: coverage == null ? 'none' : coverage < 0.8 ? 'alarm' : coverage < 1 ? 'watch' : 'ok',
  });
  cards.cameras.set({
    value: `${number(security.camerasOnline)} / ${number(security.camerasTotal)}`, unit: t('unit.cameras'),
    sub: t('fig.camerasSub', { total: number(security.camerasTotal), offline: number(offline) }),
    tone: security.camerasTotal === 0 ? 'none' : offline > 0 ? 'watch' : 'ok',
  });
  cards.faults.set({
    value: number(facilities.openFaults), unit: t('unit.faults'), sub: t('fig.faultsSub', { overdue: number(facilities.overdueFaults) }),
    tone: facilities.overdueFaults > 0 ? 'alarm' : facilities.openFaults > 0 ? 'watch' : 'ok',
  });
  // The city rollup's own count: it includes districts whose snapshot is still on its way.
  const city = model.city;
  setText($('#map-summary'), t('map.summary', {
    estates: number(city?.estates ?? model.estates.size), dwellings: number(city?.occupancy?.dwellings ?? occupancy.dwellings),
  }));
});

const drawTrends = panel(() => {
  const { occupancy, residency, incidents, security, facilities } = model.totals;
  if (model.complete) {
    trends.record({
      occupancy: occupancy.rate * 100,
      households: residency.households,
      incidents: incidents.openCritical + incidents.openMajor + incidents.openMinor,
      guards: security.guardsOnDuty,
      cameras: security.camerasOnline,
      faults: facilities.openFaults,
    });
  }

  Object.entries(cards).forEach(([key, card]) => card.trend(trends.series(key)));
});

const drawLegend = panel(() => {
  const tones = [
    ['good', t('map.legendGood', { watch: settings.healthWatchBelow })],
    ['watch', t('map.legendWatch', { alarm: settings.healthAlarmBelow, watchLess: settings.healthWatchBelow - 1 })],
    ['alarm', t('map.legendAlarm', { alarm: settings.healthAlarmBelow })],
    ['none', t('map.legendNone')],
  ];
  $('#legend').replaceChildren(...tones.map(([tone, text]) => h('li', { dataset: { band: tone } }, h('i'), text)));
});

tileMap($('#map'), model, settings);
alarmTicker($('#alarms'), feed, model, settings, boards);
model.onChange(() => { drawFigures(); drawTrends(); });
setInterval(drawTrends, 30_000); // keeps quiet lines reaching the present
drawFigures();
drawLegend();
