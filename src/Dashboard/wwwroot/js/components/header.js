// The shared header: screen title, navigation between screens, the person signed in with their posts and the
// sign-out button, connection and cluster state, clock and language switch; plus the banner that says when the
// figures may be stale.

import { loadConfig } from '../config.js';
import { h, setText } from '../dom.js';
import { clock, dateTime } from '../format.js';
import { applyStatic, nameOf, t, toggleLanguage } from '../i18n.js';
import { live } from '../live.js';
import { me, signOut } from '../session.js';
import { panel } from './panel.js';

const SCREENS = [
  ['wall', './'],
  ['estate', 'estate.html'],
  ['security', 'security.html'],
  ['housing', 'housing.html'],
  ['incidents', 'incidents.html'],
  ['facilities', 'facilities.html'],
  ['queue', 'queue.html'],
  ['contracts', 'contracts.html'],
  ['money', 'money.html'],
  ['exits', 'exits.html'],
  ['allocation', 'allocation.html'],
  ['agency', 'agency.html'],
  ['grid', 'grid.html'],
  ['community', 'community.html'],
  ['orleans', 'orleans/'],
];

/** Screens shown only to those who hold one of these permissions somewhere (GET api/config's permissions). */
const NEEDS = {
  contracts: ['ReadContracts'],
  money: ['ReadFees', 'ReadAccounts'],
  exits: ['ReadCasework'],
  allocation: ['ReadAllocations', 'RegisterAddresses'],
  agency: ['ReadCasework'],
  grid: ['ReadCommunity'],
  community: ['ReadCommunity'],
  orleans: ['Administer'],
};

/** The desks of casework and community sit under one menu, so a post holding them all keeps a header of one line
 * on a wall screen (the wall-size test holds every screen to that at 1920×1080). */
const GROUPED = new Set(['exits', 'allocation', 'agency', 'grid', 'community']);

export function mountHeader(root) {
  const screen = root.dataset.screen;
  const links = SCREENS.map(([key, href]) =>
    h('a', { href, dataset: { screen: key, i18n: `nav.${key}` }, 'aria-current': key === screen ? 'page' : null, hidden: key in NEEDS && key !== screen }, t(`nav.${key}`)));
  const grouped = links.filter((a) => GROUPED.has(a.dataset.screen ?? ''));
  const more = h('details', { id: 'nav-more', class: 'nav-more', dataset: { current: GROUPED.has(screen ?? '') ? 'true' : 'false' } },
    h('summary', { dataset: { i18n: 'nav.more' } }, t('nav.more')), h('div', { class: 'nav-more-pop' }, grouped));
  const showMore = () => { more.hidden = grouped.every((a) => a.hidden); };
  showMore();
  const nav = h('nav', { id: 'nav', class: 'nav' }, [...links.filter((a) => !grouped.includes(a)), more]);
  loadConfig().then((settings) => {
    const held = new Set(settings.permissions ?? []);
    for (const [key, needs] of Object.entries(NEEDS)) {
      const link = nav.querySelector(`a[data-screen=${key}]`);
      if (link) {
        link.hidden = key !== screen && !needs.some((p) => held.has(p));
      }
    }
    showMore();
  });
  const connText = h('span', { id: 'conn-text' });
  const conn = h('span', { id: 'conn', class: 'conn', role: 'status', 'aria-live': 'polite', dataset: { state: live.state } },
    h('span', { class: 'dot' }), connText);
  const siloCount = h('span', { id: 'silo-count' }, '—');
  const siloLabel = h('span', { class: 'cluster-label', dataset: { i18n: 'cluster' } }, t('cluster'));
  const silos = h('ul', { id: 'silos', class: 'silos' });
  const clusterError = h('p', { id: 'cluster-error', class: 'cluster-error', hidden: true });
  const cluster = h('details', { id: 'cluster', class: 'cluster', dataset: { state: 'unknown' } },
    h('summary', {}, h('span', { class: 'dot' }), siloLabel, siloCount), h('div', { class: 'cluster-pop' }, clusterError, silos));
  const time = h('time', { id: 'clock', class: 'clock' });
  const lang = h('button', { id: 'lang', class: 'lang', type: 'button', 'aria-label': 'Language / 语言', onclick: toggleLanguage });
  const personName = h('span', { id: 'person-name', class: 'person-name' });
  const personRoles = h('span', { id: 'person-roles', class: 'person-roles' });
  const person = h('span', { id: 'person', class: 'person' }, personName, personRoles);
  const leave = h('button', { id: 'signout', class: 'lang', type: 'button', onclick: signOut });
  let who = null;
  const stale = h('div', { id: 'stale', class: 'stale', role: 'alert', hidden: true });

  root.classList.add('bar');
  root.replaceChildren(
    h('h1', { class: 'title' }, h('span', { class: 'brand' }, 'Anju 安居'), h('span', { id: 'screen-title', dataset: { i18n: `screen.${screen}` } })),
    nav,
    h('div', { class: 'bar-right' }, conn, cluster, time, person, leave, lang),
  );
  root.after(stale);

  const refresh = panel(() => {
    document.title = `Anju 安居 — ${t(`screen.${screen}`)}`;
    setText(lang, t('switchTo'));
    setText(leave, t('signOut'));
    setText(personName, who?.displayName || who?.userName || '');
    setText(personRoles, (who?.roles ?? []).map((role) => nameOf('posts', role)).join(' · '));
    conn.dataset.state = live.state;
    setText(connText, t(`conn.${live.state}`));
    drawCluster(live.cluster);
    // Not while first connecting: there is nothing on screen yet to distrust.
    const showStale = !live.fresh && live.state !== 'connecting';
    stale.hidden = !showStale;
    document.body.classList.toggle('is-stale', showStale);
    if (showStale) {
      const why = live.state === 'connected' ? t('staleCluster') : t('stale');
      const last = live.lastMessageAt ? t('lastUpdate', { time: clock(live.lastMessageAt) }) : t('never');
      setText(stale, `${why} · ${last}`);
    }
  });

  function drawCluster(status) {
    if (!status) {
      return;
    }

    cluster.dataset.state = !status.connected ? 'unreachable' : status.silos.length === 0 ? 'empty' : 'ok';
    setText(siloCount, status.connected ? status.silos.length : '—');
    clusterError.hidden = status.connected && status.silos.length > 0;
    setText(clusterError, status.connected ? t('noSilos') : t('clusterUnreachable'));
    silos.replaceChildren(...status.silos.map((silo) => h('li', { dataset: { status: silo.status } },
      h('span', { class: 'dot' }),
      h('span', { class: 'silo-name' }, `${silo.name} · ${nameOf('siloStatus', silo.status)}`),
      h('span', { class: 'silo-address code' }, silo.address),
      h('span', { class: 'silo-started' }, t('started', { time: dateTime(silo.startedAt) })))));
  }

  me().then((signedIn) => { who = signedIn; refresh(); });
  live.onState(refresh);
  live.onCluster(refresh);
  const tick = () => setText(time, clock(new Date()));
  tick();
  setInterval(tick, 1000);
  applyStatic();
  refresh();
}
