// The city as the screens see it: the `city` scope plus the eleven `district/XX` scopes, whose
// updates carry every estate's summary; for someone whose grants reach only some districts (a district
// operator), just those districts (api/config says which, by the hub's own rule). Keeps the newest summary per estate and tells listeners
// which estates changed (with the summary they replaced), so panels touch only what moved.

import { loadConfig } from './config.js';
import { live } from './live.js';

/** Guangzhou's districts, in the order the screens list them. */
export const DISTRICTS = ['TH', 'YX', 'HZ', 'LW', 'BY', 'HP', 'PY', 'HD', 'NS', 'CH', 'ZC'];

const ZERO = {
  residency: {
    households: 0, residents: 0, rentOwing: 0, rentSerious: 0, reviewsOverdue: 0,
    deductionWarnings: 0, exitReviews: 0, specialGroupHouseholds: 0,
  },
  incidents: { openCritical: 0, openMajor: 0, openMinor: 0, overdue: 0, escalated: 0 },
  security: { guardsOnDuty: 0, guardsRequired: 0, camerasOnline: 0, camerasTotal: 0 },
  facilities: { openFaults: 0, overdueFaults: 0 },
};

const SECTIONS = ['residency', 'incidents', 'security', 'facilities'];

/** An empty total: every count 0. */
export function emptyTotals() {
  return {
    estates: 0,
    occupancy: { dwellings: 0, occupied: 0, byState: {}, rate: 0 },
    residency: { ...ZERO.residency },
    incidents: { ...ZERO.incidents },
    security: { ...ZERO.security },
    facilities: { ...ZERO.facilities },
  };
}

/** Adds (sign 1) or takes away (sign −1) one estate's counts from total, in place. */
export function addEstate(total, estate, sign = 1) {
  total.estates += sign;
  total.occupancy.dwellings += sign * (estate.occupancy?.dwellings ?? 0);
  total.occupancy.occupied += sign * (estate.occupancy?.occupied ?? 0);
  for (const [state, count] of Object.entries(estate.occupancy?.byState ?? {})) {
    total.occupancy.byState[state] = (total.occupancy.byState[state] ?? 0) + sign * count;
  }

  for (const section of SECTIONS) {
    const part = estate[section];
    if (part) {
      for (const key of Object.keys(total[section])) {
        total[section][key] += sign * (part[key] ?? 0);
      }
    }
  }

  total.occupancy.rate = total.occupancy.dwellings > 0 ? total.occupancy.occupied / total.occupancy.dwellings : 0;
  return total;
}

class CityModel {
  #estates = new Map(); // estateId → EstateSummary
  #districts = new Map(); // code → { code, name, version, estates: count, occupancy, ids: string[] }
  #city = null;
  #listeners = new Set();
  #totals = emptyTotals(); // kept up to date per changed estate, not re-added per update
  #watched = null; // the district codes watched, once the configuration says which

  constructor() {
    loadConfig().then(({ reach }) => this.#watch(reach));
  }

  #watch(reach) {
    const city = reach?.city !== false;
    this.#watched = city ? DISTRICTS : DISTRICTS.filter((code) => reach.districts.includes(code));
    if (city) {
      live.subscribe('city', (status) => {
        this.#city = status;
        this.#emit({ city: true, changed: [], removed: [], structural: false });
      });
    }

    for (const code of this.#watched) {
      live.subscribe(`district/${code}`, (status) => this.#applyDistrict(code, status));
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

  district(code) { return this.#districts.get(code); }

  /** The districts this screen watches (all of them for a city-wide grant); empty until known. */
  get watched() { return this.#watched ?? []; }

  /** True once every watched district has sent its snapshot. */
  get complete() { return this.#watched !== null && this.#districts.size === this.#watched.length; }

  /** City totals over every estate held. */
  get totals() { return this.#totals; }

  /**
   * Calls listener(change) after each update: { district, changed: [{ prev, next }], removed: [summary],
   * structural } where structural means estates were added or removed. Returns an unsubscribe function.
   */
  onChange(listener) {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  #applyDistrict(code, status) {
    const previous = this.#districts.get(code);
    const ids = [];
    const changed = [];
    let added = false;
    for (const next of status.estates ?? []) {
      ids.push(next.estateId);
      const prev = this.#estates.get(next.estateId);
      if (!prev || prev.version !== next.version) {
        this.#estates.set(next.estateId, next);
        if (prev) {
          addEstate(this.#totals, prev, -1);
        }

        addEstate(this.#totals, next);
        changed.push({ prev, next });
        added ||= !prev;
      }
    }

    const kept = new Set(ids);
    const removed = (previous?.ids ?? []).filter((id) => !kept.has(id)).map((id) => {
      const gone = this.#estates.get(id);
      this.#estates.delete(id);
      if (gone) {
        addEstate(this.#totals, gone, -1);
      }

      return gone;
    }).filter(Boolean);
    this.#districts.set(code, {
      code, name: status.name, version: status.version, estates: ids.length, occupancy: status.occupancy, ids,
    });
    this.#emit({ district: code, changed, removed, structural: added || removed.length > 0 || !previous });
  }

  #emit(change) {
    this.#listeners.forEach((listener) => listener(change, this));
  }
}

let model = null;

/** The page's city model; the first call subscribes to the city and district scopes. */
export function cityModel() {
  model ??= new CityModel();
  return model;
}
