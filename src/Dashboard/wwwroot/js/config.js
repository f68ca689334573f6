// The screens' settings (GET api/config, from the "Dashboard" configuration section) and the city-wide scopes the
// signed-in person may watch, read once. Without a session the page goes to the sign-in page.

import { get } from './api.js';

const DEFAULTS = { featuredEstate: 'TH-0001', healthAlarmBelow: 60, healthWatchBelow: 85, trendMinutes: 60, reach: { city: true, districts: [] }, permissions: [] };

let loading = null;

export function loadConfig() {
  loading ??= get('api/config')
    .then((result) => (result.ok ? result.body : {}))
    .catch(() => ({})) // the screens still work with the built-in defaults
    .then((settings) => ({ ...DEFAULTS, ...settings }));
  return loading;
}
