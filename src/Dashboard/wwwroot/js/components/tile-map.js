// The wall's heat map: one row per district, one tile per estate coloured by its health score.
// Estates much larger than the median (by dwellings) get a double tile. Tiles are sized so every
// estate fits the panel without scrolling; text shows as far as the tile size allows.
// Only tiles whose estate changed are touched, in one batch per animation frame.

import { scoreOf, band, colour } from '../health.js';
import { h, setAttr, setText } from '../dom.js';
import { inFrame } from '../frame.js';
import { number, percent } from '../format.js';
import { nameOf, onLanguageChange, t } from '../i18n.js';

const MAX_TILE = 168;
const MIN_TILE = 12;
const GAP = 4;
const ROW_GAP = 6;
let maps = 0;

export function tileMap(root, model, settings) {
  const rows = new Map(); // district code → { row, tiles, name, meta, alarm }
  const tiles = new Map(); // estate id → { el, score, name, dw, large, lastScore }
  const dirty = new Set();
  const dirtyDistricts = new Set();
  const empty = h('p', { class: 'map-empty', hidden: true });
  root.append(empty);
  let layoutDue = true;
  let largeAt = Infinity;
  let size = 0;

  const key = `tile-map-${maps++}`;
  const refresh = () => inFrame(key, draw);

  model.onChange((change) => {
    change.changed.forEach(({ next }) => dirty.add(next.estateId));
    change.removed.forEach((gone) => dirty.add(gone.estateId));
    if (change.district) {
      dirtyDistricts.add(change.district);
    }

    layoutDue ||= change.structural;
    refresh();
  });
  onLanguageChange(() => {
    tiles.forEach((_, id) => dirty.add(id));
    rows.forEach((_, code) => dirtyDistricts.add(code));
    layoutDue = true;
    refresh();
  });
  new ResizeObserver(() => { layoutDue = true; refresh(); }).observe(root);

  function draw() {
    if (layoutDue) {
      layoutDue = false;
      layout();
    }

    for (const id of dirty) {
      const estate = model.estates.get(id);
      if (estate && tiles.has(id)) {
        drawTile(tiles.get(id), estate);
      }
    }

    dirty.clear();
    dirtyDistricts.forEach((code) => rows.has(code) && drawLabel(rows.get(code), code));
    dirtyDistricts.clear();
    empty.hidden = model.estates.size > 0 || !model.complete;
    setText(empty, t('map.empty'));
  }

  /** Rows and tiles follow the districts' estate lists; then the tile size is fitted. */
  function layout() {
    const districts = model.districts.filter((d) => d.estates > 0);
    const wanted = new Set(districts.map((d) => d.code));
    for (const [code, row] of rows) {
      if (!wanted.has(code)) {
        row.row.remove();
        rows.delete(code);
      }
    }

    const dwellings = [...model.estates.values()].map((e) => e.occupancy?.dwellings ?? 0).sort((a, b) => a - b);
    const median = dwellings[Math.floor(dwellings.length / 2)] ?? 0;
    largeAt = dwellings.length >= 12 && median > 0 ? median * 2 : Infinity;

    const seen = new Set();
    districts.forEach((district, index) => {
      const row = rows.get(district.code) ?? newRow(district.code);
      if (root.children[index] !== row.row) {
        root.insertBefore(row.row, root.children[index] ?? empty);
      }

      const order = district.ids.map((id) => {
        seen.add(id);
        if (!tiles.has(id)) {
          tiles.set(id, newTile(id));
          dirty.add(id);
        }

        return tiles.get(id).el;
      });
      const current = row.tiles.children;
      if (current.length !== order.length || order.some((el, i) => current[i] !== el)) {
        row.tiles.replaceChildren(...order);
      }

      order.forEach((el) => {
        const tile = tiles.get(el.dataset.estate);
        const large = (model.estates.get(el.dataset.estate)?.occupancy?.dwellings ?? 0) >= largeAt;
        if (tile.large !== large) {
          tile.large = large;
          el.dataset.size = large ? 'l' : 's';
        }
      });
    });
    for (const [id, tile] of tiles) {
      if (!seen.has(id)) {
        tile.el.remove();
        tiles.delete(id);
      }
    }

    fit();
  }

  /** The largest tile size at which all rows fit the panel's height. */
  function fit() {
    const list = [...rows.entries()];
    if (list.length === 0) {
      return;
    }

    const label = list[0][1].row.firstElementChild.offsetWidth;
    const width = root.clientWidth - label - 12;
    const height = root.clientHeight;
    const units = list.map(([code, row]) => {
      const ids = model.district(code)?.ids ?? [];
      const large = ids.filter((id) => tiles.get(id)?.large).length;
      return { small: ids.length - large, large, label: row.row.firstElementChild.offsetHeight };
    });
    const measure = (s, rowHeight) => {
      const perRow = Math.floor((width + GAP) / (s + GAP));
      let lines = 0;
      const total = units.reduce((sum, { small, large, label: labelHeight }) => {
        const own = Math.max(large > 0 ? 2 : 1, Math.ceil((small + 4 * large) / perRow) + (large > 0 ? 1 : 0));
        lines += own;
        return sum + Math.max(labelHeight, own * (rowHeight + GAP) - GAP) + ROW_GAP;
      }, 0);
      return { perRow, lines, total };
    };
    let chosen = MIN_TILE;
    for (let s = MAX_TILE; s >= MIN_TILE; s -= 2) {
      const { perRow, total } = measure(s, s);
      if (perRow >= 2 && total <= height) {
        chosen = s;
        break;
      }
    }

    // Height left over makes small tiles taller (up to 1.5 times their width), not the panel
    // emptier; large tiles stay about square.
    let tall = chosen;
    const tallest = chosen * (chosen < 60 ? 1.5 : 1.1);
    while (tall < tallest && measure(chosen, tall + 1).total <= height) {
      tall += 1;
    }

    applySize(chosen, tall);
  }

  function applySize(s, tall = s) {
    size = s;
    root.style.setProperty('--tile', `${s}px`);
    root.style.setProperty('--tile-h', `${tall}px`);
    root.dataset.density = s >= 120 ? 'roomy' : s >= 64 ? 'medium' : s >= 34 ? 'compact' : 'dense';
    // The estimate ignores packing gaps; shrink until nothing overflows.
    inFrame(`${key}-check`, () => {
      if (root.scrollHeight > root.clientHeight + 1 && size > MIN_TILE && size === s) {
        applySize(s - 2, Math.max(s - 2, tall - 4));
      }
    });
  }

  function newRow(code) {
    const name = h('b', { class: 'd-name' });
    const meta = h('span', { class: 'd-meta' });
    const alarm = h('span', { class: 'd-alarm' });
    const tilesEl = h('div', { class: 'tiles' });
    const row = h('div', { class: 'district-row', dataset: { district: code } },
      h('div', { class: 'district-label' }, h('span', { class: 'd-head' }, name, alarm), meta), tilesEl);
    const entry = { row, tiles: tilesEl, name, meta, alarm };
    rows.set(code, entry);
    dirtyDistricts.add(code);
    return entry;
  }

  function newTile(id) {
    const score = h('span', { class: 'score' });
    const name = h('span', { class: 'name' });
    const dw = h('span', { class: 'dw' });
    const el = h('a', { class: 'tile', href: `estate.html?id=${encodeURIComponent(id)}`, dataset: { estate: id, size: 's' } }, score, name, dw);
    return { el, score, name, dw, large: false, lastScore: undefined };
  }

  function drawTile(tile, estate) {
    const value = scoreOf(estate);
    const { el } = tile;
    const tone = band(value, settings);
    const worse = tile.lastScore != null && value != null
      && (value <= tile.lastScore - 5 || (tone !== el.dataset.band && value < tile.lastScore));
    tile.lastScore = value;
    el.style.backgroundColor = colour(value);
    setAttr(el, 'data-band', tone);
    setAttr(el, 'data-health', value ?? '');
    setAttr(el, 'data-occupied', estate.occupancy?.occupied ?? 0);
    setAttr(el, 'data-dwellings', estate.occupancy?.dwellings ?? 0);
    setText(tile.score, value ?? '—');
    setText(tile.name, estate.name);
    setText(tile.dw, `${number(estate.occupancy?.dwellings ?? 0)} ${t('unit.dwellings')}`);
    el.title = t('map.tip', {
      name: estate.name,
      id: estate.estateId,
      score: value ?? '—',
      factor: nameOf('factors', estate.health?.topFactor ?? 'None'),
      rate: percent(estate.occupancy?.rate),
      occupied: number(estate.occupancy?.occupied),
      dwellings: number(estate.occupancy?.dwellings),
    });
    const large = (estate.occupancy?.dwellings ?? 0) >= largeAt;
    if (large !== tile.large) {
      layoutDue = true;
      refresh();
    }

    if (worse) {
      // Opacity animates on the compositor: a blink that costs no repaint of its neighbours.
      el.animate([{ opacity: 0.25 }, { opacity: 1 }], { duration: 500, iterations: 2 });
    }
  }

  function drawLabel(row, code) {
    const district = model.district(code);
    if (!district) {
      return;
    }

    const below = district.ids.filter((id) => band(scoreOf(model.estates.get(id)), settings) === 'alarm').length;
    setText(row.name, nameOf('districts', code));
    setText(row.meta, t('map.districtMeta', { n: number(district.estates), rate: percent(district.occupancy?.rate ?? ratio(district.occupancy)) }));
    setText(row.alarm, below > 0 ? `▼${below}` : '');
    row.alarm.title = t('map.belowAlarm', { n: below, threshold: settings.healthAlarmBelow });
    row.alarm.hidden = below === 0;
  }

  return { refresh };
}

const ratio = (occupancy) => (occupancy?.dwellings > 0 ? occupancy.occupied / occupancy.dwellings : null);
