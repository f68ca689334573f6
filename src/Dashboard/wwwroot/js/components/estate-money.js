// @ts-check
// An estate's money on the money screen: the public-revenue account (公共收益專户: balance, a deficit shown as such,
// this month's income and spending, the month's statement with income and spending by category and its entries) and
// the commercial units (經營性物業: leases, and each month's rent billed and received, taxes, net income and what was
// remitted to the treasury with its voucher).

import { $, h, setText } from '../dom.js';
import { yuan } from '../format.js';
import { nameOf, t } from '../i18n.js';
import { figure } from './figure.js';
import { panel } from './panel.js';

export function accountPanel() {
  const box = $('#account-figures');
  const cards = {
    balance: figure(box, { key: 'balance', label: 'money.balance' }),
    income: figure(box, { key: 'income', label: 'money.incomeMonth' }),
    spending: figure(box, { key: 'spending', label: 'money.spendingMonth' }),
  };
  /** @type {any} */
  let account = null;
  /** @type {any} */
  let statement = null;
  let denied = false;
  const draw = panel(() => {
    $('#account-denied').hidden = !denied;
    box.hidden = denied || !account;
    if (account) {
      const balance = Number(account.balance);
      cards.balance.set({ value: yuan(balance), unit: t('unit.yuan'), sub: balance < 0 ? t('money.deficit') : '', tone: balance < 0 ? 'alarm' : 'ok' });
      cards.income.set({ value: yuan(account.incomeThisMonth), unit: t('unit.yuan') });
      cards.spending.set({ value: yuan(account.spendingThisMonth), unit: t('unit.yuan') });
    }

    setText($('#statement-title'), statement ? t('money.statement', { month: statement.month }) : '');
    const row = (/** @type {string} */ key, /** @type {string} */ label, /** @type {number} */ amount, cls = '') =>
      h('tr', { dataset: { row: key }, class: cls }, h('td', {}, label), h('td', { class: 'num' }, yuan(amount)));
    $('#statement-body').replaceChildren(...(!statement ? [] : [
      row('opening', t('money.opening'), statement.opening),
      ...statement.income.map((/** @type {any} */ c) => row(`income-${c.category}`, `${t('money.income')} · ${nameOf('money.incomeKinds', c.category)}`, c.amount)),
      ...statement.spending.map((/** @type {any} */ c) => row(`spending-${c.category}`, `${t('money.spending')} · ${c.category}`, -Number(c.amount))),
      row('closing', t('money.closing'), statement.closing, 'totals'),
    ]));
    /** @type {any[]} */
    const entries = statement?.entries ?? [];
    $('#account-empty').hidden = !statement || entries.length > 0;
    $('#account-entries').replaceChildren(...entries.slice(-20).reverse().map((e) => h('li', { dataset: { entry: e.entryId, kind: e.kind } },
      h('span', { class: 'muted' }, e.on), h('span', {}, `${nameOf('money.kinds', e.kind)} · ${e.description}`),
      h('b', { class: e.kind === 'Income' ? '' : 'bad' }, `${e.kind === 'Income' ? '+' : '−'}${yuan(e.amount)}`))));
  });
  return {
    /** @param {any} nextAccount @param {any} nextStatement @param {boolean} refused */
    show(nextAccount, nextStatement, refused) { account = nextAccount; statement = nextStatement; denied = refused; draw(); },
  };
}

export function commercialPanel() {
  /** @type {any} */
  let view = null;
  let denied = false;
  const draw = panel(() => {
    $('#commercial-denied').hidden = !denied;
    setText($('#commercial-operator'), view ? `${t('money.operator')}：${view.operator ?? t('money.noOperator')}` : '');
    /** @type {any[]} */
    const leases = view?.leases ?? [];
    /** @type {any[]} */
    const units = view?.units ?? [];
    $('#commercial-empty').hidden = denied || !view || units.length > 0;
    $('#leases-head').replaceChildren(...['units', 'tenant', 'term', 'rent'].map((k) => h('th', { class: k === 'rent' ? 'num' : '' }, t(`money.${k}`))));
    $('#leases-body').replaceChildren(...leases.map((l) => h('tr', { dataset: { lease: l.leaseId, unit: l.unitId } },
      h('td', {}, units.find((u) => u.unitId === l.unitId)?.name ?? l.unitId), h('td', {}, l.tenant),
      h('td', { class: 'muted' }, `${l.start} – ${l.endedOn ?? l.end}`), h('td', { class: 'num' }, yuan(l.monthlyRent)))));
    const cols = ['month', 'billed', 'received', 'taxes', 'net', 'remitted', 'notRemitted', 'voucher'];
    $('#months-head').replaceChildren(...cols.map((k) => h('th', { class: k === 'month' || k === 'voucher' ? '' : 'num' }, t(`money.${k}`))));
    /** @type {any[]} */
    const months = view?.months ?? [];
    $('#months-body').replaceChildren(...months.slice().reverse().map((m) => h('tr', { dataset: { month: m.month, remitted: String(Number(m.netIncome) - Number(m.remitted) === 0) } },
      h('td', {}, m.month), ...[m.billed, m.received, m.taxesAndFees, m.netIncome, m.remitted, Number(m.netIncome) - Number(m.remitted)]
        .map((v, i) => h('td', { class: `num ${i === 5 && v > 0 ? 'warn' : ''}` }, yuan(v))),
      h('td', { class: 'code' }, m.voucherRef ?? '—'))));
  });
  return {
    /** @param {any} next @param {boolean} refused */
    show(next, refused) { view = next; denied = refused; draw(); },
  };
}
