import type { Lang } from '../types';

// What a page says about itself beside its text: the day it was published (against which "on Tuesday" is read)
// and the language it declares. The content script sends both with the article, and the CLI reads them from an
// HTML file the same way, so that one page gives one analysis everywhere.

export interface PageMeta {
  /** The publication day, ISO (2017-11-09), as the publisher wrote it (their own time zone). */
  date?: string;
  /** The language the page declares (<html lang="fr-FR"> → "fr"), when Repère reads it. */
  lang?: Lang;
}

// The publication time in the tags news sites write for Open Graph, schema.org, Dublin Core and search engines.
const DATE_SELECTORS = [
  'meta[property="article:published_time"]',
  'meta[name="article:published_time"]',
  'meta[itemprop="datePublished"]',
  'meta[name="date"]',
  'meta[name="pubdate"]',
  'meta[name="publishdate"]',
  'meta[name="DC.date.issued"]',
  'meta[name="dcterms.date"]',
  'time[itemprop="datePublished"]',
  'time[pubdate]',
];
const ISO_DAY = /^\s*(\d{4}-\d{2}-\d{2})/;
const SUPPORTED: readonly Lang[] = ['fr', 'en'];

function isoDay(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const day = ISO_DAY.exec(value)?.[1];
  return day && !Number.isNaN(Date.parse(day)) ? day : undefined;
}

/** datePublished of a JSON-LD block (an object, a list, or a @graph of them). */
function linkedDataDay(data: unknown): string | undefined {
  if (Array.isArray(data)) return data.map(linkedDataDay).find(Boolean);
  if (!data || typeof data !== 'object') return undefined;
  const record = data as { datePublished?: unknown; '@graph'?: unknown };
  return isoDay(record.datePublished) ?? linkedDataDay(record['@graph']);
}

function publishedDay(document: Document): string | undefined {
  for (const selector of DATE_SELECTORS) {
    for (const element of Array.from(document.querySelectorAll(selector))) {
      const day = isoDay(element.getAttribute('content') ?? element.getAttribute('datetime'));
      if (day) return day;
    }
  }
  for (const script of Array.from(document.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      const day = linkedDataDay(JSON.parse(script.textContent ?? ''));
      if (day) return day;
    } catch {
      // A broken JSON-LD block says nothing.
    }
  }
  return undefined;
}

/** A language tag ("fr-FR", "en", "de") as one Repère reads, or undefined. */
export function supportedLang(tag: string | null | undefined): Lang | undefined {
  const primary = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return SUPPORTED.find((lang) => lang === primary);
}

/** The page's publication day and declared language, each when the page gives it. */
export function pageMeta(document: Document): PageMeta {
  const date = publishedDay(document);
  const lang = supportedLang(document.documentElement?.getAttribute('lang'));
  return { ...(date ? { date } : {}), ...(lang ? { lang } : {}) };
}
