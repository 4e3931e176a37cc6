import { uiLanguage } from './i18n';

// Numbers, dates and durations in the reader's language, through Intl.

const WORDS_PER_MINUTE = 230;

export function formatNumber(value: number, options?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(uiLanguage(), options).format(value);
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
  return new Intl.DateTimeFormat(uiLanguage(), { dateStyle: 'medium', timeZone: 'UTC' }).format(time);
}
