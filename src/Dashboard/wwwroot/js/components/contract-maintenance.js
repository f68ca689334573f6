// @ts-check
// Overdue maintenance per contract (§6.1: counted against the company): for the estates at the top of a list by
// overdue maintenance, the contracts attached to each (read once from the estate's status) and each contract's queue,
// live from `queue/<contractId>`, whose count of preventive orders open past their due date is listed.

import { get } from '../api.js';
import { Scopes } from '../contract.js';
import { h } from '../dom.js';
import { number } from '../format.js';
import { t } from '../i18n.js';
import { live } from '../live.js';
import { panel } from './panel.js';

/** @typedef {import('../contract.js').EstateSummary} EstateSummary */
/** @typedef {import('../contract.js').WorkQueueView} WorkQueueView */

/**
 * @param {HTMLElement} list @param {HTMLElement} empty @param {number} estates how many estates' contracts to follow
 * @returns {(shown: EstateSummary[]) => Promise<void>} follows the contracts of the estates shown
 */
export function contractMaintenance(list, empty, estates) {
  /** @type {Map<string, { contractId: string, company: string, view: WorkQueueView | null, stop: () => void }>} */
  const contracts = new Map();
  /** @type {Map<string, import('../contract.js').ContractAttachment[]>} */
  const contractsOf = new Map();
  const draw = panel(() => {
    const rows = [...contracts.values()].filter((c) => (c.view?.preventiveOverdue ?? 0) > 0)
      .sort((a, b) => (b.view?.preventiveOverdue ?? 0) - (a.view?.preventiveOverdue ?? 0));
    list.replaceChildren(...rows.map((c) => h('li', { dataset: { contract: c.contractId } },
      h('a', { href: `queue.html?queue=${encodeURIComponent(c.contractId)}` }, t('facilities.contractItem', { company: c.company, contract: c.contractId })),
      h('b', { class: 'bad' }, number(c.view?.preventiveOverdue ?? 0)))));
    empty.hidden = rows.length > 0;
  });

  draw();
  return async (shown) => {
    const top = shown.filter((e) => e.facilities.preventiveOverdue > 0)
      .sort((a, b) => b.facilities.preventiveOverdue - a.facilities.preventiveOverdue).slice(0, estates);
    /** @type {Map<string, string>} */
    const wanted = new Map();
    for (const estate of top) {
      if (!contractsOf.has(estate.estateId)) {
        const result = await get(`api/estates/${encodeURIComponent(estate.estateId)}`);
        contractsOf.set(estate.estateId, result.ok ? result.body.contracts ?? [] : []);
      }

      for (const c of contractsOf.get(estate.estateId) ?? []) {
        wanted.set(c.contractId, c.companyName);
      }
    }

    for (const [id, entry] of contracts) {
      if (!wanted.has(id)) {
        entry.stop();
        contracts.delete(id);
      }
    }

    for (const [id, company] of wanted) {
      if (!contracts.has(id)) {
        const entry = { contractId: id, company, view: /** @type {WorkQueueView | null} */ (null), stop: () => {} };
        entry.stop = live.subscribe(Scopes.queue(id), (view) => { entry.view = view; draw(); });
        contracts.set(id, entry);
      }
    }

    draw();
  };
}
