// Health score (0–100, docs/health-score.md) → colour band and tile colour.
// The band thresholds come from the "Dashboard" configuration (healthAlarmBelow, healthWatchBelow).

// Dark enough for white text at every step (contrast ≥ 4.5:1).
const STOPS = [
  [0, [127, 29, 29]],
  [40, [185, 28, 28]],
  [60, [194, 65, 12]],
  [72, [180, 83, 9]],
  [85, [77, 124, 15]],
  [100, [21, 128, 61]],
];
const NO_SCORE = '#334155';

/** good | watch | alarm | none (no score yet). */
export function band(score, settings) {
  if (score == null) {
    return 'none';
  }

  if (score < settings.healthAlarmBelow) {
    return 'alarm';
  }

  return score < settings.healthWatchBelow ? 'watch' : 'good';
}

/** A continuous colour for a score: green at 100 through amber to dark red at 0. */
export function colour(score) {
  if (score == null) {
    return NO_SCORE;
  }

  const s = Math.max(0, Math.min(100, score));
  const upper = STOPS.findIndex(([at]) => at >= s);
  if (upper <= 0) {
    return rgb(STOPS[0][1]);
  }

  const [a, from] = STOPS[upper - 1];
  const [b, to] = STOPS[upper];
  const k = (s - a) / (b - a);
  return rgb(from.map((c, i) => Math.round(c + (to[i] - c) * k)));
}

const rgb = ([r, g, b]) => `rgb(${r}, ${g}, ${b})`;

/** The score of an estate summary or status, or null before its first health result. */
export const scoreOf = (estate) => estate?.health?.score ?? null;
