// @ts-check
// One contract's scorecard on the contracts screen: the live score (subscription `contract/<id>`), every factor with
// its measured value and penalty, a drill-down from a factor to the orders and cases behind it
// (GET api/contracts/<id>/scorecard/evidence), the trend of past periods (ECharts), the third-party assessments and
// breach deductions (GET api/contracts/<id>/scorecard), and, for those who may assess, the forms to record them.

import { get, post } from '../api.js';
import { HubErrorCode, Scopes } from '../contract.js';
import { $, h, setText } from '../dom.js';
import { dateTime, number } from '../format.js';
import { nameOf, t } from '../i18n.js';
import { live } from '../live.js';
import { panel } from './panel.js';

/** @typedef {import('../contract.js').ScorecardView} ScorecardView */
/** @typedef {import('../contract.js').ScoreFactorResult} ScoreFactorResult */

const path = (/** @type {string} */ id) => `api/contracts/${encodeURIComponent(id)}/scorecard`;

/** A factor's measured value in its unit ("92.5 %", "38 分钟"); a dash when nothing was measured. */
export function factorValue(/** @type {ScoreFactorResult} */ f) {
  if (f.value == null) {
    return '—';
  }

  const unit = nameOf('contracts.units', f.unit);
  return f.unit === 'ratio' ? `${(f.value * 100).toFixed(1)}${unit}` : `${Number(f.value).toFixed(f.unit === 'count' ? 0 : 1)} ${unit}`.trim();
}

/** @param {{ canAssess: boolean, onView?: (view: ScorecardView) => void }} options */
export function scorecardDetail({ canAssess, onView }) {
  const chart = /** @type {any} */ (window).echarts.init($('#trend'), null, { renderer: 'canvas' });
  new ResizeObserver(() => chart.resize()).observe($('#trend'));
  let contractId = '';
  /** @type {ScorecardView | null} */
  let view = null;
  /** @type {any} */
  let detail = null;
  /** @type {{ factor: string, items: any[] } | null} */
  let evidence = null;
  /** @type {() => void} */
  let stop = () => {};
  let refused = false;

  const draw = panel(() => {
    $('#scorecard-pick').hidden = !!contractId && !refused;
    $('#scorecard-body').hidden = !contractId || refused;
    setText($('#scorecard-pick'), refused ? t('notPermitted') : t('contracts.pick'));
    setText($('#scorecard-contract'), contractId);
    if (!view) {
      return;
    }

    const score = $('#scorecard-score');
    setText(score, view.score.toFixed(1));
    score.dataset.below = String(view.belowThreshold);
    setText($('#scorecard-meta'), `${view.companyName ?? ''} · ${t('contracts.period', { period: view.period })} · ${t('contracts.threshold', { threshold: view.threshold })}`
      + (view.belowThreshold ? ` · ${t('contracts.below')}` : ''));
    $('#factor-head').replaceChildren(...['contracts.factor', 'contracts.value', 'contracts.penalty'].map((k) => h('th', {}, t(k))));
    $('#factor-body').replaceChildren(...view.factors.map((f) => h('tr', {
      dataset: { factor: f.factor, measured: String(f.value != null), top: String(f.factor === view?.topFactor) },
      title: f.value == null ? t('contracts.notMeasured') : t('contracts.drill'),
      onclick: () => showEvidence(f.factor),
    }, h('td', {}, nameOf('contracts.factors', f.factor)), h('td', { class: 'num' }, factorValue(f)),
    h('td', { class: `num ${f.penalty > 0 ? 'bad' : ''}` }, f.penalty > 0 ? `−${Number(f.penalty).toFixed(1)}` : '0'))));
    drawEvidence();
    drawHistory();
  });

  /** An order opens the contract's queue, a case the estate's incident desk; a deduction or assessment is its id. */
  const linkTo = (/** @type {any} */ e) => (e.kind === 'order' ? h('a', { href: `queue.html?queue=${encodeURIComponent(contractId)}` }, e.id)
    : e.kind === 'incident' ? h('a', { href: `incidents.html?estate=${encodeURIComponent(e.estateId)}` }, e.id) : h('span', { class: 'code' }, e.id));

  function drawEvidence() {
    $('#evidence').hidden = !evidence;
    if (!evidence) {
      return;
    }

    setText($('#evidence-title'), t('contracts.evidence', { factor: nameOf('contracts.factors', evidence.factor) }));
    $('#evidence-empty').hidden = evidence.items.length > 0;
    $('#evidence-list').replaceChildren(...evidence.items.map((e) => h('li', { dataset: { kind: e.kind, id: e.id } },
      h('span', {}, nameOf('contracts.evidenceKinds', e.kind)),
      linkTo(e),
      h('span', { class: 'muted' }, e.detail), h('b', {}, dateTime(e.at)))));
  }

  function drawHistory() {
    /** @type {any[]} */
    const history = detail?.history ?? [];
    /** @type {any[]} */
    const assessments = detail?.assessments ?? [];
    // One axis of periods: the kept ones, the assessed ones and the current one; the score line and the assessments' points.
    const periods = [...new Set([...history.map((p) => p.period), ...assessments.map((a) => a.period), ...(view ? [view.period] : [])])].sort();
    const scoreOf = new Map(history.map((p) => [p.period, Number(p.score)]));
    if (view) {
      scoreOf.set(view.period, Number(view.score));
    }

    const assessedOf = new Map(assessments.map((a) => [a.period, Number(a.score)]));
    $('#trend-empty').hidden = periods.length > 1;
    chart.setOption({
      animation: false,
      legend: { top: 0, right: 0, textStyle: { color: '#94a3b8' }, data: [t('contracts.score'), t('contracts.assessments')] },
      grid: { left: 36, right: 10, top: 24, bottom: 24 },
      xAxis: { type: 'category', data: periods, axisLabel: { color: '#94a3b8' } },
      yAxis: { type: 'value', min: 0, max: 100, axisLabel: { color: '#94a3b8' }, splitLine: { lineStyle: { color: '#1e293b' } } },
      series: [{
        name: t('contracts.score'), type: 'line', connectNulls: true, data: periods.map((p) => scoreOf.get(p) ?? null), symbolSize: 6,
        lineStyle: { color: '#38bdf8' }, itemStyle: { color: '#38bdf8' },
        markLine: view ? { symbol: 'none', data: [{ yAxis: Number(view.threshold) }], lineStyle: { color: '#f87171', type: 'dashed' }, label: { show: false } } : undefined,
      }, {
        name: t('contracts.assessments'), type: 'scatter', data: periods.map((p) => assessedOf.get(p) ?? null), symbolSize: 9, itemStyle: { color: '#fbbf24' },
      }],
    });
    $('#assessment-list').replaceChildren(...assessments.map((a) => h('li', { dataset: { period: a.period } },
      h('span', {}, a.period), h('span', {}, `${a.assessor} · ${a.evidenceRef}`), h('b', {}, Number(a.score).toFixed(1)))));
    $('#deduction-list').replaceChildren(...(detail?.deductions ?? []).map((d) => h('li', { dataset: { deduction: d.deductionId } },
      h('span', {}, d.period), h('span', {}, d.reference ? `${d.reason} · ${d.reference}` : d.reason), h('b', { class: 'bad' }, `¥${number(d.amount)}`))));
    $('#assessment-form').hidden = !canAssess;
    $('#deduction-form').hidden = !canAssess;
  }

  async function loadDetail() {
    const result = await get(path(contractId));
    detail = result.ok ? result.body : null;
    draw();
  }

  async function showEvidence(/** @type {string} */ factor) {
    if (!view) {
      return;
    }

    const result = await get(`${path(contractId)}/evidence?period=${encodeURIComponent(view.period)}&factor=${encodeURIComponent(factor)}`);
    evidence = { factor, items: result.ok ? result.body ?? [] : [] };
    drawEvidence();
  }

  /** Posts a form's body; says what happened. */
  async function record(/** @type {string} */ kind, /** @type {object} */ body, /** @type {HTMLFormElement} */ form) {
    const result = await post(`api/contracts/${encodeURIComponent(contractId)}/${kind}`, body);
    const message = $('#entry-message');
    message.dataset.outcome = result.ok ? 'ok' : result.conflict ? 'conflict' : 'error';
    setText(message, result.ok ? t('contracts.recorded') : result.conflict ? t('contracts.conflict')
      : t('contracts.failed', { field: Object.keys(result.problem?.errors ?? {}).join(', ') || result.status }));
    if (result.ok) {
      form.reset();
      await loadDetail();
    }
  }

  $('#assessment-form').addEventListener('submit', (/** @type {Event} */ event) => {
    event.preventDefault();
    record('assessments', {
      period: view?.period, score: Number($('#assessment-score').value), assessor: $('#assessment-assessor').value.trim(),
      assessedOn: new Date().toISOString().slice(0, 10), evidenceRef: $('#assessment-ref').value.trim(),
    }, $('#assessment-form'));
  });
  $('#deduction-form').addEventListener('submit', (/** @type {Event} */ event) => {
    event.preventDefault();
    record('deductions', {
      deductionId: `KK-${Date.now().toString(36)}`, period: view?.period, amount: Number($('#deduction-amount').value),
      reason: $('#deduction-reason').value.trim(), reference: $('#deduction-ref').value.trim() || null,
    }, $('#deduction-form'));
  });

  /** Shows one contract (or none). */
  return (/** @type {string} */ id) => {
    if (id === contractId) {
      return;
    }

    stop();
    contractId = id;
    view = null;
    detail = null;
    evidence = null;
    refused = false;
    if (id) {
      stop = live.subscribe(Scopes.contract(id), (next) => {
        // The period's entries are read again when the period, its deductions or its assessment change.
        const key = (/** @type {ScorecardView | null} */ v) => (v ? `${v.period}|${v.figures.deductions}|${v.assessment?.score ?? ''}` : '');
        const fresh = key(view) !== key(next);
        view = next;
        refused = false;
        onView?.(next);
        draw();
        if (fresh) {
          loadDetail();
        }
      }, (refusal) => { refused = refusal.code === HubErrorCode.forbidden; draw(); });
    }

    draw();
  };
}
