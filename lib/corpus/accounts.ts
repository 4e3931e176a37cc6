// Other accounts of the same event: corpus entries whose own event card has the same place or governorate, a date
// within a few days and a compatible kind. Each is shown with its outlet, figures and actors, and with what differs
// from the article read (the toll, who acted, the kind, the day): accounts that differ, never a verdict on truth.
import type { KnowledgeEntity } from '../knowledge/schema';
import { entityLookup, governorateOf } from '../event/place';
import type { Casualty, EventCard, EventKind } from '../types';
import { outletOf, type LibraryEntry } from './library';

/** Dates further apart than this are other events (a raid on Monday and one a week later). */
export const ACCOUNT_DAYS = 3;

export type AccountDifference = 'casualties' | 'actors' | 'kind' | 'date' | 'place';

export interface OtherAccount {
  id: string;
  title: string;
  outlet: string;
  event: EventCard;
  /** What this account tells otherwise than the article read. */
  differs: AccountDifference[];
}

// Words for a whole that others name in its parts: clashes or an offensive include shelling and air strikes.
const GENERAL_KINDS = new Set<EventKind>(['other', 'clashes', 'offensive', 'capture']);
// Outlets name one bombardment "shelling" or "air strikes" as they see it.
const BOMBARDMENT = new Set<EventKind>(['shelling', 'air-strike']);

export function compatibleKinds(a: EventKind, b: EventKind): boolean {
  return a === b || GENERAL_KINDS.has(a) || GENERAL_KINDS.has(b) || (BOMBARDMENT.has(a) && BOMBARDMENT.has(b));
}

function daysApart(a: string, b: string): number {
  return Math.abs(Date.parse(`${a}T00:00:00Z`) - Date.parse(`${b}T00:00:00Z`)) / 86_400_000;
}

/** Same place, or places in the same governorate. */
function samePlace(a: EventCard, b: EventCard): boolean {
  if (!a.place || !b.place) return false;
  if (a.place.id === b.place.id) return true;
  return a.place.governorate !== null && a.place.governorate === b.place.governorate;
}

const figureKey = (c: Casualty) => `${c.status}|${c.victims}|${c.count ?? c.min}|${c.source ?? ''}`;

function differences(read: EventCard, other: EventCard): AccountDifference[] {
  const found: AccountDifference[] = [];
  const killed = (event: EventCard) => new Set(event.casualties.map(figureKey));
  const [ours, theirs] = [killed(read), killed(other)];
  if (ours.size !== theirs.size || [...ours].some((key) => !theirs.has(key))) found.push('casualties');
  const actors = (event: EventCard) => [...event.actors].sort().join('|');
  if (actors(read) !== actors(other)) found.push('actors');
  if (read.kind !== other.kind) found.push('kind');
  if (read.date && other.date && read.date !== other.date) found.push('date');
  if (read.place?.id !== other.place?.id) found.push('place');
  return found;
}

export interface AccountsOptions {
  /** The event card of an entry (analyse it, or read a stored card). */
  eventOf: (entry: LibraryEntry) => EventCard | null;
  entities: readonly KnowledgeEntity[];
  /** The entry being read, when it is itself in the corpus. */
  excludeId?: string | undefined;
  limit?: number;
  /** At most this many candidate entries are analysed (a large imported corpus names Aleppo hundreds of times). */
  maxAnalysed?: number;
}

const MAX_ANALYSED = 25;

/**
 * The entries otherAccounts analyses for `event`: those naming its place first, then those naming a place of its
 * governorate, at most `maxAnalysed` (a caller reading entries without their texts fetches these cards first).
 */
export function accountCandidates(
  event: EventCard | null,
  entries: readonly LibraryEntry[],
  options: Omit<AccountsOptions, 'eventOf'>,
): LibraryEntry[] {
  if (!event?.place) return [];
  const byId = entityLookup(options.entities);
  const near = (id: string) => {
    if (id === event.place!.id) return true;
    const entity = byId.get(id);
    return entity?.type === 'place' && event.place!.governorate !== null
      ? governorateOf(entity, byId) === event.place!.governorate
      : false;
  };
  // Entries naming the place itself first, then those naming its governorate; a bounded number is analysed.
  return entries
    .filter((entry) => entry.id !== options.excludeId && entry.mentions?.some(near))
    .map((entry) => ({ entry, exact: entry.mentions!.filter((id) => id === event.place!.id).length }))
    .sort((a, b) => b.exact - a.exact)
    .slice(0, options.maxAnalysed ?? MAX_ANALYSED)
    .map(({ entry }) => entry);
}

/**
 * Entries of `entries` reporting the same event as `event`. Only entries naming the event's place or a place of
 * its governorate are analysed (their mention ids are stored), so the cost is that of a handful of analyses.
 */
export function otherAccounts(
  event: EventCard | null,
  entries: readonly LibraryEntry[],
  options: AccountsOptions,
): OtherAccount[] {
  if (!event?.place) return [];
  const accounts: OtherAccount[] = [];
  for (const entry of accountCandidates(event, entries, options)) {
    const other = options.eventOf(entry);
    if (!other || !samePlace(event, other) || !compatibleKinds(event.kind, other.kind)) continue;
    // Without both dates the same place alone must tie them; with both, a few days at most.
    if (
      event.date && other.date ? daysApart(event.date, other.date) > ACCOUNT_DAYS : event.place.id !== other.place!.id
    )
      continue;
    accounts.push({
      id: entry.id,
      title: entry.title,
      outlet: outletOf(entry),
      event: other,
      differs: differences(event, other),
    });
  }
  return accounts.slice(0, options.limit ?? 5);
}
