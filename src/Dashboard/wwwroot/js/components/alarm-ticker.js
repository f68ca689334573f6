// The alarm ticker: standing counts (estates below the health threshold, in serious arrears,
// households with reviews overdue) over the alarms raised since the screen opened, newest first.
// It renders an AlarmFeed, whatever source pushed into it (alarms.js).

import { band, scoreOf } from '../health.js';
import { h, setText } from '../dom.js';
import { clock, number } from '../format.js';
import { throttle } from '../frame.js';
import { language, nameOf, t } from '../i18n.js';
import { panel } from './panel.js';

const SHOWN = 40;

export function alarmTicker(root, feed, model, settings) {
  const below = standing('below');
  const rent = standing('rent');
  const reviews = standing('reviews');
  const count = h('span', { class: 'alarm-count' });
  const list = h('ol', { id: 'alarm-list', class: 'alarm-list', 'aria-live': 'polite' });
  const empty = h('p', { class: 'empty' });
  root.append(h('div', { class: 'standing' }, below.el, rent.el, reviews.el), count, list, empty);
  const rendered = new Map(); // alarm id → li

  // Standing counts go over every estate: once a second is plenty for them.
  const drawStanding = panel(() => {
    let belowCount = 0;
    let rentCount = 0;
    let reviewCount = 0;
    for (const e of model.estates.values()) {
      belowCount += band(scoreOf(e), settings) === 'alarm' ? 1 : 0;
      rentCount += e.residency?.rentSerious > 0 ? 1 : 0;
      reviewCount += e.residency?.reviewsOverdue ?? 0;
    }

    below.set(t('alarms.standingBelow', { threshold: settings.healthAlarmBelow }), number(belowCount));
    rent.set(t('alarms.standingRent'), number(rentCount));
    reviews.set(t('alarms.standingReviews'), number(reviewCount));
  });

  const drawList = panel(() => {
    setText(count, feed.total > 0 ? t('alarms.sinceLoad', { n: number(feed.total) }) : '');
    const shown = feed.list.slice(0, SHOWN);
    const items = shown.map((alarm) => {
      const li = rendered.get(alarm.id) ?? item(alarm);
      if (li.dataset.lang !== language()) {
        fill(li, alarm);
      }

      return li;
    });
    rendered.clear();
    shown.forEach((alarm, i) => rendered.set(alarm.id, items[i]));
    list.replaceChildren(...items);
    empty.hidden = shown.length > 0;
    list.hidden = shown.length === 0;
    setText(empty, t('alarms.empty'));
  });

  function item(alarm) {
    return h('li', { dataset: { kind: alarm.kind, severity: alarm.severity, source: alarm.source, estate: alarm.estateId ?? '' } },
      h('time', {}), h('span', { class: 'sev' }), h('a', { class: 'what', href: alarm.estateId ? `estate.html?id=${encodeURIComponent(alarm.estateId)}` : null }));
  }

  function fill(li, alarm) {
    li.dataset.lang = language();
    setText(li.children[0], clock(alarm.at));
    setText(li.children[1], nameOf('alarms.severity', alarm.severity));
    setText(li.children[2], `${nameOf('districts', alarm.district)} · ${t(`alarms.${alarm.kind}`, { name: alarm.name, ...alarm.values })}`);
  }

  feed.onChange(drawList);
  model.onChange(throttle(drawStanding, 1000));
  drawList();
  drawStanding();
}

function standing(kind) {
  const label = h('span', { class: 'label' });
  const value = h('b', { class: 'value' });
  return {
    el: h('div', { class: 'standing-item', dataset: { standing: kind } }, label, value),
    set(text, n) { setText(label, text); setText(value, n); },
  };
}
