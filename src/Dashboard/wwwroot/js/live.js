// @ts-check
// The screen's one connection to the live hub (/hubs/live) and its subscriptions.
//
// - subscribe(scope, onData, onError) watches a scope: the hub sends a snapshot, then updates.
//   Several panels may watch one scope; the hub is asked once.
// - Versions only go up: anything not newer than the version held for a scope is dropped
//   (versions are integers below 2^53, exact as JavaScript numbers).
// - After a reconnect, or when the dashboard host gets its cluster back, every scope is
//   subscribed again and the fresh snapshot is taken whatever its version.
// - A refused subscription (unknown estate, cluster away) is retried until it succeeds, except one the
//   person's grants do not reach (code `forbidden`): that stays refused until they sign in with other grants.
//   Watchers get the refusal's code (contract.js, HubErrorCode) and act on it, never on the hub's text.
// - A connection refused for want of a session (401: none, expired, or ended by an account change)
//   sends the browser to the sign-in page.
// - state: connecting | connected | reconnecting | disconnected, plus the cluster status and the
//   time of the last message, so the header can say when the figures may be stale.

import { toSignIn } from './api.js';
import { HubErrorCode } from './contract.js';

/** @typedef {import('./contract.js').LiveUpdate} LiveUpdate */
/** @typedef {import('./contract.js').HubErrorCodeName} HubErrorCodeName */
/** @typedef {import('./contract.js').ClusterStatus} ClusterStatus */
/**
 * A refused hub call: its code (null for a failure that is no refusal, e.g. the connection dropped) and message.
 * @typedef {{ code: HubErrorCodeName | null, message: string }} HubRefusal
 */
/**
 * @typedef {object} Watcher
 * @property {((payload: any, update: LiveUpdate) => void) | undefined} onData
 * @property {((refusal: HubRefusal) => void) | undefined} onError
 */
/**
 * @typedef {object} ScopeEntry
 * @property {Set<Watcher>} watchers
 * @property {number | null} version
 * @property {LiveUpdate | null} last
 * @property {ReturnType<typeof setTimeout> | undefined} timer
 * @property {HubRefusal | null} error
 */

const RETRY_MS = 3000;
const MISSING_RETRY_MS = 10000;

class Live {
  /** @type {import('@microsoft/signalr').HubConnection | null} */
  #connection = null;
  /** @type {'connecting' | 'connected' | 'reconnecting' | 'disconnected'} */
  #state = 'connecting';
  /** @type {ClusterStatus | null} */
  #cluster = null;
  /** @type {Date | null} */
  #lastMessageAt = null;
  /** @type {Map<string, ScopeEntry>} */
  #scopes = new Map();
  /** @type {Set<(live: Live) => void>} */
  #stateListeners = new Set();
  /** @type {Set<(status: ClusterStatus) => void>} */
  #clusterListeners = new Set();
  #started = false;

  get state() { return this.#state; }

  get cluster() { return this.#cluster; }

  get lastMessageAt() { return this.#lastMessageAt; }

  /** True while figures can be trusted: connected, and the host reaches the cluster. */
  get fresh() { return this.#state === 'connected' && this.#cluster?.connected !== false; }

  /**
   * Listens to connection-state and freshness changes; called at once with the current state.
   * @param {(live: Live) => void} listener
   */
  onState(listener) {
    this.#stateListeners.add(listener);
    listener(this);
    return () => this.#stateListeners.delete(listener);
  }

  /**
   * Listens to the cluster panel (ClusterStatus); called at once when one is held.
   * @param {(status: ClusterStatus) => void} listener
   */
  onCluster(listener) {
    this.#clusterListeners.add(listener);
    if (this.#cluster) {
      listener(this.#cluster);
    }

    return () => this.#clusterListeners.delete(listener);
  }

  /**
   * Watches a scope (contract.js, Scopes): onData(payload, update) for the snapshot and every newer update,
   * onError(refusal) while the hub refuses it (it keeps retrying unless forbidden). Returns a function that
   * stops watching. A watcher names its payload's record (contract.js) on its parameter.
   * @param {string} scope
   * @param {(payload: any, update: LiveUpdate) => void} [onData]
   * @param {(refusal: HubRefusal) => void} [onError]
   * @returns {() => void}
   */
  subscribe(scope, onData, onError) {
    /** @type {Watcher} */
    const watcher = { onData, onError };
    let entry = this.#scopes.get(scope);
    if (!entry) {
      entry = { watchers: new Set(), version: null, last: null, timer: undefined, error: null };
      this.#scopes.set(scope, entry);
      entry.watchers.add(watcher);
      this.#start();
      if (this.#state === 'connected') {
        this.#subscribeScope(scope);
      }
    } else {
      entry.watchers.add(watcher);
      if (entry.last) {
        onData?.(entry.last.payload, entry.last);
      } else if (entry.error) {
        onError?.(entry.error);
      }
    }

    return () => this.#unsubscribe(scope, watcher);
  }

  /**
   * Calls a hub method (e.g. GetEstateLayout); rejects when not connected.
   * @param {string} method
   * @param {...any} args
   * @returns {Promise<any>}
   */
  invoke(method, ...args) {
    if (this.#state !== 'connected' || !this.#connection) {
      return Promise.reject(new Error('not connected'));
    }

    return this.#connection.invoke(method, ...args);
  }

  /**
   * The one way an update enters the screen: drops it unless newer than the version held,
   * then hands the payload to the scope's watchers. Returns true when it was applied.
   * @param {LiveUpdate} update
   * @returns {boolean}
   */
  receive(update) {
    this.#lastMessageAt = new Date();
    const entry = this.#scopes.get(update?.scope);
    if (!entry || (entry.version !== null && update.version <= entry.version)) {
      return false;
    }

    entry.version = update.version;
    entry.last = update;
    entry.error = null;
    for (const watcher of [...entry.watchers]) {
      watcher.onData?.(update.payload, update);
    }

    return true;
  }

  #start() {
    if (this.#started) {
      return;
    }

    this.#started = true;
    const signalR = window.signalR;
    this.#connection = new signalR.HubConnectionBuilder()
      .withUrl('hubs/live')
      // Never give up: a wall screen must come back by itself after any outage, and soon after
      // the host is back (retries every few seconds at most; each is one cheap request).
      .withAutomaticReconnect({
        nextRetryDelayInMilliseconds: (ctx) => {
          if (/** @type {{ statusCode?: number }} */ (ctx.retryReason)?.statusCode === 401) {
            toSignIn();
            return null;
          }

          return Math.min(500 + 1000 * ctx.previousRetryCount, 5000);
        },
      })
      .build();
    this.#connection.on('snapshot', (/** @type {LiveUpdate} */ update) => this.receive(update));
    this.#connection.on('updates', (/** @type {LiveUpdate[]} */ updates) => updates.forEach((update) => this.receive(update)));
    this.#connection.on('cluster', (/** @type {ClusterStatus} */ status) => this.#onCluster(status));
    this.#connection.onreconnecting(() => this.#setState('reconnecting'));
    this.#connection.onreconnected(() => this.#onConnected());
    this.#connection.onclose(() => {
      this.#setState('disconnected');
      setTimeout(() => this.#connect(), RETRY_MS);
    });
    this.#connect();
  }

  async #connect() {
    if (!this.#connection || this.#connection.state !== window.signalR.HubConnectionState.Disconnected) {
      return;
    }

    try {
      await this.#connection.start();
      this.#onConnected();
    } catch (error) {
      if (/** @type {{ statusCode?: number } | undefined} */ (error)?.statusCode === 401) {
        toSignIn();
        return;
      }

      this.#setState('disconnected');
      setTimeout(() => this.#connect(), RETRY_MS);
    }
  }

  #onConnected() {
    this.#setState('connected');
    this.#connection?.invoke('SubscribeCluster').catch(() => { /* the next reconnect asks again */ });
    this.#resubscribeAll();
  }

  /** @param {ClusterStatus} status */
  #onCluster(status) {
    const cameBack = this.#cluster && !this.#cluster.connected && status.connected;
    this.#cluster = status;
    this.#lastMessageAt = new Date();
    this.#clusterListeners.forEach((listener) => listener(status));
    this.#notifyState();
    if (cameBack) {
      // Updates published while the host was cut off never reached it: take fresh snapshots.
      this.#resubscribeAll();
    }
  }

  #resubscribeAll() {
    for (const scope of this.#scopes.keys()) {
      this.#subscribeScope(scope);
    }
  }

  /** @param {string} scope */
  async #subscribeScope(scope) {
    const entry = this.#scopes.get(scope);
    if (!entry || !this.#connection) {
      return;
    }

    clearTimeout(entry.timer);
    entry.version = null; // the snapshot on its way is the truth, whatever its version
    try {
      /** @type {LiveUpdate | null} */
      const snapshot = await this.#connection.invoke('Subscribe', scope);
      if (snapshot) {
        this.receive(snapshot);
      }
    } catch (error) {
      if (!this.#scopes.has(scope)) {
        return;
      }

      const refusal = refusalOf(error);
      entry.error = refusal;
      entry.watchers.forEach((watcher) => watcher.onError?.(refusal));
      if (this.#state === 'connected' && refusal.code !== HubErrorCode.forbidden) {
        entry.timer = setTimeout(() => this.#subscribeScope(scope), refusal.code === HubErrorCode.notFound ? MISSING_RETRY_MS : RETRY_MS);
      }
    }
  }

  /**
   * @param {string} scope
   * @param {Watcher} watcher
   */
  #unsubscribe(scope, watcher) {
    const entry = this.#scopes.get(scope);
    if (!entry || !entry.watchers.delete(watcher) || entry.watchers.size > 0) {
      return;
    }

    clearTimeout(entry.timer);
    this.#scopes.delete(scope);
    if (this.#state === 'connected') {
      this.#connection?.invoke('Unsubscribe', scope).catch(() => { /* the hub forgets on disconnect anyway */ });
    }
  }

  /** @param {'connecting' | 'connected' | 'reconnecting' | 'disconnected'} state */
  #setState(state) {
    this.#state = state;
    this.#notifyState();
  }

  #notifyState() {
    this.#stateListeners.forEach((listener) => listener(this));
  }
}

const CODES = new Set(Object.values(HubErrorCode));

/**
 * The code and message of a failed hub call: SignalR passes a refusal on as "… HubException: <code>: <detail>".
 * @param {unknown} error
 * @returns {HubRefusal}
 */
export function refusalOf(error) {
  const message = String(error instanceof Error ? error.message : error);
  const code = /HubException: ([a-z-]+): /.exec(message)?.[1];
  return { code: code && CODES.has(/** @type {HubErrorCodeName} */ (code)) ? /** @type {HubErrorCodeName} */ (code) : null, message };
}

/** The page's one live connection (a module is evaluated once per page). */
export const live = new Live();
