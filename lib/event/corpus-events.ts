// The events of the corpus as the library's map and timeline read them: one line per entry whose card was computed
// once (see the library's event cache), filtered in memory by date range, outlet, actor and kind.
import { outletOf, type LibraryEntry } from '../corpus/library';
import type { EventCard, EventKind } from '../types';

/**
 * Raised whenever the card's extraction changes, so that cards cached by an earlier version are computed again.
 * 1: first cached cards.
 */
export const EVENT_CARD_VERSION = 1;

/** What a cached card was computed from: an entry replaced by a new import (new addedAt) is read again. */
export const eventStamp = (entry: Pick<LibraryEntry, 'addedAt'>): string => `${EVENT_CARD_VERSION}|${entry.addedAt}`;

export interface CorpusEvent {
  id: string;
  title: string;
  outlet: string;
  /** The event's own day, else the entry's publication day; null when neither is known. */
  date: string | null;
  kind: EventKind;
  place: string | null;
  governorate: string | null;
  actors: string[];
  /** The first number of people killed the entry's card gives, or null. */
  killed: number | null;
}

const DAY = /^\d{4}-\d{2}-\d{2}/;

/** The event line of an entry, or null when its text reports no event. */
export function corpusEvent(
  entry: Pick<LibraryEntry, 'id' | 'title' | 'date' | 'outlet' | 'url'>,
  card: EventCard | null,
): CorpusEvent | null {
  if (!card) return null;
  // The first toll the card gives, in the order of the text: the headline's and the lead's come first, while the
  // largest figure is often the war's background ("400,000 killed since 2011").
  const first = card.casualties.find(
    (casualty) => casualty.status === 'killed' && (casualty.count ?? casualty.min ?? casualty.max) !== null,
  );
  return {
    id: entry.id,
    title: entry.title,
    outlet: outletOf(entry),
    date: card.date ?? (entry.date && DAY.test(entry.date) ? entry.date.slice(0, 10) : null),
    kind: card.kind,
    place: card.place?.id ?? null,
    governorate: card.place?.governorate ?? null,
    actors: card.actors,
    killed: first ? (first.count ?? first.min ?? first.max) : null,
  };
}

export interface EventFilters {
  /** First and last day kept (ISO), inclusive; an event without a date is dropped once either is set. */
  from?: string | undefined;
  to?: string | undefined;
  outlet?: string | undefined;
  actor?: string | undefined;
  kind?: EventKind | undefined;
}

export function filterEvents(events: readonly CorpusEvent[], filters: EventFilters): CorpusEvent[] {
  const { from, to, outlet, actor, kind } = filters;
  return events.filter(
    (event) =>
      (!from || (event.date !== null && event.date >= from)) &&
      (!to || (event.date !== null && event.date <= to)) &&
      (!outlet || event.outlet === outlet) &&
      (!actor || event.actors.includes(actor)) &&
      (!kind || event.kind === kind),
  );
}

/** The values the filters can take, from all the events (not the filtered ones: a choice never disappears). */
export function filterChoices(events: readonly CorpusEvent[]): {
  outlets: string[];
  actors: { id: string; count: number }[];
  kinds: EventKind[];
  first: string | null;
  last: string | null;
} {
  const outlets = new Set<string>();
  const actors = new Map<string, number>();
  const kinds = new Set<EventKind>();
  let first: string | null = null;
  let last: string | null = null;
  for (const event of events) {
    if (event.outlet) outlets.add(event.outlet);
    for (const actor of event.actors) actors.set(actor, (actors.get(actor) ?? 0) + 1);
    kinds.add(event.kind);
    if (event.date) {
      if (first === null || event.date < first) first = event.date;
      if (last === null || event.date > last) last = event.date;
    }
  }
  return {
    outlets: [...outlets].sort(),
    actors: [...actors].map(([id, count]) => ({ id, count })).sort((a, b) => b.count - a.count),
    kinds: [...kinds],
    first,
    last,
  };
}

export interface TimeBin {
  /** First day of the month (2017-11-01). */
  start: string;
  events: CorpusEvent[];
}

/** The months from `first` to `last`, each with the given events dated in it (empty months included). */
export function monthBins(events: readonly CorpusEvent[], first: string, last: string): TimeBin[] {
  const bins: TimeBin[] = [];
  const byMonth = new Map<string, TimeBin>();
  let [year, month] = [Number(first.slice(0, 4)), Number(first.slice(5, 7))];
  const end = last.slice(0, 7);
  for (let guard = 0; guard < 1200; guard += 1) {
    const key = `${year}-${String(month).padStart(2, '0')}`;
    const bin = { start: `${key}-01`, events: [] };
    bins.push(bin);
    byMonth.set(key, bin);
    if (key >= end) break;
    [year, month] = month === 12 ? [year + 1, 1] : [year, month + 1];
  }
  for (const event of events) if (event.date) byMonth.get(event.date.slice(0, 7))?.events.push(event);
  return bins;
}
