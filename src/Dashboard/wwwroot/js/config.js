// The screens' settings (GET api/config, from the "Dashboard" configuration section), read once.
const DEFAULTS = { featuredEstate: 'TH-0001', healthAlarmBelow: 60, healthWatchBelow: 85, trendMinutes: 60 };

let loading = null;

export function loadConfig() {
  loading ??= fetch('api/config')
    .then((response) => (response.ok ? response.json() : {}))
    .catch(() => ({})) // the screens still work with the built-in defaults
    .then((settings) => ({ ...DEFAULTS, ...settings }));
  return loading;
}
