// Columns the estate tables share: the estate (linking to its screen), its district, its health.

import { colour, scoreOf } from '../health.js';
import { h } from '../dom.js';
import { nameOf } from '../i18n.js';

export const estateColumn = {
  key: 'estate', label: 'table.estate', value: (e) => e.name,
  text: (e) => h('span', { class: 'estate-cell' }, h('a', { href: `estate.html?id=${encodeURIComponent(e.estateId)}` }, e.name), h('span', { class: 'code' }, e.estateId)),
};

export const districtColumn = { key: 'district', label: 'table.district', value: (e) => e.district, text: (e) => nameOf('districts', e.district) };

export const healthColumn = (label) => ({
  key: 'health', label, num: true, value: (e) => scoreOf(e) ?? -1,
  text: (e) => h('span', { class: 'health-chip', style: { backgroundColor: colour(scoreOf(e)) } }, scoreOf(e) ?? '—'),
});
