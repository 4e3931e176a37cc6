// Plain data shared by the page side, the UI side and the CLI. Nothing here may hold DOM nodes or functions:
// these objects cross extension message boundaries and are printed as JSON by the CLI.

import type { CASUALTY_STATUSES, EVENT_KINDS, VICTIM_CLASSES } from './event/kinds';

export type EntityType = 'place' | 'group' | 'source' | 'person';
export type Lang = 'fr' | 'en';

export interface Mention {
  start: number;
  end: number;
  text: string;
}

export interface EntityResult {
  id: string;
  type: EntityType;
  kind: string;
  name: string;
  /** From the knowledge base (true), or found from the text alone: a person, a village it does not know (false). */
  linked: boolean;
  quoted: boolean;
  mentions: Mention[];
}

export interface Speaker {
  /** The speaker's name (the resolved name where a pronoun or description attributes the quote). */
  text: string;
  entityId: string | null;
  /** The pronoun or description that attributes the quote ("the channel", "il"), where `text` resolves it. */
  mention?: Mention;
}

export interface QuoteResult {
  start: number;
  end: number;
  text: string;
  speaker: Speaker | null;
}

export interface CorpusMatch {
  id: string;
  title: string;
  lang: string;
  score: number;
  shared: string[];
}

export interface Analysis {
  schema: 'repere.analysis/1';
  lang: Lang | 'und';
  isArticle: boolean;
  inDomain: boolean;
  domainScore: number;
  title: string;
  text: string;
  entities: EntityResult[];
  quotes: QuoteResult[];
  summary: string[];
  /** One line: where it happens, who fights, who speaks ("Où : … — Qui : … — Sources : …"). */
  digest: string;
  /** Unnamed sources the article attributes statements to ("une source militaire", "sources close to…"). */
  anonymousSources: Mention[];
  matches: CorpusMatch[];
  timings: { totalMs: number };
  /** Why the page is left unmarked or was only partly analysed; the UI turns each code into one sentence. */
  notices: Notice[];
  domain: DomainReasons;
  /** What the article reports happened (see EventCard), or null when it reports no event. */
  event: EventCard | null;
}

export type Notice = 'empty' | 'not-article' | 'off-topic' | 'unsupported-language' | 'truncated' | 'failed';

/** What the domain score is made of, shown to the reader as the reason for "about this subject" or not. */
export interface DomainReasons {
  /** Known names of the region per 100 words. */
  density: number;
  distinctPlaces: number;
  distinctGroups: number;
  /** Words of armed conflict per 100 words: the region's names alone do not make an article about the war. */
  conflictDensity: number;
  /** Score of the closest corpus entry, where a corpus was at hand (extension pages, CLI); null in the page. */
  corpusSimilarity: number | null;
}

/** What an article reports happened: what, where, when, who acted and the casualties, each figure with its source. */
export interface EventCard {
  kind: EventKind;
  /** Null where no place of the knowledge base is named near the event. */
  place: { id: string; governorate: string | null; mention: Mention } | null;
  /** ISO day (2017-11-09) from the text, against the page's date where the text says "on Wednesday"; else null. */
  date: string | null;
  /** Groups that acted (shelled, struck, executed, attacked), not the ones that were hit. */
  actors: string[];
  casualties: Casualty[];
}

export type EventKind = (typeof EVENT_KINDS)[number];
export type CasualtyStatus = (typeof CASUALTY_STATUSES)[number];
export type Victims = (typeof VICTIM_CLASSES)[number];

export interface Casualty {
  status: CasualtyStatus;
  victims: Victims;
  /** The figure given; null where only bounds are ("dozens": min 24). */
  count: number | null;
  /** Bounds: "at least 12" has min 12 and no max, "between 12 and 15" both, "about 30" neither. */
  min: number | null;
  max: number | null;
  /** The source the figure is attributed to, or null. */
  source: string | null;
  mention: Mention;
}
