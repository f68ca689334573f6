// The command-centre wall screen: one estate's live occupancy and the cluster's silos.
// Snapshot first, then updates; after a reconnect it subscribes again for a fresh snapshot.
(() => {
  'use strict';

  const STATE_ORDER = ['Vacant', 'Allocated', 'Occupied', 'ExitRequested', 'Vacated', 'UnderInspection', 'UnderRepair'];
  const STATE_COLOURS = {
    Vacant: '#64748b', Allocated: '#a78bfa', Occupied: '#22c55e', ExitRequested: '#f59e0b',
    Vacated: '#f97316', UnderInspection: '#38bdf8', UnderRepair: '#ef4444',
  };
  const RETRY_MS = 5000;

  const $ = (id) => document.getElementById(id);
  const view = {
    lang: localStorage.getItem('anju.lang') === 'en' ? 'en' : 'zh',
    connection: 'connecting',
    estateId: null,
    estate: null,        // the latest EstateStatus
    estateError: null,   // { key, id } or null
    cluster: null,       // the latest ClusterStatus
  };
  const held = new Map(); // scope → version held; anything not newer is dropped
  let chart = null;
  let retryTimer = null;

  const t = (key) => window.anjuStrings[view.lang][key] ?? key;
  const format = (text, values) => text.replace(/\{(\w+)\}/g, (_, k) => values[k] ?? '');
  const number = (n) => (n ?? 0).toLocaleString(view.lang === 'zh' ? 'zh-CN' : 'en-GB');
  const time = (iso) => (iso ? new Date(iso).toLocaleString(view.lang === 'zh' ? 'zh-CN' : 'en-GB', { hour12: false }) : '—');

  // ---- rendering -------------------------------------------------------------------------
  function renderStatic() {
    document.documentElement.lang = view.lang === 'zh' ? 'zh-CN' : 'en';
    document.title = `Anju 安居 — ${t('title')}`;
    document.querySelectorAll('[data-i18n]').forEach((el) => { el.textContent = t(el.dataset.i18n); });
    $('lang').textContent = t('switchTo');
    renderConnection();
    renderEstate();
    renderCluster();
  }

  function renderConnection() {
    $('conn').dataset.state = view.connection;
    $('conn-text').textContent = t(view.connection);
  }

  function renderEstate() {
    const status = view.estate;
    const error = $('estate-error');
    error.hidden = !view.estateError;
    error.textContent = view.estateError ? format(t(view.estateError.key), { id: view.estateError.id }) : '';
    $('estate-id').textContent = view.estateId ?? '';
    if (!status) {
      return;
    }

    const { profile, occupancy } = status;
    $('estate-name').textContent = profile.name;
    $('estate-district').textContent = t('districts')[profile.district] ?? profile.district;
    $('rate').textContent = (occupancy.rate * 100).toFixed(1);
    $('dwellings').textContent = number(occupancy.dwellings);
    $('occupied').textContent = number(occupancy.occupied);
    $('updated').textContent = time(status.updatedAt);
    $('version').textContent = status.version;

    const names = t('states');
    $('states').replaceChildren(...STATE_ORDER.map((state) => {
      const li = document.createElement('li');
      li.style.setProperty('--tone', STATE_COLOURS[state]);
      li.innerHTML = '<span class="count"></span><span class="name"></span>';
      li.querySelector('.count').textContent = number(occupancy.byState?.[state]);
      li.querySelector('.name').textContent = names[state];
      return li;
    }));
    renderChart(occupancy, names);
  }

  function renderChart(occupancy, names) {
    if (!window.echarts) {
      return;
    }

    chart ??= window.echarts.init($('estate-chart'), null, { renderer: 'canvas' });
    chart.setOption({
      animationDuration: 400,
      series: [{
        type: 'pie',
        radius: ['55%', '85%'],
        avoidLabelOverlap: true,
        label: { show: false },
        itemStyle: { borderColor: '#111a2e', borderWidth: 3 },
        data: STATE_ORDER.map((state) => ({
          name: names[state],
          value: occupancy.byState?.[state] ?? 0,
          itemStyle: { color: STATE_COLOURS[state] },
        })),
      }],
      tooltip: { trigger: 'item', formatter: '{b}: {c} ({d}%)' },
    });
  }

  function renderCluster() {
    const status = view.cluster;
    const error = $('cluster-error');
    if (!status) {
      return;
    }

    $('silo-count').textContent = status.connected ? status.silos.length : '—';
    error.hidden = status.connected && status.silos.length > 0;
    error.textContent = status.connected ? t('noSilos') : t('clusterUnreachable');
    const statuses = t('siloStatus');
    $('silos').replaceChildren(...status.silos.map((silo) => {
      const li = document.createElement('li');
      li.innerHTML = '<span class="dot"></span><span class="silo-name"></span><span class="silo-address code"></span><span class="silo-started"></span>';
      li.dataset.status = silo.status;
      li.querySelector('.silo-name').textContent = `${silo.name} · ${statuses[silo.status] ?? silo.status}`;
      li.querySelector('.silo-address').textContent = silo.address;
      li.querySelector('.silo-started').textContent = `${t('started')} ${time(silo.startedAt)}`;
      return li;
    }));
  }

  // ---- live data -------------------------------------------------------------------------
  function apply(update) {
    const version = held.get(update.scope);
    if (version !== undefined && update.version <= version) {
      return;
    }

    held.set(update.scope, update.version);
    if (update.kind === 'estate' && update.scope === `estate/${view.estateId}`) {
      view.estate = update.payload;
      view.estateError = null;
      renderEstate();
    }
  }

  const connection = new signalR.HubConnectionBuilder()
    .withUrl('hubs/live')
    // Never give up: a wall screen must come back by itself after any outage.
    .withAutomaticReconnect({ nextRetryDelayInMilliseconds: (ctx) => Math.min(1000 * 2 ** ctx.previousRetryCount, 10000) })
    .build();

  connection.on('snapshot', apply);
  connection.on('updates', (updates) => updates.forEach(apply));
  connection.on('cluster', (status) => { view.cluster = status; renderCluster(); });
  connection.onreconnecting(() => setConnection('reconnecting'));
  connection.onreconnected(() => { setConnection('connected'); subscribe(); });
  connection.onclose(() => { setConnection('disconnected'); setTimeout(start, RETRY_MS); });

  function setConnection(state) {
    view.connection = state;
    renderConnection();
  }

  async function subscribe() {
    clearTimeout(retryTimer);
    held.clear(); // a (re)subscription brings a fresh snapshot
    try {
      await connection.invoke('SubscribeCluster');
      await connection.invoke('Subscribe', `estate/${view.estateId}`);
    } catch (err) {
      const missing = /no such estate/.test(String(err?.message));
      view.estateError = { key: missing ? 'noSuchEstate' : 'estateUnavailable', id: view.estateId };
      renderEstate();
      if (connection.state === signalR.HubConnectionState.Connected) {
        retryTimer = setTimeout(subscribe, missing ? 3 * RETRY_MS : RETRY_MS);
      }
    }
  }

  async function start() {
    try {
      await connection.start();
      setConnection('connected');
      await subscribe();
    } catch {
      setConnection('disconnected');
      setTimeout(start, RETRY_MS);
    }
  }

  async function main() {
    const params = new URLSearchParams(location.search);
    let featured = 'TH-0001';
    try {
      featured = (await (await fetch('api/config')).json()).featuredEstate ?? featured;
    } catch {
      // The page still works with the built-in default.
    }

    view.estateId = params.get('estate') || featured;
    $('lang').addEventListener('click', () => {
      view.lang = view.lang === 'zh' ? 'en' : 'zh';
      localStorage.setItem('anju.lang', view.lang);
      renderStatic();
    });
    window.addEventListener('resize', () => chart?.resize());
    const tick = () => { $('clock').textContent = new Date().toLocaleTimeString('zh-CN', { hour12: false }); };
    tick();
    setInterval(tick, 1000);
    renderStatic();
    await start();
  }

  main();
})();
