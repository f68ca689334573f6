// @ts-check
// The money screen (物業費補貼與公共收益): the subsidy month of the city or a district (per contract totals) and one
// contract's month (lines, payments, CSV and Excel), the public-revenue account of an estate with its month's
// statement, and the estate's commercial units with their months and remittances. Every part reads the API the
// person's grants reach; a 403 says "not permitted" in that part (a property company sees its own contract's month,
// not the city's). Read again every few seconds, so payments and incomes arriving show without a reload.

import { get } from '../api.js';
import { DISTRICTS } from '../city.js';
import { loadConfig } from '../config.js';
import { Scopes } from '../contract.js';
import { $, h, setText } from '../dom.js';
import { nameOf, onLanguageChange, t } from '../i18n.js';
import { accountPanel, commercialPanel } from '../components/estate-money.js';
import { feeCity, feeMonth } from '../components/fee-panels.js';
import { mountHeader } from '../components/header.js';
import { live } from '../live.js';
import { me } from '../session.js';

const READ_EVERY_MS = 5000;

mountHeader($('#top'));
const settings = await loadConfig();
const query = new URLSearchParams(location.search);
const thisMonth = () => new Date().toISOString().slice(0, 7);
const state = {
  month: query.get('month') || thisMonth(),
  district: query.get('district') || '',
  contract: query.get('contract') || '',
  estate: query.get('estate') || settings.featuredEstate,
};

/** The city's month refused (a company reads only its own contract's month), and whether a contract's month is shown. */
const fees = { cityDenied: false, monthShown: false };
const drawDenied = () => { $('#fees-denied').hidden = !fees.cityDenied || fees.monthShown; };

const city = feeCity((contractId) => { state.contract = contractId; remember(); readMonth(); });
const month = feeMonth();
const account = accountPanel();
const commercial = commercialPanel();

const districtPick = $('#fee-district');
const fillDistricts = () => {
  districtPick.replaceChildren(h('option', { value: '' }, t('money.allDistricts')), ...DISTRICTS.map((code) => h('option', { value: code }, nameOf('districts', code))));
  districtPick.value = state.district;
};
fillDistricts();
onLanguageChange(fillDistricts);
$('#fee-month').value = state.month;
$('#fee-contract').value = state.contract;
$('#estate-pick').value = state.estate;

$('#fee-picker').addEventListener('submit', (/** @type {Event} */ event) => {
  event.preventDefault();
  state.month = $('#fee-month').value || thisMonth();
  state.district = districtPick.value;
  state.contract = $('#fee-contract').value.trim();
  remember();
  readFees();
});
districtPick.addEventListener('change', () => { state.district = districtPick.value; remember(); readCity(); });
$('#estate-picker').addEventListener('submit', (/** @type {Event} */ event) => {
  event.preventDefault();
  state.estate = $('#estate-pick').value.trim() || state.estate;
  remember();
  readEstate();
});

/** Keeps what is shown in the address, so a reload or a shared link shows the same. */
function remember() {
  const next = new URLSearchParams(Object.entries(state).filter(([, v]) => v));
  history.replaceState(null, '', `?${next}`);
  $('#fee-contract').value = state.contract;
}

async function readCity() {
  const at = state.district ? `api/fees/districts/${encodeURIComponent(state.district)}/months/${state.month}` : `api/fees/months/${state.month}`;
  const result = await get(at);
  fees.cityDenied = result.forbidden;
  $('#fee-city-wrap').hidden = result.forbidden;
  drawDenied();
  const rows = result.ok ? result.body?.contracts ?? [] : result.status === 404 ? [] : null;
  city.show(rows, state.contract);
}

async function readMonth() {
  if (!state.contract) {
    month.show(null);
    fees.monthShown = false;
    return;
  }

  const result = await get(`api/contracts/${encodeURIComponent(state.contract)}/fees/${state.month}`);
  month.show(result.ok ? result.body : null, result.ok ? '' : result.forbidden ? t('notPermitted') : t('money.noMonth'));
  fees.monthShown = result.ok;
  await readCity();
}

const readFees = () => (state.contract ? readMonth() : readCity());

/** The estate's live status names it above its account (and keeps the screen's connection state honest). */
let stopEstate = () => {};
let watching = '';
function watchEstate() {
  if (watching === state.estate) {
    return;
  }

  stopEstate();
  watching = state.estate;
  setText($('#account-estate'), state.estate);
  stopEstate = live.subscribe(Scopes.estate(state.estate), (/** @type {import('../contract.js').EstateStatus} */ status) =>
    setText($('#account-estate'), `${status.profile.name} · ${state.estate}`));
}

async function readEstate() {
  watchEstate();
  const base = `api/estates/${encodeURIComponent(state.estate)}`;
  const [now, statement, units] = await Promise.all([get(`${base}/account`), get(`${base}/account/statements/${state.month}`), get(`${base}/commercial`)]);
  account.show(now.ok ? now.body : null, statement.ok ? statement.body : null, now.forbidden);
  commercial.show(units.ok ? units.body : null, units.forbidden);
}

// A property company's grant names its contract: its month is shown without being asked for.
if (!state.contract) {
  const contractGrant = ((await me())?.grants ?? []).map((g) => String(g).split('|')).find((g) => g[1] === 'Contract');
  state.contract = contractGrant?.[2] ?? '';
  $('#fee-contract').value = state.contract;
}

await Promise.all([readFees(), readEstate()]);
setInterval(() => { readFees(); readEstate(); }, READ_EVERY_MS);
