// @ts-check
// Work orders as the screens use them: one step on an order with the version the person saw, the clock that runs
// out first, and what the signed-in person's posts let them do (the silo decides; this only spares a button that
// would be refused).

import { get, post } from './api.js';
import { me } from './session.js';

/** @typedef {import('./contract.js').WorkOrderSummary} WorkOrderSummary */
/** @typedef {import('./contract.js').WorkQueueView} WorkQueueView */

/** The route segment of each step (POST api/work-orders/{id}/{step}). */
export const STEPS = /** @type {const} */ (['accept', 'dispatch', 'on-site', 'repair', 'verify', 'send-back', 'close']);

/** The status each step starts from. */
const FROM = {
  accept: 'Reported', dispatch: 'Accepted', 'on-site': 'Dispatched', repair: 'OnSite',
  verify: 'Repaired', 'send-back': 'Repaired', close: 'Verified',
};

/** Whether the step applies to the order as it stands. @param {string} step @param {WorkOrderSummary} order */
export const applies = (step, order) => order.isOpen && FROM[step] === order.status;

/** The steps the company takes (WorkOrders) and those of whoever verifies (VerifyWorkOrders). */
export const COMPANY_STEPS = ['accept', 'dispatch', 'on-site', 'repair'];
export const VERIFY_STEPS = ['verify', 'send-back', 'close'];

// The posts holding WorkOrders and VerifyWorkOrders (src/Access/Roles/RolePermissions.cs).
const WORKS = new Set(['PropertyCompany', 'HousingOffice']);
const VERIFIES = new Set(['HousingOffice', 'GridStaff']);

/**
 * What the signed-in person may do on a queue screen, and the queue their grants name first: their contract's, else
 * their district's housing office queue.
 * @returns {Promise<{ works: boolean, verifies: boolean, queue: string | null }>}
 */
export async function abilities() {
  const who = await me();
  const grants = (who?.grants ?? []).map((/** @type {string} */ g) => g.split('|'));
  const contract = grants.find(([, scope]) => scope === 'Contract');
  const district = grants.find(([, scope]) => scope === 'District');
  return {
    works: grants.some(([role]) => WORKS.has(role)),
    verifies: grants.some(([role]) => VERIFIES.has(role)),
    queue: contract ? contract[2] : (await companyQueue(grants)) ?? (district ? `office-${district[2]}` : null),
  };
}

/**
 * A company granted an estate (or a zone of it) rather than its contract works the queue of the contract attached
 * there: the estate's status names its contracts.
 * @param {string[][]} grants
 * @returns {Promise<string | null>}
 */
async function companyQueue(grants) {
  const held = grants.find(([role, scope]) => role === 'PropertyCompany' && (scope === 'Estate' || scope === 'Zone'));
  if (!held) {
    return null;
  }

  const [estateId, zoneId] = held[2].split('/');
  const result = await get(`api/estates/${encodeURIComponent(estateId)}`);
  /** @type {import('./contract.js').ContractAttachment[]} */
  const contracts = result.ok ? result.body.contracts ?? [] : [];
  return (contracts.find((c) => !zoneId || c.zoneId === zoneId || c.zoneId == null) ?? contracts[0])?.contractId ?? null;
}

/**
 * One step by the signed-in person; resolves { ok, conflict, forbidden, problem }. A 409 means the order moved since
 * it was shown (someone else took a step) or the step does not apply any more.
 * @param {WorkOrderSummary} order @param {string} step @param {Record<string, unknown>} [extra]
 */
export function step(order, step, extra = {}) {
  return post(`api/work-orders/${encodeURIComponent(order.orderId)}/${step}`, { expectedVersion: order.version, ...extra });
}

/** The queue as the API has it now (after a refused step). @param {string} queueId @returns {Promise<WorkQueueView | null>} */
export async function readQueue(queueId) {
  const result = await get(`api/work-queues/${encodeURIComponent(queueId)}`);
  return result.ok ? result.body : null;
}

/**
 * The clock that runs out first while the order waits for its stage: { stage, at } (ms since epoch), or null.
 * @param {WorkOrderSummary} order
 * @returns {{ stage: 'accept' | 'onSite' | 'repair', at: number } | null}
 */
export function nextClock(order) {
  if (!order.isOpen || order.status === 'Repaired' || order.status === 'Verified') {
    return null;
  }

  const d = order.deadlines ?? {};
  /** @type {{ stage: 'accept' | 'onSite' | 'repair', at: number }[]} */
  const running = [];
  const add = (/** @type {'accept' | 'onSite' | 'repair'} */ stage, /** @type {string | null | undefined} */ at) => {
    if (at) {
      running.push({ stage, at: Date.parse(at) });
    }
  };
  if (order.status === 'Reported') {
    add('accept', d.acceptBy);
  }

  if (order.status !== 'OnSite') {
    add('onSite', d.onSiteBy);
  }

  add('repair', d.repairBy);
  return running.reduce((/** @type {{ stage: 'accept' | 'onSite' | 'repair', at: number } | null} */ first, c) => (!first || c.at < first.at ? c : first), null);
}
