// Numbers, shares and times in the screen's language.
import { locale } from './i18n.js';

const numberFormats = new Map();

function numberFormat(digits) {
  const key = `${locale()}:${digits}`;
  if (!numberFormats.has(key)) {
    numberFormats.set(key, new Intl.NumberFormat(locale(), { minimumFractionDigits: digits, maximumFractionDigits: digits }));
  }

  return numberFormats.get(key);
}

/** A whole number with grouping ("1,234"); a dash for missing values. */
export const number = (n) => (n == null || Number.isNaN(n) ? '—' : numberFormat(0).format(n));

/** A share 0–1 as a percentage number without the sign ("87.5"). */
export const percentNumber = (rate, digits = 1) => (rate == null || Number.isNaN(rate) ? '—' : numberFormat(digits).format(rate * 100));

/** A share 0–1 as a percentage ("87.5%"). */
export const percent = (rate, digits = 1) => (rate == null || Number.isNaN(rate) ? '—' : `${percentNumber(rate, digits)}%`);

/** part / whole, or null when the whole is 0 (a share of nothing is unknown, not 0 %). */
export const ratio = (part, whole) => (whole > 0 ? part / whole : null);

/** A wall-clock time of day (24 h). */
export const clock = (at) => (at ? new Date(at).toLocaleTimeString(locale(), { hour12: false }) : '—');

/** Date and time (24 h). */
export const dateTime = (at) => (at ? new Date(at).toLocaleString(locale(), { hour12: false }) : '—');

/** An amount of money in yuan, to the fen ("1,234.50"); a dash for missing values. */
export const yuan = (n) => (n == null || Number.isNaN(Number(n)) ? '—' : numberFormat(2).format(Number(n)));
