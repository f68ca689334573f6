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
