import { uiLanguage } from '../platform/i18n';

// Numbers, dates and durations in the reader's language, through Intl.

const WORDS_PER_MINUTE = 230;

// Building an Intl formatter costs far more than using one: lists of hundreds of entries reuse them.
const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: () => T): T {
  let formatter = formatters.get(key) as T | undefined;
  if (!formatter) {
    formatter = make();
    formatters.set(key, formatter);
  }
  return formatter;
}

export function formatNumber(value: number, options?: Intl.NumberFormatOptions): string {
  const lang = uiLanguage();
  return cached(`n:${lang}:${JSON.stringify(options ?? {})}`, () => new Intl.NumberFormat(lang, options)).format(value);
}

export function readingMinutes(text: string): number {
  const words = text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}

export function formatMinutes(minutes: number): string {
  return formatNumber(minutes, { style: 'unit', unit: 'minute', unitDisplay: 'long' });
}

export function formatPercent(score: number): string {
  return formatNumber(score, { style: 'percent', maximumFractionDigits: 0 });
}

export function formatDate(date: string | undefined): string {
  if (!date) return '';
  const time = Date.parse(date);
  if (Number.isNaN(time)) return date;
  const lang = uiLanguage();
  return cached(`d:${lang}`, () => new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeZone: 'UTC' })).format(
    time,
  );
}
