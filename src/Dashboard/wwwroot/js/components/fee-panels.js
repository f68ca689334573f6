// @ts-check
// The subsidy month view of the money screen: the city's (or one district's) month, a row of totals per contract with
// a totals row that is the sum of the rows; and one contract's month: its lines (a totals row, again the sum of the
// lines shown, every line shown), its payments, and the CSV and Excel downloads of the same month. Money is shown to
// the fen as the server rounded it; the screen adds nothing up differently from the report.

import { $, h, setText } from '../dom.js';
import { number, yuan } from '../format.js';
import { nameOf, t } from '../i18n.js';
import { panel } from './panel.js';

/** The totals columns shared by the city's rows and a month's lines: [label key, read from a FeeTotals/FeeLine]. */
const CITY = [
  ['lines', (/** @type {any} */ x) => x.lines, true],
  ['subsidised', (/** @type {any} */ x) => x.subsidised, true],
  ['fee', (/** @type {any} */ x) => x.fee],
  ['paid', (/** @type {any} */ x) => x.paid],
  ['subsidyDue', (/** @type {any} */ x) => x.subsidyDue],
  ['released', (/** @type {any} */ x) => x.subsidyReleased],
  ['withheld', (/** @type {any} */ x) => x.subsidyWithheld],
  ['outstanding', (/** @type {any} */ x) => x.outstanding],
];
const LINE = [
  ['area', (/** @type {any} */ x) => x.floorArea],
  ['fee', (/** @type {any} */ x) => x.fee],
  ['payerShare', (/** @type {any} */ x) => x.payerShare],
  ['subsidyDue', (/** @type {any} */ x) => x.subsidy],
  ['broughtForward', (/** @type {any} */ x) => x.broughtForward],
  ['paid', (/** @type {any} */ x) => x.paid],
  ['released', (/** @type {any} */ x) => x.subsidyReleased],
  ['withheld', (/** @type {any} */ x) => x.subsidyWithheld],
  ['outstanding', (/** @type {any} */ x) => x.outstanding],
];

/** Sums in fen (integers), so a long column adds up exactly as the server's decimals do. */
const sum = (/** @type {any[]} */ rows, /** @type {(x: any) => number} */ read) => rows.reduce((s, r) => s + Math.round(Number(read(r)) * 100), 0) / 100;
const cell = (/** @type {string} */ key, /** @type {number} */ v, /** @type {boolean} */ count) => h('td', { class: 'num', dataset: { col: key } }, count ? number(v) : yuan(v));

/** The city's month: rows per contract; onPick(contractId) when a row is chosen. */
export function feeCity(/** @type {(contractId: string) => void} */ onPick) {
  /** @type {any[] | null} */
  let rows = null;
  let picked = '';
  const draw = panel(() => {
    $('#fee-city-head').replaceChildren(...['contract', 'company', 'estate'].map((k) => h('th', {}, t(`money.${k}`))),
      ...CITY.map(([k]) => h('th', { class: 'num' }, t(`money.${k}`))));
    const list = rows ?? [];
    $('#fee-city-empty').hidden = rows == null || list.length > 0;
    $('#fee-city-wrap').hidden = list.length === 0;
    $('#fee-city-body').replaceChildren(...list.map((r) => h('tr', {
      dataset: { contract: r.contractId }, 'aria-selected': r.contractId === picked ? 'true' : null, onclick: () => onPick(r.contractId),
    }, h('td', { class: 'code' }, r.contractId), h('td', {}, r.companyName ?? ''), h('td', {}, r.estateId ?? ''),
    ...CITY.map(([k, read, count]) => cell(String(k), /** @type {any} */ (read)(r.totals), !!count)))),
    ...(list.length > 1 ? [h('tr', { class: 'totals', dataset: { row: 'totals' } }, h('td', { colspan: 3 }, t('money.total')),
      ...CITY.map(([k, read, count]) => cell(String(k), sum(list, (r) => /** @type {any} */ (read)(r.totals)), !!count)))] : []));
  });
  return {
    /** @param {any[] | null} next @param {string} [contractId] */
    show(next, contractId = picked) { rows = next; picked = contractId; draw(); },
  };
}

/** One contract's month: lines with a totals row, payments, downloads. */
export function feeMonth() {
  /** @type {any} */
  let month = null;
  let message = '';
  const draw = panel(() => {
    $('#fee-month-panel').hidden = !month && !message;
    $('#fee-month-empty').hidden = !message;
    setText($('#fee-month-empty'), message);
    if (!month) {
      return;
    }

    const base = `api/contracts/${encodeURIComponent(month.contractId)}/fees/${encodeURIComponent(month.month)}`;
    $('#fee-csv').href = `${base}?format=csv`;
    $('#fee-xlsx').href = `${base}?format=xlsx`;
    setText($('#fee-month-title'), t('money.monthTitle', { contract: `${month.contractId} ${month.companyName ?? ''}`.trim(), month: month.month }));
    setText($('#fee-month-meta'), `${t('money.grade', { grade: month.serviceGrade, rate: yuan(month.feePerSquareMetre) })} · ${month.open ? t('money.open') : t('money.closed')}`);
    /** @type {any[]} */
    const lines = month.lines ?? [];
    $('#fee-lines-head').replaceChildren(h('th', {}, t('money.dwelling')), h('th', {}, t('money.payer')), ...LINE.map(([k]) => h('th', { class: 'num' }, t(`money.${k}`))));
    $('#fee-lines-body').replaceChildren(...lines.map((l) => h('tr', { dataset: { dwelling: l.dwellingId, payer: l.payer } },
      h('td', { class: 'code' }, l.dwellingId), h('td', {}, l.payer ? nameOf('money.payers', l.payer) : '—'),
      ...LINE.map(([k, read]) => cell(String(k), /** @type {any} */ (read)(l), false)))));
    $('#fee-lines-foot').replaceChildren(h('tr', { class: 'totals', dataset: { row: 'totals' } }, h('td', { colspan: 2 }, `${t('money.total')} · ${number(lines.length)}`),
      ...LINE.map(([k, read]) => cell(String(k), sum(lines, /** @type {any} */ (read)), false))));
    /** @type {any[]} */
    const payments = month.payments ?? [];
    $('#fee-payments-empty').hidden = payments.length > 0;
    $('#fee-payments').replaceChildren(...payments.slice(-30).reverse().map((p) => h('li', { dataset: { payment: p.paymentId } },
      h('span', { class: 'code' }, p.dwellingId), h('span', { class: 'muted' }, p.paidOn), h('b', {}, `¥${yuan(p.amount)}`))));
  });
  return {
    /** @param {any} next @param {string} [why] */
    show(next, why = '') {
      // A month of a thousand lines is drawn again only when it changed (its version moves with every payment).
      const same = next && month && next.contractId === month.contractId && next.month === month.month && next.version === month.version;
      if (!same || why !== message) {
        month = next;
        message = why;
        draw();
      }
    },
  };
}
