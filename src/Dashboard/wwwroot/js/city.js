// @ts-check
// The city as the screens see it: the `city` scope plus the eleven `district/XX` scopes, whose
// updates carry every estate's summary; for someone whose grants reach only some districts (a district
// operator), just those districts (api/config says which, by the hub's own rule). Keeps the newest summary per estate and tells listeners
// which estates changed (with the summary they replaced), so panels touch only what moved. The headline totals are the
// server's own (the city's, or the watched districts'), never re-added here from the estates.

import { loadConfig } from './config.js';
import { Scopes } from './contract.js';
import { live } from './live.js';

/** Guangzhou's districts, in the order the screens list them. */
export const DISTRICTS = ['TH', 'YX', 'HZ', 'LW', 'BY', 'HP', 'PY', 'HD', 'NS', 'CH', 'ZC'];

/** @typedef {import('./contract.js').CityStatus} CityStatus */
/** @typedef {import('./contract.js').DistrictStatus} DistrictStatus */
/** @typedef {import('./contract.js').EstateSummary} EstateSummary */
/** @typedef {import('./contract.js').EstateTotals} EstateTotals */
/** @typedef {import('./contract.js').OccupancyCounts} OccupancyCounts */
/**
 * What the screens' headline figures read: the server's totals (CityStatus, or the watched districts' DistrictStatus).
 * @typedef {EstateTotals & { estates: number, occupancy: OccupancyCounts }} Totals
 */
/**
 * A district as the model holds it.
 * @typedef {{ code: string, name: string, version: number, estates: number, occupancy: OccupancyCounts, totals: EstateTotals, ids: string[] }} DistrictEntry
 */
/**
 * What changed with one update.
 * @typedef {{ district?: string, city?: boolean, changed: { prev: EstateSummary | undefined, next: EstateSummary }[], removed: EstateSummary[], structural: boolean }} Change
 */

/** The totals before the server's first snapshot: every count 0. @returns {Totals} */
function emptyTotals() {
  return {
    estates: 0,
    occupancy: { dwellings: 0, occupied: 0, byState: {}, rate: 0 },
    residency: {
      households: 0, residents: 0, rentOwing: 0, rentSerious: 0, reviewsOverdue: 0,
      deductionWarnings: 0, exitReviews: 0, specialGroupHouseholds: 0,
    },
    incidents: {
      openCritical: 0, openMajor: 0, openMinor: 0, overdue: 0, escalated: 0, openInfo: 0, acknowledged24h: 0,
      minutesToAcknowledgeSum24h: 0, closed24h: 0, minutesToCloseSum24h: 0, open: 0, meanMinutesToAcknowledge24h: null,
      meanMinutesToClose24h: null,
    },
    security: {
      guardsOnDuty: 0, guardsRequired: 0, camerasOnline: 0, camerasTotal: 0, activeAlarms: 0, unacknowledgedAlarms: 0,
      underStaffedEstates: 0, missedCheckpointsToday: 0, patrolMinutesToday: 0, roundsCompletedToday: 0,
      roundsScheduledToday: 0, vacantShifts: 0, unconfirmedShifts: 0, absentFromShift: 0,
    },
    facilities: {
      openFaults: 0, overdueFaults: 0, facilities: 0, inService: 0, degraded: 0, outOfService: 0, preventiveOpen: 0,
      preventiveOverdue: 0, activeAlarms: 0, unacknowledgedAlarms: 0, estatesWithRegister: 0,
    },
  };
}

/**
 * The sum of a few districts' published totals, for someone whose grants reach only those districts (the city's
 * totals are what everyone else reads). Counts add up; the means of the 24-hour times are not shown from here.
 * @param {DistrictEntry[]} districts
 * @returns {Totals}
 */
function districtTotals(districts) {
  const total = emptyTotals();
  for (const district of districts) {
    total.estates += district.estates;
    addCounts(total.occupancy, district.occupancy);
    for (const section of /** @type {const} */ (['residency', 'incidents', 'security', 'facilities'])) {
      addCounts(total[section], district.totals[section]);
    }

    for (const [state, count] of Object.entries(district.occupancy.byState)) {
      total.occupancy.byState[state] = (total.occupancy.byState[state] ?? 0) + count;
    }
  }

  total.occupancy.rate = total.occupancy.dwellings > 0 ? total.occupancy.occupied / total.occupancy.dwellings : 0;
  return total;
}

/**
 * Adds every numeric field of part to total, in place.
 * @param {Record<string, any>} total
 * @param {Record<string, any>} part
 */
function addCounts(total, part) {
  for (const [key, value] of Object.entries(part)) {
    if (typeof value === 'number' && typeof total[key] === 'number') {
      total[key] += value;
    }
  }
}

class CityModel {
  /** @type {Map<string, EstateSummary>} estateId → summary */
  #estates = new Map();
  /** @type {Map<string, DistrictEntry>} code → district */
  #districts = new Map();
  /** @type {CityStatus | null} */
  #city = null;
  /** @type {Set<(change: Change, model: CityModel) => void>} */
  #listeners = new Set();
  /** @type {Totals} */
  #totals = emptyTotals();
  /** @type {string[] | null} the district codes watched, once the configuration says which */
  #watched = null;
  #cityWide = false;

  constructor() {
    loadConfig().then(({ reach }) => this.#watch(reach));
  }

  /** @param {{ city: boolean, districts: string[] }} reach */
  #watch(reach) {
    const city = reach?.city !== false;
    this.#cityWide = city;
    this.#watched = city ? DISTRICTS : DISTRICTS.filter((code) => reach.districts.includes(code));
    if (city) {
      live.subscribe(Scopes.city, (/** @type {CityStatus} */ status) => {
        this.#city = status;
        this.#totals = { ...status.totals, estates: status.estates, occupancy: status.occupancy };
        this.#emit({ city: true, changed: [], removed: [], structural: false });
      });
    }

    for (const code of this.#watched) {
      live.subscribe(Scopes.district(code), (/** @type {DistrictStatus} */ status) => this.#applyDistrict(code, status));
    }

    this.#emit({ changed: [], removed: [], structural: true });
  }

  /** Every estate summary held, by id. */
  get estates() { return this.#estates; }

  /** The latest CityStatus (occupancy per district), or null before its snapshot. */
  get city() { return this.#city; }

  /** The districts that have sent a snapshot, in screen order. */
  get districts() {
    return DISTRICTS.filter((code) => this.#districts.has(code)).map((code) => this.#districts.get(code));
  }

  /** @param {string} code */
  district(code) { return this.#districts.get(code); }

  /** The districts this screen watches (all of them for a city-wide grant); empty until known. */
  get watched() { return this.#watched ?? []; }

  /** True once every watched district has sent its snapshot. */
  get complete() { return this.#watched !== null && this.#districts.size === this.#watched.length; }

  /** The headline totals as the server publishes them: the city's, or for a district operator their districts'. */
  get totals() { return this.#totals; }

  /**
   * Calls listener(change) after each update: { district, changed: [{ prev, next }], removed: [summary],
   * structural } where structural means estates were added or removed. Returns an unsubscribe function.
   * @param {(change: Change, model: CityModel) => void} listener
   */
  onChange(listener) {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /**
   * @param {string} code
   * @param {DistrictStatus} status
   */
  #applyDistrict(code, status) {
    const previous = this.#districts.get(code);
    /** @type {string[]} */
    const ids = [];
    /** @type {Change['changed']} */
    const changed = [];
    let added = false;
    for (const next of status.estates ?? []) {
      ids.push(next.estateId);
      const prev = this.#estates.get(next.estateId);
      if (!prev || prev.version !== next.version) {
        this.#estates.set(next.estateId, next);
        changed.push({ prev, next });
        added ||= !prev;
      }
    }

    const kept = new Set(ids);
    const removed = (previous?.ids ?? []).filter((id) => !kept.has(id)).map((id) => {
      const gone = this.#estates.get(id);
      this.#estates.delete(id);
      return gone;
    }).filter((gone) => gone !== undefined);
    this.#districts.set(code, {
      code, name: status.name, version: status.version, estates: ids.length, occupancy: status.occupancy, totals: status.totals, ids,
    });
    if (!this.#cityWide) {
      this.#totals = districtTotals([...this.#districts.values()]);
    }

    this.#emit({ district: code, changed, removed, structural: added || removed.length > 0 || !previous });
  }

  /** @param {Change} change */
  #emit(change) {
    this.#listeners.forEach((listener) => listener(change, this));
  }
}

/** @type {CityModel | null} */
let model = null;

/** The page's city model; the first call subscribes to the city and district scopes. @returns {CityModel} */
export function cityModel() {
  model ??= new CityModel();
  return model;
}
