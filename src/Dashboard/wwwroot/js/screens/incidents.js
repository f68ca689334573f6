// The incident desk (事件處置): filters, the incident list with SLA countdowns and the actions
// (accept, dispatch, escalate, close), laid out for the incidents capability. Until it lands the
// list is empty and the actions are disabled; the counts already come from the estates' summaries.

import { DISTRICTS, cityModel } from '../city.js';
import { $, h } from '../dom.js';
import { number } from '../format.js';
import { nameOf, onLanguageChange, t } from '../i18n.js';
import { figure } from '../components/figure.js';
import { mountHeader } from '../components/header.js';
import { panel } from '../components/panel.js';

mountHeader($('#top'));
const model = cityModel();

const box = $('#figures');
const cards = {
  critical: figure(box, { key: 'critical', label: 'incidents.figCritical' }),
  major: figure(box, { key: 'major', label: 'incidents.figMajor' }),
  minor: figure(box, { key: 'minor', label: 'incidents.figMinor' }),
  overdue: figure(box, { key: 'overdue', label: 'incidents.figOverdue' }),
  escalated: figure(box, { key: 'escalated', label: 'incidents.figEscalated' }),
};

const drawFigures = panel(() => {
  const { incidents } = model.totals;
  const set = (card, value, tone) => card.set({ value: number(value), unit: t('unit.incidents'), tone: value > 0 ? tone : 'ok' });
  set(cards.critical, incidents.openCritical, 'alarm');
  set(cards.major, incidents.openMajor, 'watch');
  set(cards.minor, incidents.openMinor, 'watch');
  set(cards.overdue, incidents.overdue, 'alarm');
  set(cards.escalated, incidents.escalated, 'watch');
});

// Filters: what the list will be narrowed by. Chips toggle; the list re-reads them when it draws.
const filters = { district: '', severity: new Set(), status: new Set(['open']), text: '' };
const districtFilter = $('#filter-district');
const fillDistricts = () => {
  const current = districtFilter.value;
  districtFilter.replaceChildren(h('option', { value: '' }, t('table.filterAll')), ...DISTRICTS.map((code) => h('option', { value: code }, nameOf('districts', code))));
  districtFilter.value = current;
};
districtFilter.addEventListener('change', () => { filters.district = districtFilter.value; drawList(); });
$('#filter-search').addEventListener('input', (event) => { filters.text = event.target.value.trim(); drawList(); });
document.querySelectorAll('.chip[data-filter]').forEach((chip) => chip.addEventListener('click', () => {
  const set = filters[chip.dataset.filter];
  if (!set.delete(chip.dataset.value)) {
    set.add(chip.dataset.value);
  }

  chip.setAttribute('aria-pressed', String(set.has(chip.dataset.value)));
  drawList();
}));
document.querySelectorAll('.chip[data-filter]').forEach((chip) =>
  chip.setAttribute('aria-pressed', String(filters[chip.dataset.filter].has(chip.dataset.value))));

// The incidents capability will feed this list (one row per incident, SLA countdown per row).
const incidents = [];
const drawList = panel(() => {
  const columns = ['id', 'severity', 'category', 'place', 'owner', 'sla', 'level', 'state'];
  $('#incident-head').replaceChildren(...columns.map((c) => h('th', { dataset: { col: c } }, t(`incidents.columns.${c}`))));
  $('#incident-body').replaceChildren(...incidents.map((incident) => h('tr', { dataset: { incident: incident.id } })));
  $('#incident-empty').hidden = incidents.length > 0;
});

fillDistricts();
onLanguageChange(fillDistricts);
model.onChange(drawFigures);
drawFigures();
drawList();
