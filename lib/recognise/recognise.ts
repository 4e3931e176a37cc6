import type { EntityResult, EntityType, Mention } from '../types';
import type { KnowledgeEntity } from '../knowledge/schema';
import { foldWord } from '../text/fold';
import { isGivenName } from './person-names';
import { tokenise, type Token } from '../text/tokens';
import { walk, type AliasEntry, type Automaton } from './automaton';
import { contextScore } from './context';
import { withOpenNames } from './open-names';
import { withGovernments } from './governments';
import type { UnlinkedEntity } from './unlinked';

/** A knowledge-base entity, or one found from the text alone (`linked: false`). */
export type MentionEntity = KnowledgeEntity | UnlinkedEntity;

export interface RecognisedMention extends Mention {
  entity: MentionEntity;
}

export const isLinked = (entity: MentionEntity): boolean => !('linked' in entity) || entity.linked;

// Spacing, hyphens, apostrophes and dots vary between outlets (U.S., U.S, US-led) even in exact-case names.
const SEPARATORS = /[\s\-‐‑–—'’ʼ.]+/g;

function sameExactSpelling(pageText: string, alias: string): boolean {
  return pageText.replace(SEPARATORS, ' ').trim() === alias.replace(SEPARATORS, ' ').trim();
}

function acceptedEntries(entries: readonly AliasEntry[], pageText: string): AliasEntry[] {
  return entries.filter((entry) =>
    entry.exact !== null ? sameExactSpelling(pageText, entry.exact) : !entry.capitalised || /^\p{Lu}/u.test(pageText),
  );
}

// A capitalised word ending in one "s": maybe a possessive whose apostrophe was stripped ("Syrias", "ISILs").
const POSSESSIVE_WITHOUT_APOSTROPHE = /^\p{Lu}[\p{L}\p{M}]{2,}[^s\W]s$/u;

interface Candidate {
  start: number;
  end: number;
  firstToken: number;
  lastToken: number;
  entityIndexes: number[];
  /** Matched only through names that are also ordinary words or need their exact case (Ana, Hit, Bab…). */
  ambiguous: boolean;
}

/** Leftmost-longest matching over the token stream; a case-guarded alias that fails its case falls back to shorter ones. */
function findCandidates(text: string, tokens: readonly Token[], automaton: Automaton): Candidate[] {
  const folded = tokens.map((token) => token.folded);
  const possessiveStripped = tokens.map((token) => {
    const word = text.slice(token.start, token.end);
    return POSSESSIVE_WITHOUT_APOSTROPHE.test(word) ? foldWord(word.slice(0, -1)) : null;
  });
  const candidates: Candidate[] = [];
  let index = 0;
  while (index < tokens.length) {
    const hits = walk(automaton, folded, index, possessiveStripped);
    let taken: Candidate | null = null;
    for (let hitIndex = hits.length - 1; hitIndex >= 0 && !taken; hitIndex -= 1) {
      const hit = hits[hitIndex]!;
      const start = tokens[index]!.start;
      const end = tokens[hit.lastToken]!.end;
      const entries = acceptedEntries(hit.entries, text.slice(start, end)).filter(
        (entry) => !endsLongerName(text, tokens, index, hit.lastToken, entry, automaton),
      );
      if (entries.length > 0) {
        const entityIndexes = [...new Set(entries.map((entry) => entry.entityIndex))];
        const ambiguous = entries.every((entry) => entry.exact !== null || entry.capitalised);
        taken = { start, end, firstToken: index, lastToken: hit.lastToken, entityIndexes, ambiguous };
      }
    }
    if (taken) {
      candidates.push(taken);
      index = taken.lastToken + 1;
    } else {
      index += 1;
    }
  }
  return candidates;
}

// A capitalised determiner opens a sentence ("The Coalition struck"); it is not a name before the noun.
const DETERMINERS = new Set(['the', 'a', 'an', 'our', 'their', 'its', 'this', 'that', 'le', 'la', 'les', 'l', 'cette']);

/**
 * A case-guarded one-word name that is also a common noun ("Coalition" for the US-led coalition) right after a
 * capitalised word is the last word of another name ("Syrian Coalition", "Stop the War Coalition"), not the entity.
 * Places are left to isPartOfPersonName.
 */
function endsLongerName(
  text: string,
  tokens: readonly Token[],
  first: number,
  last: number,
  entry: AliasEntry,
  automaton: Automaton,
): boolean {
  if (entry.exact === null || first !== last || automaton.entities[entry.entityIndex]!.type === 'place') return false;
  if (!/^\p{Lu}\p{Ll}+$/u.test(entry.exact)) return false;
  const before = tokens[first - 1];
  return (
    before !== undefined &&
    /^[ \u00a0]$/u.test(text.slice(before.end, tokens[first]!.start)) &&
    /^\p{Lu}/u.test(text.slice(before.start, before.end)) &&
    !DETERMINERS.has(text.slice(before.start, before.end).toLowerCase())
  );
}

// "in" / "en" inside a name: where a longer name ends in a place after it ("Islamic State in Iraq", the 2006–2013
// group), the words may as well be a shorter name and a place ("fighting Islamic State in Iraq").
const LOCATIVE = new Set(['in', 'en']);

/** The entity a whole token range [first, last] is a name of, if the automaton has it written exactly so. */
function exactHit(
  text: string,
  tokens: readonly Token[],
  folded: readonly string[],
  automaton: Automaton,
  first: number,
  last: number,
): Candidate | null {
  const hit = walk(automaton, folded.slice(0, last + 1), first).find((item) => item.lastToken === last);
  if (!hit) return null;
  const start = tokens[first]!.start;
  const end = tokens[last]!.end;
  const entries = acceptedEntries(hit.entries, text.slice(start, end));
  if (!entries.length) return null;
  const entityIndexes = [...new Set(entries.map((entry) => entry.entityIndex))];
  return { start, end, firstToken: first, lastToken: last, entityIndexes, ambiguous: false };
}

/**
 * Longest-match guard: a name that ends in "in <place>" is read as the shorter name plus the place when both are
 * names on their own and the text never names the longer entity otherwise.
 */
function splitBeforePlace(
  text: string,
  tokens: readonly Token[],
  folded: readonly string[],
  automaton: Automaton,
  candidates: readonly Candidate[],
): Candidate[] {
  const result: Candidate[] = [];
  for (const candidate of candidates) {
    let split: Candidate[] | null = null;
    for (let at = candidate.firstToken + 1; at < candidate.lastToken && !split; at += 1) {
      if (!LOCATIVE.has(folded[at]!)) continue;
      const head = exactHit(text, tokens, folded, automaton, candidate.firstToken, at - 1);
      const place = exactHit(text, tokens, folded, automaton, at + 1, candidate.lastToken);
      if (!head || !place) continue;
      const isPlace = (index: number) => automaton.entities[index]!.type === 'place';
      if (!place.entityIndexes.some(isPlace)) continue;
      if (head.entityIndexes.some((index) => candidate.entityIndexes.includes(index))) continue;
      const namedOtherwise = candidates.some(
        (other) =>
          other !== candidate &&
          other.entityIndexes.some((index) => candidate.entityIndexes.includes(index)) &&
          !other.entityIndexes.some((index) => head.entityIndexes.includes(index)),
      );
      if (!namedOtherwise) split = [head, { ...place, entityIndexes: place.entityIndexes.filter(isPlace) }];
    }
    result.push(...(split ?? [candidate]));
  }
  return result;
}

/**
 * Picks one reading for names shared by several entities (al-Mayadeen the town and the channel): the words
 * around the mention first, then the reading the rest of the article uses unambiguously, then the first listed.
 */
function resolve(
  candidate: Candidate,
  folded: readonly string[],
  automaton: Automaton,
  unambiguous: Set<number>,
): number {
  const [first] = candidate.entityIndexes;
  if (candidate.entityIndexes.length === 1) return first!;
  let best = first!;
  let bestScore = -1;
  for (const entityIndex of candidate.entityIndexes) {
    const type = automaton.entities[entityIndex]!.type as EntityType;
    const score =
      contextScore(type, folded, candidate.firstToken, candidate.lastToken) + (unambiguous.has(entityIndex) ? 0.5 : 0);
    if (score > bestScore) {
      best = entityIndex;
      bestScore = score;
    }
  }
  return best;
}

/**
 * A place name that is part of a person's name: after a given name ("Hassan al-Obeidi"), or an ambiguous one-word
 * name followed by a capitalised word that nothing else explains ("Ana Ferreira").
 */
function isPartOfPersonName(text: string, tokens: readonly Token[], candidate: Candidate, taken: ReadonlySet<number>) {
  const before = tokens[candidate.firstToken - 1];
  if (
    before &&
    /^\s$/.test(text.slice(before.end, candidate.start)) &&
    isGivenName(text.slice(before.start, before.end))
  ) {
    return true;
  }
  const after = tokens[candidate.lastToken + 1];
  return (
    candidate.ambiguous &&
    candidate.firstToken === candidate.lastToken &&
    // A first name is written Capitalised; acronyms ("US Army") are not first names.
    /^\p{Lu}\p{Ll}+$/u.test(text.slice(candidate.start, candidate.end)) &&
    after !== undefined &&
    !taken.has(candidate.lastToken + 1) &&
    /^ $/.test(text.slice(candidate.end, after.start)) &&
    /^\p{Lu}\p{Ll}/u.test(text.slice(after.start, after.end))
  );
}

/** The mentions of the text; `tokens` are the text's own (tokenise), when the caller already has them. */
export function recogniseMentions(
  text: string,
  automaton: Automaton,
  tokens: readonly Token[] = tokenise(text),
): RecognisedMention[] {
  const folded = tokens.map((token) => token.folded);
  const found = splitBeforePlace(text, tokens, folded, automaton, findCandidates(text, tokens, automaton));
  const covered = new Set(found.flatMap((candidate) => [candidate.firstToken, candidate.lastToken]));
  const candidates = found.filter(
    (candidate) =>
      !candidate.entityIndexes.every((index) => automaton.entities[index]!.type === 'place') ||
      !isPartOfPersonName(text, tokens, candidate, covered),
  );
  const unambiguous = new Set(
    candidates
      .filter((candidate) => candidate.entityIndexes.length === 1)
      .map((candidate) => candidate.entityIndexes[0]!),
  );
  const known: RecognisedMention[] = candidates.map((candidate) => ({
    start: candidate.start,
    end: candidate.end,
    text: text.slice(candidate.start, candidate.end),
    entity: automaton.entities[resolve(candidate, folded, automaton, unambiguous)]!,
  }));
  return withOpenNames(text, withGovernments(text, known, automaton.entities), tokens);
}

/** Groups mentions by entity, in order of first appearance. */
export function groupMentions(mentions: readonly RecognisedMention[], lang: string): EntityResult[] {
  const byId = new Map<string, EntityResult>();
  for (const mention of mentions) {
    const { entity } = mention;
    let result = byId.get(entity.id);
    if (!result) {
      result = {
        id: entity.id,
        type: entity.type,
        kind: entity.kind,
        name: lang === 'fr' ? entity.name.fr : entity.name.en,
        linked: isLinked(entity),
        quoted: false,
        mentions: [],
      };
      byId.set(entity.id, result);
    }
    result.mentions.push({ start: mention.start, end: mention.end, text: mention.text });
  }
  return [...byId.values()];
}
