import { accountCandidates, otherAccounts, type OtherAccount } from '../lib/corpus/accounts';
import { completeBundledLibrary } from '../lib/corpus/bundled-library';
import type { LibraryEntry } from '../lib/corpus/library';
import type { IndexedCorpus } from '../lib/corpus/match';
import { indexEntries } from '../lib/corpus/mentions';
import { eventStamp } from '../lib/event/corpus-events';
import { textEvent } from '../lib/event/text-event';
import type { Automaton } from '../lib/recognise/automaton';
import type { EventCard } from '../lib/types';
import { loadMatchLibrary, storedByIds } from './corpus-store';
import { cachedCardsOf } from './event-cache';

// What links an article to the reader's library (the background for the pages and the popup, the corpus page for
// an entry): the library indexed for matching without reading its texts, and the other accounts of an event,
// reading the few candidate entries' event cards (cached by the library page, else computed from their texts).

/** The reader's library without texts, indexed for matching by mention ids and folded words. */
export interface LinkLibrary {
  entries: LibraryEntry[];
  index: IndexedCorpus;
}

/** Reads and indexes the library; without IndexedDB (a private window in some browsers) the bundled corpus answers. */
export async function readLinkLibrary(automaton: Automaton): Promise<LinkLibrary> {
  const bundled = completeBundledLibrary(automaton);
  const { entries, folded } = await loadMatchLibrary(bundled).catch(() => ({
    entries: bundled,
    folded: [] as (string | undefined)[],
  }));
  return { entries, index: indexEntries(entries, automaton, folded) };
}

/** Event cards already known, by entry id (null: the entry tells no event); kept by the caller as long as it likes. */
export type KnownEvents = Map<string, EventCard | null>;

/**
 * Other accounts of `event` in the library: the candidates' cards come from `known`, else the event cache (when
 * computed from the same entry), else their texts, read from the store for entries held without one.
 */
export async function libraryAccounts(
  event: EventCard | null,
  { entries }: LinkLibrary,
  automaton: Automaton,
  { known = new Map(), excludeId }: { known?: KnownEvents; excludeId?: string } = {},
): Promise<OtherAccount[]> {
  const options = { entities: automaton.entities, excludeId };
  const missing = accountCandidates(event, entries, options).filter((entry) => !known.has(entry.id));
  const textless = missing.filter((entry) => !entry.text);
  const ids = textless.map((entry) => entry.id);
  const cached = ids.length > 0 ? await cachedCardsOf(ids).catch(() => new Map()) : new Map();
  const unread = textless.filter((entry) => cached.get(entry.id)?.stamp !== eventStamp(entry));
  const whole =
    unread.length > 0
      ? await storedByIds(unread.map((entry) => entry.id)).catch(() => [] as (LibraryEntry | undefined)[])
      : [];
  const texts = new Map(unread.map((entry, at) => [entry.id, whole[at]?.text ?? '']));
  for (const entry of missing) {
    const cachedCard = cached.get(entry.id);
    const text = entry.text || texts.get(entry.id);
    known.set(
      entry.id,
      cachedCard?.stamp === eventStamp(entry)
        ? cachedCard.event
        : text
          ? textEvent({ ...entry, text }, automaton)
          : null,
    );
  }
  return otherAccounts(event, entries, { ...options, eventOf: (entry) => known.get(entry.id) ?? null });
}
