// @ts-check
// A work queue's figures: its open and overdue orders, overdue maintenance counted against the contract, clocks
// breached and repair cost over the last 30 days (the queue's own counts; open and overdue are its rows).

import { number } from '../format.js';
import { t } from '../i18n.js';
import { figure } from './figure.js';
import { panel } from './panel.js';

/** @typedef {import('../contract.js').WorkQueueView} WorkQueueView */

/** @param {HTMLElement} box @returns {(view: WorkQueueView | null) => void} */
export function queueFigures(box) {
  const cards = {
    open: figure(box, { key: 'open', label: 'queue.figOpen' }),
    overdue: figure(box, { key: 'overdue', label: 'queue.figOverdue' }),
    preventive: figure(box, { key: 'preventive', label: 'queue.figPreventive' }),
    breached: figure(box, { key: 'breached', label: 'queue.figBreached' }),
    cost: figure(box, { key: 'cost', label: 'queue.figCost' }),
  };
  /** @type {WorkQueueView | null} */
  let view = null;
  const draw = panel(() => {
    if (!view) {
      return;
    }

    const overdue = view.orders.filter((o) => o.overdue).length;
    cards.open.set({ value: number(view.orders.length), unit: t('unit.orders'), tone: view.orders.length > 0 ? 'watch' : 'ok' });
    cards.overdue.set({ value: number(overdue), unit: t('unit.orders'), tone: overdue > 0 ? 'alarm' : 'ok' });
    cards.preventive.set({
      value: number(view.preventiveOverdue), unit: t('unit.orders'), tone: view.preventiveOverdue > 0 ? 'alarm' : 'ok',
      sub: t('queue.preventiveSub', { late: number(view.preventiveLate30d), closed: number(view.preventiveClosed30d) }),
    });
    cards.breached.set({ value: number(view.breached30d), unit: t('unit.orders'), sub: t('queue.breachedSub', { closed: number(view.closed30d) }) });
    cards.cost.set({ value: number(view.cost30d), unit: t('unit.yuan') });
  });
  return (next) => { view = next; draw(); };
}
