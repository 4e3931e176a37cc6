import type { Mention, QuoteResult, Speaker } from '../types';
import type { RecognisedMention } from '../recognise/recognise';
import {
  ABBREVIATION_DOT,
  ACCORDING_TO_AFTER,
  ACCORDING_TO_BEFORE,
  ACCORDING_TO_OPENING,
  AFTER_QUOTE_INVERTED,
  AFTER_QUOTE_PRONOUN,
  AFTER_QUOTE_SUBJECT,
  ANONYMOUS,
  BEFORE_QUOTE,
  COLON_BEFORE,
  DEMONYMS,
  NOT_NAME_WORDS,
  ORGANISATION_HEADS,
  TITLE_WORDS,
  VERB,
  plain,
} from './vocabulary';
import { findQuoteSpans, type QuoteSpan } from './spans';
import { candidatesIn, nameCandidates, type NameCandidate } from './names';
import { genderAgrees, referenceOf, resolveReference, type Antecedent, type Gender } from './coreference';
import { attributedEntityIds } from './attributed';
import { replaceMatches } from '../text/word-matches';

// The quote attribution sieve (after Muzny et al. 2017): each rule looks for the words that attribute a quote in
// one construction; the first rule that finds them wins, and those words are then read as a speaker (a name, a
// pronoun or description resolved to a name, an unnamed source, or nobody).

const CONTEXT = 220;

interface Context {
  text: string;
  span: QuoteSpan;
  /** The text before the opening mark, up to CONTEXT characters, without the marks that open the quote. */
  before: string;
  beforeStart: number;
  /** The rest of the sentence after the closing mark. */
  after: string;
  afterStart: number;
}

/**
 * The attributing words: [start, end) of the agent phrase, and where its subject stands when it holds several
 * comma-separated parts ("said X, a spokesman…" → first; "Gen. X, commander of Y, said" → last).
 */
interface Agent {
  start: number;
  end: number;
  subject: 'first' | 'last';
  /** Only names before the clause's first verb count (a colon-introduced quote: its subject speaks). */
  subjectOnly?: boolean;
}

interface Previous {
  speaker: Speaker | null;
  /** Where the previous quote's own sentence ends (its attribution included). */
  sentenceEnd: number;
  close: number;
}

type Found = Agent | 'continuation';

interface Rule {
  name: string;
  find: (context: Context, previous: Previous | null) => Found | null;
}

function groupRange(base: number, match: RegExpExecArray, group: number): [number, number] {
  const start = base + match.index + match[0].lastIndexOf(match[group]!);
  return [start, start + match[group]!.length];
}

/** "», a-t-il ajouté", "ajoute-t-elle", "” he said": the pronoun is the agent. */
const afterPronoun: Rule = {
  name: 'after-quote pronoun',
  find({ after, afterStart }) {
    const match = AFTER_QUOTE_PRONOUN.exec(after);
    if (!match) return null;
    const pronoun = /(?<![\p{L}])(?:il|elle|ils|elles|on|he|she|they)(?![\p{L}])/iu.exec(match[0]);
    if (!pronoun) return null;
    const start = afterStart + pronoun.index;
    return { start, end: start + pronoun[0].length, subject: 'first' };
  },
};

/** "», a déclaré X", "” said X, a spokeswoman for…": verb first, then the speaker. */
const afterInverted: Rule = {
  name: 'after-quote verb then speaker',
  find({ text, after, afterStart }) {
    const match = AFTER_QUOTE_INVERTED.exec(after);
    if (!match) return null;
    let start = afterStart + match.index + match[0].length;
    let rest = text.slice(start, afterStart + after.length);
    // "” said. Col. X": a quote followed by a bare reporting verb cannot end its sentence there.
    if (/^\.\s+\p{Lu}/u.test(text.slice(start, start + 4))) {
      const next = text.slice(start + 1, start + CONTEXT).split(/[.!?\n]/u)[0] ?? '';
      start += 1;
      rest = next;
    }
    const end = rest.search(
      /,\s*(?:précisant|ajoutant|soulignant|indiquant|expliquant|adding|saying|noting|who|qui)(?![\p{L}])|;|\s+(?:dans|lors)\s+(?:un|une|d['’])|\s+(?:in|on|during)\s+(?:a|an|the)\s/iu,
    );
    return { start, end: start + (end >= 0 ? end : rest.length), subject: 'first' };
  },
};

/** "», X a déclaré", "” the channel reported": the speaker, then the verb. */
const afterSubject: Rule = {
  name: 'after-quote speaker then verb',
  find({ after, afterStart }) {
    const match = AFTER_QUOTE_SUBJECT.exec(after);
    if (!match?.[1]) return null;
    const [start, end] = groupRange(afterStart, match, 1);
    return { start, end, subject: 'last' };
  },
};

/** "», selon X", "”, according to X", "», cité par X". */
const afterAccordingTo: Rule = {
  name: 'after-quote according to',
  find({ after, afterStart }) {
    const match = ACCORDING_TO_AFTER.exec(after);
    if (!match) return null;
    return { start: afterStart + match[0].length, end: afterStart + after.length, subject: 'first' };
  },
};

/** "Selon X, «", "According to X: “". */
const beforeAccordingTo: Rule = {
  name: 'according to before the quote',
  find({ before, beforeStart }) {
    const match = ACCORDING_TO_BEFORE.exec(before);
    if (!match?.[1]) return null;
    const [start, end] = groupRange(beforeStart, match, 1);
    return { start, end, subject: 'first' };
  },
};

/** "X a déclaré : «", "X told reporters: “", "He added, “" — and the inverted "…, a affirmé notre correspondant :". */
const beforeVerb: Rule = {
  name: 'speaker and verb before the quote',
  find({ before, beforeStart }) {
    const match = BEFORE_QUOTE.exec(before);
    if (!match?.[1]) return null;
    // "…de l'armée syrienne, a affirmé notre correspondant :": after a comma the verb comes first, and its
    // subject is what follows it, not the name before the comma.
    const inverted = /^\s*(?:a|ont|avait|avaient)\s/iu.test(
      before.slice(match.index + match[0].indexOf(match[1]) + match[1].length),
    );
    if (match[1].endsWith(',') && inverted) {
      const tail = match[3]?.trim();
      if (!tail) return null;
      const [start, end] = groupRange(beforeStart, match, 3);
      return { start, end, subject: 'first' };
    }
    const [start, end] = groupRange(beforeStart, match, 1);
    return { start, end, subject: 'last' };
  },
};

/** "Un habitant de Khasham, joint par téléphone, décrit la nuit : «": the subject of the clause before a colon. */
const beforeColon: Rule = {
  name: 'colon-introduced quote',
  find({ before, beforeStart }) {
    const match = COLON_BEFORE.exec(before);
    if (!match?.[1]) return null;
    const [start, end] = groupRange(beforeStart, match, 1);
    return { start, end, subject: 'first', subjectOnly: true };
  },
};

/** "Selon X, les combats… « … »": a sentence that opens on its source. */
const sentenceAccordingTo: Rule = {
  name: 'sentence opening on according to',
  find({ before, beforeStart }) {
    const sentenceStart = Math.max(before.search(/[^.!?\n]*$/), 0);
    const sentence = before.slice(sentenceStart);
    const trimmed = sentence.trimStart();
    const match = ACCORDING_TO_OPENING.exec(trimmed);
    if (!match?.[1]) return null;
    const start = beforeStart + sentenceStart + (sentence.length - trimmed.length) + match[0].indexOf(match[1]);
    return { start, end: start + match[1].length, subject: 'first' };
  },
};

/**
 * A quote that carries on the previous one: nothing but marks between them ("« … »\n« … »"), or only the previous
 * quote's own attribution ("“…,” Cook said. “…”").
 */
const continuation: Rule = {
  name: 'continuation of the previous quote',
  find({ text, span }, previous) {
    if (!previous?.speaker) return null;
    const between = /^[\s"”“»«‘’,.;:]*$/u;
    if (between.test(text.slice(previous.close + 1, span.open))) return 'continuation';
    if (previous.sentenceEnd <= span.open && between.test(text.slice(previous.sentenceEnd, span.open)))
      return 'continuation';
    return null;
  },
};

// "Omar says the library keeps them going.\n« … »": a sentence reporting someone's words, then a paragraph that
// opens on a quote. The subject must stand at the start of the sentence, before the verb.
const REPORTING_SENTENCE = new RegExp(
  `^(?:[^.!?\\n,]{0,60},\\s+)?([^.!?\\n,]{1,80}?)\\s+(?:(?:a|ont|has|had|have)\\s+)?(?:${VERB})(?![\\p{L}])`,
  'iu',
);

/** A paragraph opening on a quote, after a sentence that reports its speaker's words. */
const previousSentence: Rule = {
  name: 'reporting sentence before a paragraph-opening quote',
  find({ text, span }) {
    const lineStart = text.lastIndexOf('\n', span.open - 1);
    if (lineStart < 0 || !/^[\s"“«‘]*$/u.test(text.slice(lineStart + 1, span.open))) return null;
    const paragraph = text.slice(Math.max(0, lineStart - CONTEXT), lineStart);
    const sentences = paragraph.split(/(?<=[.!?])\s+|\n/u);
    const sentence =
      sentences
        .filter((part) => part.trim())
        .at(-1)
        ?.trim() ?? '';
    if (!sentence || /[«»“”"]/u.test(sentence)) return null;
    const match = REPORTING_SENTENCE.exec(sentence);
    if (!match?.[1]) return null;
    const start = lineStart - paragraph.length + paragraph.lastIndexOf(sentence) + match[0].indexOf(match[1]);
    return { start, end: start + match[1].length, subject: 'last' };
  },
};

/** The order of the sieve: attributions before the quote, then after it, then the sentence and its neighbour. */
export const SIEVE: readonly Rule[] = [
  beforeAccordingTo,
  beforeVerb,
  beforeColon,
  afterPronoun,
  afterAccordingTo,
  afterInverted,
  afterSubject,
  sentenceAccordingTo,
  continuation,
  previousSentence,
];

interface Chunk {
  start: number;
  end: number;
  words: string;
}

function chunksOf(text: string, start: number, end: number): Chunk[] {
  const chunks: Chunk[] = [];
  let from = start;
  const phrase = text.slice(start, end);
  for (const part of phrase.split(/,\s*/)) {
    const offset = text.indexOf(part, from);
    let s = offset;
    let e = offset + part.length;
    while (s < e && /[\s«»“”"‘’:()]/.test(text[s]!)) s += 1;
    while (e > s && /[\s«»“”"‘’:().]/.test(text[e - 1]!)) e -= 1;
    if (e > s) chunks.push({ start: s, end: e, words: text.slice(s, e).replace(/\s+/g, ' ') });
    from = offset + part.length;
  }
  return chunks;
}

// An indefinite description is an unnamed source ("a security source", "un commandement irakien", "an official").
const UNNAMED = /^(?:[Aa]n?|[Uu]ne?|[Oo]ne)\s+\p{Ll}[\p{L}'’-]*(?:\s+[\p{L}'’-]+){0,5}$/u;

// A chunk in apposition to a name: it opens on a common noun ("commander of…", "a spokeswoman for…", "the head of…").
const APPOSITION = /^(?!(?:a|an|the|un|une|le|la)\s+\p{Lu})(?:(?:a|an|the|un|une|le|la)\s+|l['’])?\p{Ll}/u;

// "a déclaré à l'AFP", "told Reuters": the outlet spoken to is not the speaker.
function isAddressee(text: string, candidate: NameCandidate): boolean {
  return /(?:(?<![\p{L}\p{N}])(?:à|au|aux)\s+(?:l['’]|la\s+|le\s+)?|\b(?:to|told)\s+(?:the\s+)?)$/iu.test(
    text.slice(Math.max(0, candidate.start - 8), candidate.start),
  );
}

/** Where the clause's first verb-like word stands: a lower-case word that is neither a function word nor a title. */
function firstVerbAt(text: string, chunk: Chunk): number {
  for (const match of chunk.words.matchAll(/(?<![\p{L}'’-])\p{Ll}[\p{L}'’-]+/gu)) {
    const word = plain(match[0].replace(/^[ldj]['’]/u, ''));
    if (!NOT_NAME_WORDS.has(word) && !TITLE_WORDS.has(word)) return text.indexOf(match[0], chunk.start);
  }
  return chunk.end;
}

interface Resolved {
  speaker: Speaker;
  /** The name standing for a person the knowledge base does not know, to be listed as a quoted person. */
  unlinked: NameCandidate | null;
  /** The name it came from, which a later pronoun may stand for. */
  candidate?: NameCandidate;
}

function fromCandidate(candidate: NameCandidate, mention?: Mention): Resolved {
  const speaker: Speaker = { text: candidate.name, entityId: candidate.entityId };
  if (mention) speaker.mention = mention;
  return {
    speaker,
    unlinked: candidate.entityId === null && candidate.kind === 'person' ? candidate : null,
    candidate,
  };
}

const personIn = (text: string, candidates: readonly NameCandidate[], chunk: Chunk, strict = false) =>
  candidates.find(
    (candidate) =>
      candidate.kind === 'person' &&
      !isAddressee(text, candidate) &&
      // A lone word is a name only as the whole agent of a verb ("says Manal", "Cook said"), not before a colon
      // (a headline's "Idleb : « … »").
      (!candidate.weak || (!strict && chunk.words.replace(/^(?:\p{Lu}\p{L}{0,4}\.\s*)+/u, '') === candidate.text)),
  );

/** Reads the attributing words as a speaker, or as nobody (a fragment is never a speaker). */
function resolveAgent(
  text: string,
  agent: Agent,
  candidates: readonly NameCandidate[],
  antecedents: readonly Antecedent[],
  quoteOpen: number,
  previous: Previous | null,
  genders: Map<string, Gender>,
): Resolved | null {
  const chunks = chunksOf(text, agent.start, agent.end);
  if (chunks.length === 0) return null;
  let index = agent.subject === 'first' ? 0 : chunks.length - 1;
  const inChunk = (chunk: Chunk) => {
    const limit = agent.subjectOnly ? firstVerbAt(text, chunk) : chunk.end;
    return candidatesIn(candidates, chunk.start, limit);
  };
  // "Gen. X, commander of Y, said" / "Sources close to X, the umbrella of Y, said": the apposition describes the
  // subject before it, whenever that part names someone.
  if (agent.subject === 'last' && index > 0 && APPOSITION.test(chunks[index]!.words)) {
    const previous = chunks[index - 1]!;
    const named = inChunk(previous).some((candidate) => !candidate.weak);
    if (named || ANONYMOUS.test(previous.words) || UNNAMED.test(previous.words)) index -= 1;
  }
  const chunk = chunks[index]!;
  const inside = inChunk(chunk);
  const person = personIn(text, inside, chunk, agent.subjectOnly);
  if (person) return fromCandidate(person);
  // "le directeur de l'Observatoire, Rami Abdel Rahmane": a name in apposition to the description that speaks.
  const next = chunks[index + 1];
  if (next && agent.subject === 'first') {
    const named = personIn(text, candidatesIn(candidates, next.start, next.end), next);
    // Only titles may come before it in its part ("…Commander, Lt. Gen. Stephen J. Townsend, provided").
    if (named && /^(?:\p{Lu}[\p{L}]*[.\s]+)*$/u.test(text.slice(next.start, named.start))) return fromCandidate(named);
  }
  const words = chunk.words.replace(/^(?:à|to)\s+(?:l['’]|la\s+|le\s+|les\s+|the\s+)?[\p{L}-]+\s+/iu, '');
  // Unnamed sources keep their words ("une source militaire", "sources close to X", "a security source", "Un
  // habitant de Khasham"), even where they name the organisation they are close to.
  if (ANONYMOUS.test(words) || UNNAMED.test(words)) {
    const named = words.split(/\s+(?:qui|who|that|speaking|parlant)(?![\p{L}])/iu)[0]!.trim();
    return named.length <= 90 && named.split(' ').length <= 12
      ? { speaker: { text: named, entityId: null }, unlinked: null }
      : null;
  }
  const organisation = inside.find((candidate) => candidate.kind !== 'person' && !isAddressee(text, candidate));
  if (organisation) return fromCandidate(organisation);
  const reference = referenceOf(words);
  if (reference) {
    const at = Math.min(chunk.start, quoteOpen);
    const antecedent = resolveReference(reference, antecedents, at, genders);
    const remember = (name: string) => {
      if (reference.kind === 'pronoun' && reference.gender && !genders.has(name)) genders.set(name, reference.gender);
    };
    // "« … », a-t-il ajouté": the previous quote's speaker, where it spoke after the last name fitting the pronoun.
    if (
      reference.kind === 'pronoun' &&
      previous?.speaker &&
      previous.close < at &&
      genderAgrees(reference, previous.speaker.text, genders)
    ) {
      const last = antecedents.filter((item) => item.candidate === antecedent).at(-1)?.at ?? -1;
      if (previous.close > last) {
        remember(previous.speaker.text);
        return { speaker: { ...previous.speaker, mention: mentionOf(text, chunk, words) }, unlinked: null };
      }
    }
    if (!antecedent) return null;
    remember(antecedent.name);
    return fromCandidate(antecedent, mentionOf(text, chunk, words));
  }
  // "said Rania Haddad, an economist": capitalised words that are the whole agent name a person, even where a
  // part of them reads as a place elsewhere.
  const whole = wholeName(text, chunk);
  return whole ? fromCandidate(whole) : null;
}

function agentOf(found: Found | null): number | null {
  return found && found !== 'continuation' ? found.end : null;
}

function mentionOf(text: string, chunk: Chunk, words: string): Mention {
  const offset = text.indexOf(words, chunk.start);
  return { start: offset, end: offset + words.length, text: words };
}

const CAPITALISED_NAME = /^\p{Lu}[\p{L}'’-]+(?:\s+(?:(?:al|el|bin|ibn|de|ben)[-\s])?\p{Lu}[\p{L}'’-]+){1,3}$/u;

function wholeName(text: string, chunk: Chunk): NameCandidate | null {
  const words = text.slice(chunk.start, chunk.end);
  if (!CAPITALISED_NAME.test(words)) return null;
  const parts = words.split(/[\s-]+/).map(plain);
  if (parts.some((part) => NOT_NAME_WORDS.has(part) || DEMONYMS.has(part) || TITLE_WORDS.has(part))) return null;
  if (ORGANISATION_HEADS.has(parts.at(-1)!)) return null;
  return {
    start: chunk.start,
    end: chunk.end,
    text: words,
    name: words,
    entityId: null,
    entityKind: null,
    kind: 'person',
    weak: false,
  };
}

export interface QuoteAnalysis {
  quotes: QuoteResult[];
  /** Entities to which the article attributes a statement, quoted or reported. */
  quotedEntityIds: Set<string>;
  /** Named persons the knowledge base does not know who speak: each is a quoted source of its own. */
  unlinkedSpeakers: { name: string; mention: Mention }[];
}

/** The text with the dots of abbreviations ("U.S.", "Gen.", "J.") made into another character of the same length. */
function maskAbbreviations(text: string): string {
  return replaceMatches(text, [ABBREVIATION_DOT], ([abbreviation]) => `${abbreviation.slice(0, -1)}\u2024`);
}

function contextOf(text: string, span: QuoteSpan): Context {
  const beforeStart = Math.max(0, span.open - CONTEXT);
  const before = text.slice(beforeStart, span.open).replace(/[\s"“«‘]+$/u, '');
  let afterStart = span.close + 1;
  while (afterStart < text.length && /["”»’]/.test(text[afterStart]!)) afterStart += 1;
  const window = text.slice(afterStart, afterStart + CONTEXT);
  // A sentence ends at . ! ? or a line break, not at the dot of a title or an initial ("Capt. X", "Stephen J. Y").
  const end = window.search(/[.!?\n]/u);
  return { text, span, before, beforeStart, after: end >= 0 ? window.slice(0, end) : window, afterStart };
}

export function analyseQuotes(text: string, mentions: readonly RecognisedMention[]): QuoteAnalysis {
  const quotedEntityIds = attributedEntityIds(text, mentions);
  const candidates = nameCandidates(text, mentions);
  const antecedents: Antecedent[] = candidates.map((candidate) => ({ at: candidate.start, candidate }));
  const quotes: QuoteResult[] = [];
  const unlinkedSpeakers: QuoteAnalysis['unlinkedSpeakers'] = [];
  let previous: Previous | null = null;
  const masked = maskAbbreviations(text);
  const genders = new Map<string, Gender>();
  for (const span of findQuoteSpans(text)) {
    const context = contextOf(masked, span);
    let resolved: Resolved | null = null;
    let found: Found | null = null;
    for (const rule of SIEVE) {
      found = rule.find(context, previous);
      if (!found) continue;
      resolved =
        found === 'continuation'
          ? { speaker: previous!.speaker!, unlinked: null }
          : resolveAgent(text, found, candidates, antecedents, span.open, previous, genders);
      // "Idleb : « … », promet X": a colon clause that names nobody (a headline's place) leaves the quote to the
      // rules after it.
      if (!resolved && found !== 'continuation' && found.subjectOnly) continue;
      break;
    }
    const speaker: Speaker | null = resolved?.speaker ?? null;
    // "« … », a déclaré X. … « … », a-t-il ajouté": the last speaker is a name a pronoun may stand for.
    if (resolved?.candidate) antecedents.push({ at: span.open, candidate: resolved.candidate });
    if (speaker?.entityId) quotedEntityIds.add(speaker.entityId);
    if (resolved?.unlinked) {
      const { start, end, text: words, name } = resolved.unlinked;
      unlinkedSpeakers.push({ name, mention: { start, end, text: words } });
    }
    quotes.push({ start: span.start, end: span.end, text: text.slice(span.start, span.end), speaker });
    const afterEnd = context.afterStart + context.after.length;
    // "” said. Col. X, commander. “…”": the attribution may run past the sentence the after-window saw.
    const agentEnd = agentOf(found) ?? 0;
    const sentenceEnd =
      agentEnd > afterEnd ? agentEnd + Math.max(0, masked.slice(agentEnd).search(/[.!?\n]|$/u)) : afterEnd;
    previous = { speaker, sentenceEnd, close: span.close };
  }
  return { quotes, quotedEntityIds, unlinkedSpeakers };
}
