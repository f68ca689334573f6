// @ts-check
// The housing office's contracts screen (物業服務考核): every contract ranked by its live score, lowest first, the
// ones below the threshold flagged with the factor that costs most (GET api/pool, read again every few seconds: the
// pool keeps the newest score each scorecard reports); one contract's scorecard (scorecard-detail.js); the company
// pool (備選庫) with each company's standing and mean score. A company sees only its own contracts (the API filters);
// a person without ReadContracts is told "not permitted".

import { get } from '../api.js';
import { loadConfig } from '../config.js';
import { Scopes } from '../contract.js';
import { $, h, setText } from '../dom.js';
import { number } from '../format.js';
import { nameOf, t } from '../i18n.js';
import { live } from '../live.js';
import { figure } from '../components/figure.js';
import { mountHeader } from '../components/header.js';
import { panel } from '../components/panel.js';
import { scorecardDetail } from '../components/scorecard-detail.js';

const READ_EVERY_MS = 5000;

mountHeader($('#top'));
const settings = await loadConfig();
const held = new Set(settings.permissions ?? []);
/** The threshold the scorecards report (one for the city), once one has been seen. */
let threshold = '—';
const show = scorecardDetail({ canAssess: held.has('AssessContracts'), onView: (view) => { threshold = String(view.threshold); draw(); } });
/** @type {any} */
let pool = null;
let denied = false;
let selected = new URLSearchParams(location.search).get('contract') ?? '';

const box = $('#figures');
const cards = {
  contracts: figure(box, { key: 'contracts', label: 'contracts.figContracts' }),
  below: figure(box, { key: 'below', label: 'contracts.figBelow' }),
  mean: figure(box, { key: 'mean', label: 'contracts.figMean' }),
  pool: figure(box, { key: 'pool', label: 'contracts.figPool' }),
};

const COLUMNS = ['rank', 'contract', 'company', 'estate', 'score', 'topFactor', 'status'];

const draw = panel(() => {
  $('#denied').hidden = !denied;
  $('#desk').hidden = denied;
  document.body.dataset.access = denied ? 'denied' : 'allowed';
  if (!pool) {
    return;
  }

  /** @type {any[]} */
  const ranking = pool.ranking ?? [];
  /** @type {any[]} */
  const companies = pool.companies ?? [];
  const below = ranking.filter((l) => l.belowThreshold);
  const mean = ranking.length > 0 ? ranking.reduce((sum, l) => sum + Number(l.score), 0) / ranking.length : null;
  const standing = (/** @type {string} */ s) => companies.filter((c) => c.company.standing === s).length;
  cards.contracts.set({ value: number(ranking.length), sub: t('contracts.figContractsSub', { companies: number(standing('Admitted')) }) });
  cards.below.set({ value: number(below.length), sub: t('contracts.figBelowSub', { threshold }), tone: below.length > 0 ? 'alarm' : 'ok' });
  cards.mean.set({ value: mean == null ? '—' : mean.toFixed(1), sub: t('contracts.figMeanSub', { period: ranking[0]?.period ?? '—' }) });
  cards.pool.set({ value: number(companies.length), sub: t('contracts.figPoolSub', { suspended: standing('Suspended'), removed: standing('Removed') }) });

  $('#ranking-head').replaceChildren(...COLUMNS.map((c) => h('th', { class: c === 'score' || c === 'rank' ? 'num' : '' }, t(`contracts.${c}`))));
  $('#ranking-empty').hidden = ranking.length > 0;
  $('#ranking-body').replaceChildren(...ranking.map((l, i) => h('tr', {
    dataset: { contract: l.contractId, below: String(l.belowThreshold), version: l.version },
    'aria-selected': l.contractId === selected ? 'true' : null,
    onclick: () => select(l.contractId),
  },
  h('td', { class: 'num' }, i + 1),
  h('td', { class: 'code', dataset: { col: 'contract' } }, l.contractId),
  h('td', {}, l.companyName),
  h('td', {}, h('a', { href: `estate.html?id=${encodeURIComponent(l.estateId)}`, onclick: (/** @type {Event} */ e) => e.stopPropagation() }, l.estateId), l.zoneId ? ` · ${l.zoneId}` : ''),
  h('td', { class: 'num', dataset: { col: 'score' } }, Number(l.score).toFixed(1)),
  h('td', { dataset: { col: 'factor' } }, l.topFactor === 'None' ? '—' : nameOf('contracts.factors', l.topFactor)),
  h('td', { class: l.belowThreshold ? 'flag' : 'muted', dataset: { col: 'status' } }, l.belowThreshold ? t('contracts.below') : t('contracts.above')))));

  $('#pool-empty').hidden = companies.length > 0;
  $('#pool-list').replaceChildren(...companies.map((c) => h('li', { dataset: { company: c.company.company.creditCode, standing: c.company.standing } },
    h('span', {}, c.company.company.name),
    h('span', { class: c.company.standing === 'Admitted' ? 'muted' : 'flag' }, nameOf('contracts.standing', c.company.standing)),
    h('span', { class: 'muted' }, t('contracts.contractsOf', { n: c.contracts.length })),
    h('b', {}, c.meanScore == null ? '—' : t('contracts.mean', { score: Number(c.meanScore).toFixed(1) })))));
});

function select(/** @type {string} */ id) {
  selected = id;
  history.replaceState(null, '', `?contract=${encodeURIComponent(id)}`);
  show(id);
  draw();
}

async function read() {
  const result = await get('api/pool');
  denied = result.forbidden;
  pool = result.ok ? result.body : pool;
  if (!selected && pool?.ranking?.length > 0) {
    select(pool.ranking[0].contractId);
  }

  draw();
}

if (selected) {
  show(selected);
}

setText($('#scorecard-contract'), selected);
await read();
setInterval(read, READ_EVERY_MS);
// The ranking is read, not pushed; the city's (or the person's first district's) status keeps the header's connection
// and staleness honest, and a change of it reads the ranking again sooner.
const reach = settings.reach?.city ? Scopes.city : settings.reach?.districts?.[0] ? Scopes.district(settings.reach.districts[0]) : null;
let soon = null;
if (reach) {
  live.subscribe(reach, () => { soon ??= setTimeout(() => { soon = null; read(); }, 3000); });
}
