// The incident API as the screens use it: lists, one step on a case with the version the operator saw,
// and the SLA countdown of a case (the next deadline its status still waits for).

import { get, post } from './api.js';

const OPEN = new Set(['Collected', 'Filed', 'Dispatched', 'InHandling', 'Feedback']);

export const isOpen = (incident) => OPEN.has(incident.status);

/** A page of cases: GET api/incidents with the given filters. */
export async function listIncidents(filters = {}) {
  const query = new URLSearchParams(Object.entries(filters).filter(([, v]) => v != null && v !== ''));
  const result = await get(`api/incidents?${query}`);
  if (!result.ok) {
    throw new Error(`incidents: HTTP ${result.status}`);
  }

  return result.body;
}

/** One step, by the signed-in person; resolves { ok, conflict, forbidden, problem }. A 409 means someone else
 * changed the case first; a 403 that the person's post may not take this step on this case. */
export function act(incident, action, extra = {}) {
  return post(`api/incidents/${encodeURIComponent(incident.incidentId)}/actions`, { action, expectedVersion: incident.version, ...extra });
}

/** The next running deadline (ms since epoch) or null: acknowledge while collected, dispatch until dispatched, resolve while open. */
export function nextDeadline(incident) {
  if (!isOpen(incident)) {
    return null;
  }

  const d = incident.deadlines ?? {};
  const running = [d.resolveBy];
  if (incident.status === 'Collected' || incident.status === 'Filed') {
    running.push(d.dispatchBy);
  }

  if (incident.status === 'Collected') {
    running.push(d.acknowledgeBy);
  }

  const times = running.filter(Boolean).map((at) => Date.parse(at));
  return times.length ? Math.min(...times) : null;
}

/** "12:34" / "3:05:09" left, or "-0:42" overdue; a dash when no clock runs. */
export function countdown(deadline, now = Date.now()) {
  if (deadline == null) {
    return '—';
  }

  const left = Math.round((deadline - now) / 1000);
  const abs = Math.abs(left);
  const hours = Math.floor(abs / 3600);
  const minutes = Math.floor((abs % 3600) / 60);
  const seconds = String(abs % 60).padStart(2, '0');
  const text = hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}` : `${minutes}:${seconds}`;
  return left < 0 ? `-${text}` : text;
}
