// @ts-check
// The housing office's view (市住房保障辦): occupancy, move-ins and exits (from dwellings by
// state), inspections, rent arrears, overdue annual reviews, deductions near the thresholds, and a
// sortable table of estates; selecting one shows its contracts (subscription `estate/<id>`).

import { DISTRICTS, cityModel } from '../city.js';
import { Scopes } from '../contract.js';
import { $, h, setText } from '../dom.js';
import { number, percent, percentNumber } from '../format.js';
import { nameOf, onLanguageChange, t } from '../i18n.js';
import { live } from '../live.js';
import { districtColumn, estateColumn, healthColumn } from '../components/columns.js';
import { contractsPanel } from '../components/contracts-panel.js';
import { estateTable } from '../components/estate-table.js';
import { figure } from '../components/figure.js';
import { mountHeader } from '../components/header.js';
import { panel } from '../components/panel.js';
import { satisfactionPanel } from '../components/satisfaction-panel.js';
import { colour, scoreOf } from '../health.js';

mountHeader($('#top'));
const model = cityModel();
satisfactionPanel($('#satisfaction'));

const inState = (e, state) => e.occupancy?.byState?.[state] ?? 0;
const res = (e, key) => e.residency?.[key] ?? 0;
const count = (key, label, read, tone) => ({
  key, label, num: true, desc: true, value: read, text: (e) => number(read(e)), tone: tone ? (e) => (read(e) > 0 ? tone : '') : undefined,
});

const box = $('#figures');
const cards = {
  occupancy: figure(box, { key: 'occupancy', label: 'housing.occupancy' }),
  households: figure(box, { key: 'households', label: 'housing.households' }),
  moveIns: figure(box, { key: 'moveIns', label: 'housing.awaitingMoveIn' }),
  exits: figure(box, { key: 'exits', label: 'housing.exits' }),
  inspections: figure(box, { key: 'inspections', label: 'housing.inspections' }),
  rent: figure(box, { key: 'rent', label: 'housing.rentSerious' }),
  reviews: figure(box, { key: 'reviews', label: 'housing.reviewsOverdue' }),
  deductions: figure(box, { key: 'deductions', label: 'housing.deductions' }),
};

const table = estateTable($('#estates'), [
  estateColumn,
  districtColumn,
  count('dwellings', 'housing.dwellings', (e) => e.occupancy?.dwellings ?? 0),
  { key: 'rate', label: 'housing.rate', num: true, value: (e) => e.occupancy?.rate ?? 0, text: (e) => percent(e.occupancy?.rate ?? 0) },
  count('allocated', 'housing.allocated', (e) => inState(e, 'Allocated')),
  count('exiting', 'housing.exiting', (e) => inState(e, 'ExitRequested') + inState(e, 'Vacated')),
  count('inspecting', 'housing.inspecting', (e) => inState(e, 'UnderInspection')),
  count('repairing', 'housing.repairing', (e) => inState(e, 'UnderRepair')),
  count('rentOwing', 'housing.rentOwing', (e) => res(e, 'rentOwing'), 'warn'),
  count('rentSerious', 'housing.rentSeriousCol', (e) => res(e, 'rentSerious'), 'bad'),
  count('reviews', 'housing.reviews', (e) => res(e, 'reviewsOverdue'), 'warn'),
  count('warnings', 'housing.warnings', (e) => res(e, 'deductionWarnings'), 'warn'),
  count('exitReviews', 'housing.exitReviews', (e) => res(e, 'exitReviews'), 'bad'),
  healthColumn('housing.health'),
], { id: 'estates-table', sort: { key: 'rentSerious', dir: -1 }, onSelect: (e) => select(e?.estateId) });

// Filters: a district and free text over name and id.
const districtFilter = $('#filter-district');
const search = $('#filter-search');
const fillDistricts = () => {
  const current = districtFilter.value;
  districtFilter.replaceChildren(h('option', { value: '' }, t('table.filterAll')), ...DISTRICTS.map((code) => h('option', { value: code }, nameOf('districts', code))));
  districtFilter.value = current;
};
fillDistricts();
onLanguageChange(fillDistricts);

const drawTable = panel(() => {
  const district = districtFilter.value;
  const text = search.value.trim().toLowerCase();
  table.update([...model.estates.values()].filter((e) => (!district || e.district === district)
    && (!text || e.name.toLowerCase().includes(text) || e.estateId.toLowerCase().includes(text))));
});
districtFilter.addEventListener('change', drawTable);
search.addEventListener('input', drawTable);

const drawFigures = panel(() => {
  const { occupancy, residency } = model.totals;
  const by = (state) => occupancy.byState[state] ?? 0;
  cards.occupancy.set({ value: percentNumber(occupancy.rate), unit: '%', sub: t('housing.occupancySub', { occupied: number(occupancy.occupied), dwellings: number(occupancy.dwellings) }) });
  cards.households.set({ value: number(residency.households), unit: t('unit.households'), sub: t('fig.householdsSub', { residents: number(residency.residents) }) });
  cards.moveIns.set({ value: number(by('Allocated')), unit: t('unit.dwellings') });
  cards.exits.set({
    value: number(by('ExitRequested') + by('Vacated')), unit: t('unit.dwellings'),
    sub: t('housing.exitsSub', { requested: number(by('ExitRequested')), vacated: number(by('Vacated')) }),
  });
  cards.inspections.set({ value: number(by('UnderInspection')), unit: t('unit.dwellings'), sub: t('housing.repairs', { n: number(by('UnderRepair')) }) });
  cards.rent.set({
    value: number(residency.rentSerious), unit: t('unit.households'), sub: t('housing.rentSub', { n: number(residency.rentOwing) }),
    tone: residency.rentSerious > 0 ? 'alarm' : 'ok',
  });
  cards.reviews.set({ value: number(residency.reviewsOverdue), unit: t('unit.households'), tone: residency.reviewsOverdue > 0 ? 'watch' : 'ok' });
  cards.deductions.set({
    value: number(residency.deductionWarnings), unit: t('unit.households'), sub: t('housing.deductionsSub', { n: number(residency.exitReviews) }),
    tone: residency.exitReviews > 0 ? 'alarm' : residency.deductionWarnings > 0 ? 'watch' : 'ok',
  });
});

// The detail of the selected estate: one component, one subscription.
const showContracts = contractsPanel($('#detail-contracts'));
let stopDetail = null;
let detail = null;
let selected = null;
const drawDetail = panel(() => {
  // The table takes the whole width until an estate is selected.
  $('#side').hidden = !selected;
  $('#desk').classList.toggle('desk-wide', !selected);
  $('#detail-body').hidden = !detail;
  if (!detail) {
    return;
  }

  const { profile } = detail;
  setText($('#detail-name'), profile.name);
  setText($('#detail-meta'), `${nameOf('districts', profile.district)} · ${profile.street} · ${profile.estateId}`);
  const score = scoreOf(detail);
  const chip = $('#detail-health');
  setText(chip, score ?? '—');
  chip.style.backgroundColor = colour(score);
  setText($('#detail-factor'), !detail.health ? '' : detail.health.topFactor === 'None'
    ? t('estate.noPenalty') : t('estate.topFactor', { factor: nameOf('factors', detail.health.topFactor) }));
  $('#detail-link').href = `estate.html?id=${encodeURIComponent(profile.estateId)}`;
  $('#detail-tenures').replaceChildren(...Object.entries(detail.tenures ?? {}).map(([tenure, n]) =>
    h('li', {}, h('span', {}, nameOf('tenures', tenure)), h('b', {}, number(n)))));
});

$('#detail-close').addEventListener('click', () => { table.select(null); select(null); });

function select(estateId) {
  stopDetail?.();
  stopDetail = null;
  selected = estateId ?? null;
  detail = null;
  drawDetail();
  if (estateId) {
    stopDetail = live.subscribe(Scopes.estate(estateId), (status) => { detail = status; showContracts(status); drawDetail(); });
  }
}

model.onChange(() => { drawFigures(); drawTable(); });
drawFigures();
drawTable();
drawDetail();
