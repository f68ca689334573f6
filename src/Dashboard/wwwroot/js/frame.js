// DOM work is batched per animation frame: however many updates arrive in between, each job
// (keyed, latest wins) runs once in the next frame. A failing job is reported and does not stop
// the others, so one broken panel cannot freeze the wall.

const jobs = new Map();
let requested = false;

function flush() {
  requested = false;
  const due = [...jobs.values()];
  jobs.clear();
  for (const job of due) {
    try {
      job();
    } catch (error) {
      // Re-thrown outside the loop so it still surfaces as an uncaught error (and fails tests).
      setTimeout(() => { throw error; });
    }
  }
}

/** Runs job in the next animation frame; a later call with the same key replaces it. */
export function inFrame(key, job) {
  jobs.set(key, job);
  if (!requested) {
    requested = true;
    requestAnimationFrame(flush);
  }
}

/** Calls fn at most once per interval (leading and trailing), for work too heavy for every frame. */
export function throttle(fn, intervalMs) {
  let last = 0;
  let timer = null;
  return function throttled() {
    const wait = last + intervalMs - Date.now();
    if (wait <= 0) {
      clearTimeout(timer);
      timer = null;
      last = Date.now();
      fn();
    } else if (!timer) {
      timer = setTimeout(() => { timer = null; last = Date.now(); fn(); }, wait);
    }
  };
}
