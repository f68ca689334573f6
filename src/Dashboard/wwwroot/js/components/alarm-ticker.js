// The alarm ticker: standing counts (estates below the health threshold, in serious arrears,
// households with reviews overdue), the live alarm board (the command centre's alarm stream: security desks,
// facilities, incident escalations; severity as the stream raised it, reminders, situations grouped, acknowledge
// for those who may), then the alarms this screen derived since it opened, newest first (alarms.js).

import { acknowledgeAlarm } from '../alarms.js';
import { post } from '../api.js';
import { band, scoreOf } from '../health.js';
import { h, setText } from '../dom.js';
import { clock, number } from '../format.js';
import { throttle } from '../frame.js';
import { language, nameOf, t } from '../i18n.js';
import { panel } from './panel.js';

const SHOWN = 40;

/** @param {import('../alarms.js').LiveBoards | null} [boards] the live alarm boards (the wall's); none shows only derived alarms */
export function alarmTicker(root, feed, model, settings, boards = null) {
  const below = standing('below');
  const rent = standing('rent');
  const reviews = standing('reviews');
  const count = h('span', { class: 'alarm-count' });
  const list = h('ol', { id: 'alarm-list', class: 'alarm-list', 'aria-live': 'polite' });
  const empty = h('p', { class: 'empty' });
  const board = liveBoard(boards, settings);
  root.append(h('div', { class: 'standing' }, below.el, rent.el, reviews.el), board.el, count, list, empty);
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

const SHOWN_LIVE = 30;
const severityClass = (severity) => String(severity).toLowerCase();

/** The live board: open alarms in the stream's order, those of one situation together under its heading. */
function liveBoard(boards, settings) {
  const summary = h('p', { id: 'alarm-board-summary', class: 'alarm-count' });
  const list = h('ol', { id: 'alarm-board', class: 'alarm-list alarm-board', 'aria-live': 'polite' });
  const error = h('p', { id: 'alarm-ack-error', class: 'panel-note', role: 'status', hidden: true });
  const el = h('div', { class: 'alarm-live' }, summary, list, error);
  if (!boards) {
    el.hidden = true;
    return { el };
  }

  const draw = panel(() => {
    const open = boards.open.slice(0, SHOWN_LIVE);
    const situations = new Map(boards.situations.map((s) => [s.situationId, s]));
    setText(summary, !boards.received ? '' : open.length === 0 ? t('alarms.live.empty')
      : t('alarms.live.summary', { open: number(boards.open.length), unack: number(boards.unacknowledged) }));
    const items = [];
    const grouped = new Set();
    for (const entry of open) {
      const situation = entry.situationId ? situations.get(entry.situationId) : null;
      if (!situation) {
        items.push(alarmItem(entry));
      } else if (!grouped.has(situation.situationId)) {
        grouped.add(situation.situationId);
        const members = open.filter((a) => a.situationId === situation.situationId);
        items.push(h('li', { class: 'situation', dataset: { situation: situation.situationId, severity: severityClass(situation.severity) } },
          h('span', { class: 'situation-head' }, t('alarms.live.situation', {
            place: `${members[0].alarm.estateName ?? situation.estateId} ${situation.buildingId ?? situation.gridId ?? ''}`.trim(), n: number(members.length),
          })),
          h('ol', { class: 'alarm-list' }, ...members.map(alarmItem))));
      }
    }

    list.replaceChildren(...items);
  });

  function alarmItem(entry) {
    const { alarm } = entry;
    const risen = entry.severity !== alarm.severity;
    const acked = alarm.acknowledgedBy != null;
    const what = `${alarm.estateName ?? alarm.estateId} · ${nameOf('alarms.type', alarm.type)}${alarm.count > 1 ? ` ×${alarm.count}` : ''}`;
    const li = h('li', {
      dataset: {
        alarm: alarm.alarmId, source: alarm.source, type: alarm.type, estate: alarm.estateId, severity: severityClass(entry.severity),
        state: alarm.state, risen: risen ? 'true' : 'false', reminders: String(entry.reminders),
      },
    },
    h('time', {}, clock(alarm.raisedAt)),
    h('span', { class: 'sev' }, nameOf('alarms.severity', severityClass(entry.severity)), risen ? ` ${t('alarms.live.risen')}` : ''),
    h('a', { class: 'what', href: `estate.html?id=${encodeURIComponent(alarm.estateId)}` }, what),
    h('span', { class: 'detail muted' }, alarm.detail),
    entry.reminders > 0 && !acked ? h('span', { class: 'reminders' }, t('alarms.live.reminders', { n: number(entry.reminders) })) : '',
    acked ? h('span', { class: 'acked muted' }, t('alarms.live.acked', { actor: alarm.acknowledgedBy })) : ackButton(alarm));
    return li;
  }

  function ackButton(alarm) {
    if (!settings.acknowledgeAlarms) {
      return '';
    }

    const button = h('button', { type: 'button', class: 'ack', dataset: { ack: alarm.alarmId } }, t('alarms.live.ack'));
    button.addEventListener('click', async () => {
      button.disabled = true;
      const result = await acknowledgeAlarm(post, alarm.alarmId);
      error.hidden = result.ok;
      if (!result.ok) {
        button.disabled = false;
        setText(error, result.forbidden ? t('notPermitted') : t('alarms.live.ackFailed', { error: result.problem?.detail ?? result.status }));
      }
    });
    return button;
  }

  boards.onChange(draw);
  draw();
  return { el };
}

function standing(kind) {
  const label = h('span', { class: 'label' });
  const value = h('b', { class: 'value' });
  return {
    el: h('div', { class: 'standing-item', dataset: { standing: kind } }, label, value),
    set(text, n) { setText(label, text); setText(value, n); },
  };
}
