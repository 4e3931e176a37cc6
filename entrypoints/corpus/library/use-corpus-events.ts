import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { loadedAutomaton } from '../../../platform/knowledge';
import type { LibraryEntry } from '../../../lib/corpus/library';
import { corpusEvent, eventStamp, type CorpusEvent } from '../../../lib/event/corpus-events';
import { textEvent } from '../../../lib/event/text-event';
import { runInSlices } from '../../../lib/steps';
import { byNewest } from '../../../lib/corpus/search';
import { storedByIds } from '../../../platform/corpus-store';
import { cachedCards, putCachedCards, type CachedCard } from '../../../platform/event-cache';

// Reading a card costs about 10 ms a text: the page computes them in slices and gives the browser a turn between
// slices, so the list and the filters answer while 469 imported articles are read.
const SLICE_MS = 40;
const yieldToBrowser = () => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * The map and timeline read the newest entries of a large corpus only: at about 10 ms a card, an archive of 100,000
 * entries would keep the page busy for a quarter of an hour (and hold every text in memory). The section says so.
 */
export const EVENT_ENTRIES = 2000;

/**
 * The events of all entries, each computed once: cached cards are read first, the others (new entries, or cards
 * of an earlier version) are computed here and cached. Filtering then runs in memory over the returned list.
 */
export function useCorpusEvents(all: readonly LibraryEntry[] | null): {
  events: CorpusEvent[];
  /** Entries whose card is still being computed. */
  pending: number;
  /** The entries whose events are read, of how many (fewer when the corpus has more than EVENT_ENTRIES). */
  read: number;
  of: number;
} {
  const entries = useMemo(
    () => (all && all.length > EVENT_ENTRIES ? [...all].sort(byNewest).slice(0, EVENT_ENTRIES) : all),
    [all],
  );
  const cards = useRef(new Map<string, CachedCard>());
  const cacheRead = useRef(false);
  const [version, setVersion] = useState(0);
  const [pending, setPending] = useState(-1);
  // The list is handed over again when its words or names arrive: only other entries (or stamps) start a new pass.
  const current = useRef(entries);
  current.current = entries;
  const key = useMemo(() => entries?.map((entry) => `${entry.id} ${eventStamp(entry)}`).join('\n') ?? null, [entries]);

  useEffect(() => {
    const entries = current.current;
    if (!entries || key === null) return undefined;
    let cancelled = false;
    void (async () => {
      if (!cacheRead.current) {
        cacheRead.current = true;
        // Without IndexedDB the cards are computed for this visit only.
        cards.current = await cachedCards().catch(() => new Map<string, CachedCard>());
        if (cancelled) return;
      }
      const missing = entries.filter((entry) => cards.current.get(entry.id)?.stamp !== eventStamp(entry));
      setPending(missing.length);
      setVersion((value) => value + 1);
      if (missing.length === 0) return;
      // The list holds stored entries without their text: read those the cards need, once.
      const texts = new Map<string, string>();
      const textless = missing.filter((entry) => !entry.text).map((entry) => entry.id);
      if (textless.length > 0) {
        const whole = await storedByIds(textless).catch(() => [] as (LibraryEntry | undefined)[]);
        for (const entry of whole) if (entry) texts.set(entry.id, entry.text);
      }
      await yieldToBrowser();
      const automaton = loadedAutomaton();
      const computed: CachedCard[] = [];
      function* readCards(): Generator<void, void, void> {
        for (const entry of missing) {
          if (cancelled) return;
          const text = entry.text || texts.get(entry.id) || '';
          const card: CachedCard = {
            id: entry.id,
            stamp: eventStamp(entry),
            event: text ? textEvent({ text, title: entry.title, date: entry.date }, automaton) : null,
          };
          cards.current.set(entry.id, card);
          computed.push(card);
          yield;
        }
      }
      // Between slices the map shows the cards read so far.
      const showProgress = async () => {
        setPending(missing.length - computed.length);
        setVersion((value) => value + 1);
        await yieldToBrowser();
      };
      await runInSlices(readCards(), showProgress, SLICE_MS);
      // Stored before "ready": a reader (or a test) who closes the page then finds the cards cached.
      await putCachedCards(computed, new Set(entries.map((entry) => entry.id))).catch(() => undefined);
      if (!cancelled) {
        setPending(0);
        setVersion((value) => value + 1);
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [key]);

  const events = useMemo(() => {
    const found: CorpusEvent[] = [];
    for (const entry of entries ?? []) {
      const card = cards.current.get(entry.id);
      const event = card && card.stamp === eventStamp(entry) ? corpusEvent(entry, card.event) : null;
      if (event) found.push(event);
    }
    return found;
  }, [entries, version]);

  return { events, pending, read: entries?.length ?? 0, of: all?.length ?? 0 };
}
