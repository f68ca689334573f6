// @ts-check
// The estate view (小區): one estate's live status (subscription `estate/<id>`) and its grids
// (read through the hub, again whenever the status moves, at most every few seconds).

import { loadConfig } from '../config.js';
import { HubErrorCode, Scopes } from '../contract.js';
import { $, setText } from '../dom.js';
import { throttle } from '../frame.js';
import { clock, number } from '../format.js';
import { nameOf, t } from '../i18n.js';
import { live } from '../live.js';
import { contractsPanel } from '../components/contracts-panel.js';
import { facilitiesPanel } from '../components/facilities-panel.js';
import { gridsPanel } from '../components/grids-panel.js';
import { healthPanel } from '../components/health-panel.js';
import { mountHeader } from '../components/header.js';
import { incidentsPanel } from '../components/incidents-panel.js';
import { occupancyPanel } from '../components/occupancy-panel.js';
import { panel } from '../components/panel.js';
import { securityPanel } from '../components/security-panel.js';
import { statGrid } from '../components/stat-grid.js';

const LAST_ESTATE = 'anju.estate';
const LAYOUT_EVERY_MS = 3000;

mountHeader($('#top'));
const settings = await loadConfig();
const estateId = new URLSearchParams(location.search).get('id') || remembered() || settings.featuredEstate;
/** @type {import('../contract.js').EstateStatus | null} */
let status = null;
/** @type {import('../live.js').HubRefusal | null} */
let error = null;

const watchIfAny = (v) => (v > 0 ? 'watch' : 'ok');
const alarmIfAny = (v) => (v > 0 ? 'alarm' : 'ok');
const panels = [
  healthPanel($('#health'), settings),
  occupancyPanel($('#occupancy')),
  statGrid($('#residency'), [
    { key: 'households', label: 'estate.households' },
    { key: 'residents', label: 'estate.residents' },
    { key: 'rentOwing', label: 'estate.rentOwing', tone: watchIfAny },
    { key: 'rentSerious', label: 'estate.rentSerious', tone: alarmIfAny },
    { key: 'reviewsOverdue', label: 'estate.reviewsOverdue', tone: watchIfAny },
    { key: 'deductionWarnings', label: 'estate.deductionWarnings', tone: watchIfAny },
    { key: 'exitReviews', label: 'estate.exitReviews', tone: alarmIfAny },
    { key: 'specialGroupHouseholds', label: 'estate.specialGroups' },
  ], (s) => s.residency),
  incidentsPanel($('#incidents')),
  securityPanel($('#security')),
  contractsPanel($('#contracts')),
];
const showFacilities = facilitiesPanel($('#facilities'));
const showGrids = gridsPanel($('#grids'));

const drawHead = panel(() => {
  setText($('#estate-id'), estateId);
  const notice = $('#estate-error');
  const denied = error?.code === HubErrorCode.forbidden;
  notice.hidden = !error;
  notice.classList.toggle('denied', denied);
  document.body.dataset.access = denied ? 'denied' : 'allowed';
  setText(notice, !error ? '' : denied ? t('notPermitted') : error.code === HubErrorCode.notFound ? t('estate.noSuchEstate', { id: estateId }) : t('estate.unavailable'));
  if (!status) {
    return;
  }

  const { profile } = status;
  setText($('#estate-name'), profile.name);
  setText($('#estate-district'), nameOf('districts', profile.district));
  setText($('#estate-meta'), t('estate.meta', { street: profile.street, area: number(profile.floorArea) }));
  setText($('#estate-structure'), t('estate.structure', { zones: number(status.zones), grids: number(status.grids), buildings: number(status.buildings) }));
  setText($('#estate-updated'), t('estate.updated', { time: clock(status.updatedAt), version: status.version }));
  setText($('#version'), status.version);
  document.title = `${profile.name} — Anju 安居`;
});

const readLayout = throttle(async () => {
  try {
    showGrids(await live.invoke('GetEstateLayout', Scopes.estate(estateId)));
  } catch {
    // Shown again on the next status change or reconnect; the live figures do not depend on it.
  }
}, LAYOUT_EVERY_MS);

live.subscribe(Scopes.estate(estateId), (next) => {
  status = next;
  error = null;
  remember(estateId);
  panels.forEach((show) => show(next));
  drawHead();
  readLayout();
}, (refusal) => { error = refusal; drawHead(); });
live.subscribe(Scopes.facilities(estateId), (overview) => showFacilities(overview),
  (refusal) => showFacilities(null, refusal.code === HubErrorCode.forbidden ? t('notPermitted') : ''));

const picker = $('#estate-pick');
picker.value = estateId;
$('#estate-picker').addEventListener('submit', (event) => {
  event.preventDefault();
  const id = picker.value.trim();
  if (id) {
    location.search = `?id=${encodeURIComponent(id)}`;
  }
});
drawHead();

function remembered() {
  try {
    return localStorage.getItem(LAST_ESTATE);
  } catch {
    return null;
  }
}

function remember(id) {
  try {
    localStorage.setItem(LAST_ESTATE, id);
  } catch {
    // Only a convenience for the navigation link.
  }
}

