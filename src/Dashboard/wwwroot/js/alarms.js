// Alarms on the screens, from any source, in one feed.
//
// An alarm is { id, at, source, kind, severity, estateId, name, district, values }:
//   source   'derived' (below), later 'security' / 'incidents' when those capabilities push
//            their own alarms; a source only has to call feed.push(alarm).
//   kind     selects the text, alarms.<kind> in i18n.js, filled with values (plus name).
//   severity critical | major | minor | info.
// Derived alarms compare an estate's previous summary with its next one, so they fire on
// changes seen while the screen is open, never for the state it found when it opened.

import { scoreOf } from './health.js';

/** Rules deriving alarms from one estate's change: (prev, next, settings) → alarm parts. */
export const DERIVED_RULES = [
  function healthBelow(prev, next, settings) {
    const before = scoreOf(prev);
    const after = scoreOf(next);
    if (before == null || after == null) {
      return [];
    }

    const threshold = settings.healthAlarmBelow;
    if (before >= threshold && after < threshold) {
      return [{ kind: 'healthBelow', severity: 'major', values: { score: after, threshold } }];
    }

    return before < threshold && after >= threshold
      ? [{ kind: 'healthRecovered', severity: 'info', values: { score: after } }]
      : [];
  },
  rising('rentSerious', (e) => e.residency?.rentSerious, 'major'),
  rising('reviewsOverdue', (e) => e.residency?.reviewsOverdue, 'minor'),
  rising('exitReviews', (e) => e.residency?.exitReviews, 'major'),
];

/** A rule that fires when a count goes up. */
function rising(kind, read, severity) {
  return function risingCount(prev, next) {
    const before = read(prev) ?? 0;
    const after = read(next) ?? 0;
    return after > before ? [{ kind, severity, values: { count: after, delta: after - before } }] : [];
  };
}

/** The alarms one estate change raises. */
export function deriveAlarms(prev, next, settings, at = new Date()) {
  if (!prev || !next) {
    return [];
  }

  return DERIVED_RULES.flatMap((rule) => rule(prev, next, settings)).map((alarm) => ({
    ...alarm,
    id: `${next.estateId}:${alarm.kind}:${next.version}`,
    at,
    source: 'derived',
    estateId: next.estateId,
    name: next.name,
    district: next.district,
  }));
}

/** The newest alarms first, at most max of them. */
export class AlarmFeed {
  #alarms = [];
  #ids = new Set();
  #listeners = new Set();
  #max;
  #total = 0;

  constructor(max = 200) {
    this.#max = max;
  }

  get list() { return this.#alarms; }

  /** How many alarms arrived since the screen opened (the list keeps only the newest). */
  get total() { return this.#total; }

  /** Adds alarms (repeats of an id are ignored); listeners hear once per call. */
  push(...alarms) {
    const fresh = alarms.filter((alarm) => !this.#ids.has(alarm.id));
    if (fresh.length === 0) {
      return;
    }

    fresh.forEach((alarm) => this.#ids.add(alarm.id));
    this.#total += fresh.length;
    this.#alarms = [...fresh.reverse(), ...this.#alarms];
    this.#alarms.slice(this.#max).forEach((alarm) => this.#ids.delete(alarm.id));
    this.#alarms.length = Math.min(this.#alarms.length, this.#max);
    this.#listeners.forEach((listener) => listener(this));
  }

  onChange(listener) {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }
}

/** Feeds the alarms derived from a city model's changes into feed. */
export function deriveFrom(model, feed, settings) {
  return model.onChange((change) => {
    const raised = change.changed.flatMap(({ prev, next }) => deriveAlarms(prev, next, settings));
    if (raised.length > 0) {
      feed.push(...raised);
    }
  });
}

/** @typedef {import('./contract.js').AlarmBoard} AlarmBoard */
/** @typedef {import('./contract.js').BoardAlarm} BoardAlarm */
/** @typedef {import('./contract.js').AlarmSituation} AlarmSituation */

const SEVERITY_RANK = { Minor: 0, Major: 1, Critical: 2 };

/** The alarm board scopes a person may watch: the city's stream, or each of their districts'. */
export function boardScopes(reach) {
  return reach?.city ? ['alarms'] : (reach?.districts ?? []).map((d) => `alarms/${d}`);
}

/**
 * The live alarm boards (the command centre's alarm stream) of the scopes a person may watch, merged: open alarms
 * most severe then newest (the severity the stream raised them to), situations, recently cleared. The server derives
 * everything; this only merges several districts' boards for a person without a city grant.
 */
export class LiveBoards {
  /** @type {Map<string, AlarmBoard>} */
  #boards = new Map();
  #listeners = new Set();

  /** Subscribes to every scope; returns a function that ends the subscriptions. */
  watch(live, scopes) {
    const ends = scopes.map((scope) => live.subscribe(scope, (/** @type {AlarmBoard} */ board) => {
      this.#boards.set(scope, board);
      this.#listeners.forEach((listener) => listener(this));
    }));
    return () => ends.forEach((end) => end());
  }

  get received() { return this.#boards.size > 0; }

  /** @returns {BoardAlarm[]} */
  get open() {
    return [...this.#boards.values()].flatMap((b) => b.open).sort((a, b) =>
      SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] || Date.parse(b.alarm.raisedAt) - Date.parse(a.alarm.raisedAt));
  }

  /** @returns {BoardAlarm[]} */
  get recentlyCleared() { return [...this.#boards.values()].flatMap((b) => b.recentlyCleared); }

  /** @returns {AlarmSituation[]} */
  get situations() { return [...this.#boards.values()].flatMap((b) => b.situations); }

  get unacknowledged() { return [...this.#boards.values()].reduce((n, b) => n + b.unacknowledged, 0); }

  onChange(listener) {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }
}

/** Acknowledges an alarm of the stream through the dashboard's API (the silo records the signed-in person). */
export function acknowledgeAlarm(post, alarmId) {
  return post(`api/alarms/${encodeURIComponent(alarmId)}/acknowledge`, {});
}
