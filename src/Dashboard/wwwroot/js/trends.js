// Series of key figures accumulated in the browser since the screen opened (nothing is stored
// server-side). One point per second at most: a burst of updates moves the last point instead of
// adding many. A point is repeated every HEARTBEAT_MS so a quiet figure's line still reaches now.

const HEARTBEAT_MS = 30_000;
const STEP_MS = 1000;

export class Trends {
  #series = new Map(); // key → [[time, value], …]
  #keepMs;

  constructor(minutes) {
    this.#keepMs = Math.max(1, minutes) * 60_000;
  }

  /** Records the current value of each figure in figures ({ key: number }). */
  record(figures, now = Date.now()) {
    for (const [key, value] of Object.entries(figures)) {
      if (value == null || Number.isNaN(value)) {
        continue;
      }

      const points = this.#series.get(key) ?? [];
      const last = points.at(-1);
      if (last && now - last[0] < STEP_MS) {
        last[1] = value;
      } else if (!last || last[1] !== value || now - last[0] >= HEARTBEAT_MS) {
        points.push([now, value]);
      }

      while (points.length > 2 && now - points[0][0] > this.#keepMs) {
        points.shift();
      }

      this.#series.set(key, points);
    }
  }

  /** The points of one figure, oldest first. */
  series(key) { return this.#series.get(key) ?? []; }
}
