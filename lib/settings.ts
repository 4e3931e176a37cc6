// The reader's settings, as stored; pure helpers only (storage access lives with each extension context).

import type { EntityType } from './types';

export const ENTITY_TYPES: readonly EntityType[] = ['place', 'group', 'source', 'person'];

/** Okabe–Ito colours, told apart with the common colour-vision deficiencies (as in lib/highlight/highlights.css). */
export const DEFAULT_COLOURS: Readonly<Record<EntityType, string>> = {
  place: '#56b4e9',
  group: '#e69f00',
  source: '#009e73',
  person: '#cc79a7',
};

export const SUMMARY_LENGTHS = [1, 2, 3, 4, 5] as const;

export interface Settings {
  highlightsEnabled: boolean;
  /** Host names where Repère stays off. */
  disabledSites: string[];
  /** Entity types painted on pages (all by default). */
  highlightTypes: EntityType[];
  /** One colour a type, as `#rrggbb`; painted translucent. */
  colours: Record<EntityType, string>;
  /** Sentences in the popup's summary. */
  summaryLength: number;
}

export const DEFAULT_SETTINGS: Settings = {
  highlightsEnabled: true,
  disabledSites: [],
  highlightTypes: [...ENTITY_TYPES],
  colours: { ...DEFAULT_COLOURS },
  summaryLength: 3,
};

export function normaliseHostname(hostname: string): string {
  return hostname
    .trim()
    .toLowerCase()
    .replace(/^www\./, '');
}

export function isActiveOn(settings: Settings, hostname: string): boolean {
  if (!settings.highlightsEnabled) return false;
  const host = normaliseHostname(hostname);
  return !settings.disabledSites.some((site) => host === site || host.endsWith(`.${site}`));
}

export function withSite(settings: Settings, hostname: string, enabled: boolean): Settings {
  const host = normaliseHostname(hostname);
  const others = settings.disabledSites.filter((site) => site !== host);
  return { ...settings, disabledSites: enabled ? others : [...others, host].sort() };
}

const HEX_COLOUR = /^#[0-9a-f]{6}$/i;

function parseColours(stored: unknown): Record<EntityType, string> {
  const value = (stored && typeof stored === 'object' ? stored : {}) as Partial<Record<EntityType, unknown>>;
  const colours = { ...DEFAULT_COLOURS };
  for (const type of ENTITY_TYPES) {
    const colour = value[type];
    if (typeof colour === 'string' && HEX_COLOUR.test(colour)) colours[type] = colour.toLowerCase();
  }
  return colours;
}

export function parseSettings(stored: unknown): Settings {
  const value = (stored && typeof stored === 'object' ? stored : {}) as Partial<Record<keyof Settings, unknown>>;
  const types = Array.isArray(value.highlightTypes)
    ? ENTITY_TYPES.filter((type) => (value.highlightTypes as unknown[]).includes(type))
    : [...ENTITY_TYPES];
  const length = Number(value.summaryLength);
  return {
    highlightsEnabled: typeof value.highlightsEnabled === 'boolean' ? value.highlightsEnabled : true,
    disabledSites: Array.isArray(value.disabledSites)
      ? value.disabledSites.filter((site): site is string => typeof site === 'string').map(normaliseHostname)
      : [],
    highlightTypes: types,
    colours: parseColours(value.colours),
    summaryLength: (SUMMARY_LENGTHS as readonly number[]).includes(length) ? length : 3,
  };
}

/** `#rrggbb` at the given opacity, as `rgba(…)`. */
export function translucent(colour: string, alpha: number): string {
  const hex = HEX_COLOUR.test(colour) ? colour.slice(1) : '808080';
  const [r, g, b] = [0, 2, 4].map((at) => parseInt(hex.slice(at, at + 2), 16));
  return `rgba(${r}, ${g}, ${b}, ${alpha})`;
}

/** Stylesheet text painting the highlights in the reader's colours (for the content script and extension pages). */
export function highlightCss(settings: Pick<Settings, 'colours'>): string {
  // Two rules a type: a selector list holding ::highlight() is dropped whole by browsers without the API, which
  // are the ones that show the <mark> fallback.
  return ENTITY_TYPES.flatMap((type) => {
    const colour = translucent(settings.colours[type], 0.38);
    return [
      `::highlight(repere-${type}) { background-color: ${colour}; }`,
      `mark.repere-mark[data-repere-type='${type}'] { background-color: ${colour}; }`,
    ];
  }).join('\n');
}

/** The analysis limited to the entity types the reader wants painted (quotes are always kept). */
export function withHighlightTypes<T extends { entities: readonly { type: EntityType; quoted: boolean }[] }>(
  analysis: T,
  types: readonly EntityType[],
): T {
  return { ...analysis, entities: analysis.entities.filter((entity) => types.includes(entity.type)) };
}
