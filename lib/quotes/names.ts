import { isLinked, type RecognisedMention } from '../recognise/recognise';
import { isPersonLike } from '../recognise/person-like';
import { DEMONYMS, NOT_NAME_WORDS, ORGANISATION_HEADS, TITLE_WORDS, plain } from './vocabulary';
import { AFTER_NON_LETTER, alternationMatches, type Branch } from '../text/word-matches';

export type CandidateKind = 'person' | 'outlet' | 'organisation';

/** A name in the text that may speak: a recognised entity, or a capitalised name the knowledge base does not know. */
export interface NameCandidate {
  start: number;
  end: number;
  /** The words of the name, titles left out ("Hariri" for "M. Hariri"). */
  text: string;
  /** The fullest form of this name in the text ("Ash Carter" for a later "Carter"). */
  name: string;
  entityId: string | null;
  /** The knowledge base's kind of the entity (channel, agency, army…), for descriptions that name a kind. */
  entityKind: string | null;
  kind: CandidateKind;
  /** One word with no title before it and no fuller form elsewhere: a name only where it is the whole agent. */
  weak: boolean;
}

const MEDIA_KINDS = new Set(['agency', 'channel', 'newspaper', 'website']);

function recognisedKind(mention: RecognisedMention): CandidateKind | null {
  const { type, kind } = mention.entity;
  if (type === 'place') return null;
  if (isPersonLike(mention.entity)) return 'person';
  if (type === 'source' && MEDIA_KINDS.has(kind)) return 'outlet';
  return 'organisation';
}

// A capitalised word (with inner hyphens: Abdel-Rahman), or a name particle written before a capitalised word
// (al-Jubouri, bin Laden, Abu Anas, de Mistura).
// Two branches searched as one alternation (lib/text/word-matches), the particle's lookbehind tested apart.
const NAME_TOKEN: Branch[] = [
  { pattern: /\p{Lu}[\p{L}\p{M}'’]*(?:-\p{Lu}?[\p{L}\p{M}'’]+)*/gu },
  { pattern: /(?:al|el|ad|as|ash|bin|ibn|de|du|ben|van|von)(?=[-\s]\p{Lu})/gu, before: AFTER_NON_LETTER },
];
const PARTICLE = /^\p{Ll}/u;

interface Word {
  text: string;
  start: number;
  end: number;
  /** The word as the word lists compare it (see plainOf). */
  plain?: string;
}

// A run's words are compared with several lists, each word several times: its plain form is worked out once.
const plainOf = (word: Word): string => (word.plain ??= plain(word.text));

/** Words of one capitalised run may be joined by spaces or hyphens, or by a dot after a title or an initial. */
function joins(text: string, previous: Word, next: Word): boolean {
  const gap = text.slice(previous.end, next.start);
  if (/^[\s-]+$/.test(gap) && !gap.includes('\n')) return true;
  return /^\.\s+$/.test(gap) && (TITLE_WORDS.has(plainOf(previous)) || /^\p{Lu}$/u.test(previous.text));
}

// A nickname in quotation marks inside a name (John “J.D.” Dorrian) is part of it: blanked for finding runs.
const NICKNAME = /(\p{Lu}[\p{L}\p{M}]*)(\s+[“"‘][^”"’\n]{1,15}[”"’])(?=\s+\p{Lu})/gu;
// The quoted part alone: most texts have none, and it is found much faster than the whole pattern.
const QUOTED_NICKNAME = /\s+[“"‘][^”"’\n]{1,15}[”"’](?=\s+\p{Lu})/u;

function runs(original: string): Word[][] {
  const text = QUOTED_NICKNAME.test(original)
    ? original.replace(NICKNAME, (_, name: string, nickname: string) => name + ' '.repeat(nickname.length))
    : original;
  const all: Word[][] = [];
  let run: Word[] = [];
  for (const match of alternationMatches(text, NAME_TOKEN)) {
    const word = { text: match[0], start: match.index, end: match.index + match[0].length };
    const previous = run.at(-1);
    if (previous && !joins(text, previous, word)) {
      all.push(run);
      run = [];
    }
    run.push(word);
  }
  if (run.length) all.push(run);
  return all;
}

/**
 * A capitalised run read as a name: words that are not names ("But", "The", "Selon") and titles ("Sen.", "Navy
 * Capt.", "Defense Secretary", "M.") are taken off its front, so that a title never becomes the name or cuts it.
 * A run ending in an organisation's head word ("Foreign Office") is an organisation and keeps its words.
 */
function nameOfRun(text: string, words: Word[]): { words: Word[]; kind: CandidateKind; titled: boolean } | null {
  let rest = words.filter((word) => !/['’]s$/u.test(word.text) || word === words.at(-1));
  while (rest[0] && NOT_NAME_WORDS.has(plainOf(rest[0]))) rest = rest.slice(1);
  // "Assad's forces": the possessive ends the name.
  const possessive = rest.findIndex((word) => /['’]s$/u.test(word.text));
  if (possessive >= 0) rest = rest.slice(0, possessive + 1);
  if (rest.length === 0) return null;
  const last = plain(rest.at(-1)!.text.replace(/['’]s$/u, ''));
  const acronym = (word: Word) => /^\p{Lu}{2,}$/u.test(word.text);
  if (ORGANISATION_HEADS.has(last))
    return rest.length >= 2 ? { words: rest, kind: 'organisation', titled: false } : null;
  // "Inherent Resolve Commander", "Defense Minister": a run that ends on a title names a role, not a person.
  if (TITLE_WORDS.has(plainOf(rest.at(-1)!))) return null;
  let titled = false;
  // "US Defense Secretary Ash Carter", "French Navy Capt. X": a country before a title belongs to the title.
  const titleAt = (index: number) => TITLE_WORDS.has(rest[index] ? plainOf(rest[index]) : '');
  while (rest.length > 1 && (titleAt(0) || ((acronym(rest[0]!) || DEMONYMS.has(plainOf(rest[0]!))) && titleAt(1)))) {
    rest = rest.slice(1);
    titled = true;
  }
  if (rest.some(acronym)) return { words: rest, kind: 'organisation', titled: false };
  while (rest[0] && PARTICLE.test(rest[0].text)) rest = rest.slice(1);
  if (rest.length === 0 || TITLE_WORDS.has(plainOf(rest[0]!))) return null;
  // A lone capital is an initial or a fragment of an acronym, never a name.
  if (rest.length === 1 && rest[0]!.text.length < 2) return null;
  if (rest.some((word) => NOT_NAME_WORDS.has(plainOf(word)) || DEMONYMS.has(plainOf(word)))) return null;
  // "the Sawaiq al-Rahman brigade", "the Sheikh Najjar industrial city": a name after a definite article, or
  // before an organisation's head word, is a thing or a body, not a person ("the Foreign Secretary Boris Johnson"
  // keeps a person after the title).
  const definite = /(?:^|\s)(?:the|le|la|du|des)\s+$/iu.test(
    text.slice(Math.max(0, words[0]!.start - 5), words[0]!.start),
  );
  const head = /^\s+(\p{Ll}+)/u.exec(text.slice(rest.at(-1)!.end, rest.at(-1)!.end + 20))?.[1];
  const possessed = /['’]s$/u.test(rest.at(-1)!.text);
  if (head && !possessed && ORGANISATION_HEADS.has(plain(head)))
    return { words: rest, kind: 'organisation', titled: false };
  if (definite && !(titled && rest.length >= 2)) return null;
  return { words: rest, kind: 'person', titled };
}

/**
 * Every name that may speak in the text, in order: the recognised mentions that are not places, then the
 * capitalised names no recognised mention covers. Each name reads as its fullest form in the text: a surname
 * alone ("Carter said") is the person named in full elsewhere ("Defense Secretary Ash Carter").
 */
export function nameCandidates(text: string, mentions: readonly RecognisedMention[]): NameCandidate[] {
  const candidates: NameCandidate[] = [];
  for (const mention of mentions) {
    const kind = recognisedKind(mention);
    if (!kind) continue;
    candidates.push({
      start: mention.start,
      end: mention.end,
      text: mention.text,
      // A name found from the text alone is its fullest form in the article ("Anas Ahmad" for a later "Anas");
      // a knowledge-base name keeps the article's words, which may differ from the base's display name.
      name: isLinked(mention.entity) ? mention.text : mention.entity.name.en,
      entityId: mention.entity.id,
      entityKind: mention.entity.kind,
      kind,
      weak: false,
    });
  }
  // A recognised name covers the run, unless it is a place inside a longer name ("Jassem al-Rubaie" is not the town
  // of Jasim, the "Levant Documentation Centre" not the Levant).
  const covered = (start: number, end: number) =>
    mentions.some(
      (mention) =>
        mention.start < end &&
        mention.end > start &&
        (mention.entity.type !== 'place' || (mention.start <= start && mention.end >= end)),
    );
  const found: { words: Word[]; kind: CandidateKind; titled: boolean }[] = [];
  for (const run of runs(text)) {
    // A run inside one recognised mention gives no name (what it would give is covered): it is not read.
    const runStart = run[0]!.start;
    const runEnd = run.at(-1)!.end;
    if (mentions.some((mention) => mention.start <= runStart && mention.end >= runEnd)) continue;
    const name = nameOfRun(text, run);
    if (name && !covered(name.words[0]!.start, name.words.at(-1)!.end)) found.push(name);
  }
  const fullNames = found.filter((name) => name.kind === 'person' && name.words.length >= 2);
  for (const { words, kind, titled } of found) {
    const start = words[0]!.start;
    const end = words.at(-1)!.end;
    const surface = text.slice(start, end).replace(/['’]s$/u, '');
    // The fuller form is the nearest full name before this one that holds all its words, else the nearest after.
    const holding =
      kind === 'person'
        ? fullNames.filter(
            (full) =>
              full.words.length > words.length &&
              words.every((word) => full.words.some((other) => plainOf(other) === plainOf(word))),
          )
        : [];
    const fuller = holding.filter((full) => full.words[0]!.start < start).at(-1) ?? holding[0];
    const name = fuller ? text.slice(fuller.words[0]!.start, fuller.words.at(-1)!.end) : surface;
    candidates.push({
      start,
      end: start + surface.length,
      text: surface,
      name,
      entityId: null,
      entityKind: null,
      kind,
      weak: kind === 'person' && words.length === 1 && !titled && !fuller,
    });
  }
  return candidates.sort((a, b) => a.start - b.start);
}

/** The candidates that lie inside [start, end). */
export function candidatesIn(candidates: readonly NameCandidate[], start: number, end: number): NameCandidate[] {
  return candidates.filter((candidate) => candidate.start >= start && candidate.end <= end);
}
