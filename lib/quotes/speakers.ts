import type { QuoteResult, Speaker } from '../types';
import type { RecognisedMention } from '../recognise/recognise';
import {
  ACCORDING_TO_BEFORE,
  ACCORDING_TO_OPENING,
  AFTER_QUOTE_INVERTED,
  AFTER_QUOTE_PRONOUN,
  AFTER_QUOTE_SUBJECT,
  COLON_BEFORE,
  ANONYMOUS,
  ATTRIBUTION_AFTER,
  ATTRIBUTION_BEFORE,
  BEFORE_QUOTE,
  PRONOUN,
} from './attribution';
import { findQuoteSpans } from './spans';

const CONTEXT = 220;
// Whoever speaks for an organisation is the better speaker than the organisation named beside them.
const SPEAKER_PREFERENCE: Record<string, number> = { person: 3, source: 2, group: 1, place: -1 };
const PERSON_KINDS = new Set(['official', 'spokesperson']);
const NAME_WORD = "(?:\\p{Lu}[\\p{L}'’-]+)";
const APPOSITIVE_NAME = new RegExp(
  `,\\s*(${NAME_WORD}(?:\\s+(?:${NAME_WORD}|al-|el-|de|bin|ibn))*\\s+${NAME_WORD})\\s*$`,
  'u',
);
const ADDRESSEE = /^(?:à|to)\s+(?:l['’]|la\s+|le\s+|les\s+|the\s+)?[\p{L}-]+\s+/iu;

interface Phrase {
  start: number;
  end: number;
}

function clausePhrase(text: string, start: number, end: number): Phrase {
  let s = start;
  let e = end;
  while (s < e && /[\s,«»“”"]/.test(text[s]!)) s += 1;
  while (e > s && /[\s,:«»“”"]/.test(text[e - 1]!)) e -= 1;
  return { start: s, end: e };
}

const SPOKESPERSON_PREFERENCE = 3;
// Titles and articles that open a capitalised run without being part of the name.
const NOT_A_NAME = new Set(
  'le la les l un une the a an mr mrs ms dr general général colonel major lieutenant captain capitaine commandant sheikh cheikh president président minister ministre said told'.split(
    ' ',
  ),
);
const NAME_TOKEN =
  /\p{Lu}[\p{L}'’]*(?:-\p{Lu}?[\p{L}'’]+)*|(?:al|el|ad|as|ash|bin|ibn|abu|abou|de|du|ben)(?=[-\s]\p{Lu})/gu;

interface NameSpan {
  text: string;
  start: number;
  end: number;
}

/** Runs of two or more capitalised words in the phrase that no known entity covers ("Qais al-Jubouri"). */
function personalNames(text: string, phrase: Phrase, known: readonly RecognisedMention[]): NameSpan[] {
  const words = [...text.slice(phrase.start, phrase.end).matchAll(NAME_TOKEN)].map((match) => ({
    word: match[0],
    start: phrase.start + match.index,
    end: phrase.start + match.index + match[0].length,
  }));
  const names: NameSpan[] = [];
  let run: typeof words = [];
  const flush = () => {
    const named = run.filter((item) => !NOT_A_NAME.has(item.word.toLowerCase()));
    // A particle (de, al, bin…) does not open a name.
    while (named[0] && !/^\p{Lu}/u.test(named[0].word)) named.shift();
    const capitalised = named.filter((item) => /^\p{Lu}/u.test(item.word));
    const start = named[0]?.start ?? 0;
    const end = named.at(-1)?.end ?? 0;
    if (capitalised.length >= 2 && !known.some((mention) => mention.start < end && mention.end > start)) {
      names.push({ text: text.slice(start, end).replace(/['’]s$/u, ''), start, end });
    }
    run = [];
  };
  for (const item of words) {
    const previous = run.at(-1);
    if (previous && !/^[\s-]+$/.test(text.slice(previous.end, item.start))) flush();
    run.push(item);
  }
  flush();
  return names;
}

function personalName(text: string, phrase: Phrase, known: readonly RecognisedMention[]): string | null {
  return personalNames(text, phrase, known)[0]?.text ?? null;
}

// How far back "he said" / "a-t-il ajouté" looks for the person it refers to.
const PRONOUN_REACH = 320;

/**
 * Whom a pronoun speaker ("», a-t-il déclaré", "” he said") refers to: the last person named before the quote,
 * known or not (the article may have named them in a sentence without quotes), else the previous quote's speaker.
 */
function pronounSpeaker(
  text: string,
  open: number,
  mentions: readonly RecognisedMention[],
  previous: Speaker | null,
): Speaker | null {
  const window = { start: Math.max(0, open - PRONOUN_REACH), end: open };
  const people = mentions.filter(
    (mention) =>
      mention.start >= window.start && mention.end <= window.end && preference(mention) >= SPOKESPERSON_PREFERENCE,
  );
  const candidates: { text: string; end: number; entityId: string | null }[] = [
    ...people.map((mention) => ({ text: mention.text, end: mention.end, entityId: mention.entity.id })),
    ...personalNames(text, window, mentions).map((name) => ({ ...name, entityId: null })),
  ];
  const last = candidates.sort((a, b) => b.end - a.end)[0];
  return last ? { text: last.text, entityId: last.entityId } : previous;
}

function preference(mention: RecognisedMention): number {
  const base = SPEAKER_PREFERENCE[mention.entity.type] ?? 0;
  return base + (PERSON_KINDS.has(mention.entity.kind) ? 1 : 0);
}

/** The speaker named in a phrase: the best entity in it, else the phrase itself (an unnamed or unknown source). */
function speakerIn(text: string, phrase: Phrase, mentions: readonly RecognisedMention[]): Speaker | null {
  const inside = mentions.filter(
    (mention) =>
      mention.start >= phrase.start &&
      mention.end <= phrase.end &&
      // "a déclaré à l'AFP le directeur…": the outlet spoken to is not the speaker.
      !/(?:(?<![\p{L}\p{N}])à\s+(?:l['’]|la\s+|le\s+)?|\bto\s+(?:the\s+)?)$/iu.test(
        text.slice(Math.max(0, mention.start - 6), mention.start),
      ) &&
      preference(mention) >= 0,
  );
  const best = inside.reduce<RecognisedMention | null>(
    (chosen, mention) => (!chosen || preference(mention) > preference(chosen) ? mention : chosen),
    null,
  );
  // "said Qais al-Jubouri, a Counter Terrorism Service commander": a person's name the knowledge base does not
  // know still speaks rather than the organisation named beside it.
  if (!best || preference(best) < SPOKESPERSON_PREFERENCE) {
    const person = personalName(text, phrase, mentions);
    if (person) return { text: person, entityId: null };
  }
  if (best) return { text: best.text, entityId: best.entity.id };
  const words = text.slice(phrase.start, phrase.end).replace(/\s+/g, ' ').trim();
  if (!words || PRONOUN.test(words)) return null;
  // "à l'AFP le directeur de l'Observatoire, Rami Abdel Rahmane": an unknown name in apposition is the speaker.
  const appositive = APPOSITIVE_NAME.exec(words);
  if (appositive) return { text: appositive[1]!, entityId: null };
  const unaddressed = words.replace(ADDRESSEE, '');
  const anonymous = ANONYMOUS.exec(unaddressed);
  const named = unaddressed.split(anonymous ? /\s+(?:qui|who|that|close|proches?)(?![\p{L}])|,/iu : /,/)[0]!.trim();
  return named.length <= 90 ? { text: named, entityId: null } : null;
}

function isPronoun(text: string, phrase: Phrase): boolean {
  return PRONOUN.test(text.slice(phrase.start, phrase.end).trim());
}

function speakerAfter(
  text: string,
  close: number,
  mentions: readonly RecognisedMention[],
): Speaker | 'previous' | null {
  const base = close + 1;
  const after = text.slice(base, base + CONTEXT).split(/[.!?\n]/)[0] ?? '';
  if (AFTER_QUOTE_PRONOUN.test(after)) return 'previous';
  const inverted = AFTER_QUOTE_INVERTED.exec(after);
  if (inverted) {
    // "», a déclaré à l'AFP le directeur de l'Observatoire, Rami Abdel Rahmane, précisant…"
    const subjectStart = base + inverted.index + inverted[0].length;
    const rest = text.slice(subjectStart, base + after.length);
    const clauseEnd = rest.search(
      /,\s*(?:précisant|ajoutant|soulignant|indiquant|commandant|chef|porte-parole|adding|saying|noting)(?![\p{L}])|;|\s+dans\s+un|\s+in\s+a\s/iu,
    );
    return speakerIn(
      text,
      clausePhrase(text, subjectStart, subjectStart + (clauseEnd >= 0 ? clauseEnd : rest.length)),
      mentions,
    );
  }
  const subject = AFTER_QUOTE_SUBJECT.exec(after);
  if (!subject?.[1]) return null;
  const start = base + subject.index + subject[0].indexOf(subject[1]);
  const phrase = clausePhrase(text, start, start + subject[1].length);
  return isPronoun(text, phrase) ? 'previous' : speakerIn(text, phrase, mentions);
}

function speakerBefore(
  text: string,
  open: number,
  mentions: readonly RecognisedMention[],
): Speaker | 'previous' | null {
  const windowStart = Math.max(0, open - CONTEXT);
  const before = text.slice(windowStart, open);
  const sentenceStart = Math.max(before.search(/[^.!?\n]*$/), 0);
  const opening = ACCORDING_TO_OPENING.exec(before.slice(sentenceStart).trimStart());
  const match = ACCORDING_TO_BEFORE.exec(before) ?? BEFORE_QUOTE.exec(before) ?? COLON_BEFORE.exec(before);
  let start: number;
  let length: number;
  if (match?.[1]) {
    start = windowStart + match.index + match[0].indexOf(match[1]);
    length = match[1].length;
  } else if (opening?.[1]) {
    const sentence = before.slice(sentenceStart);
    start = windowStart + sentenceStart + sentence.indexOf(opening[1]);
    length = opening[1].length;
  } else {
    return null;
  }
  const phrase = clausePhrase(text, start, start + length);
  if (isPronoun(text, phrase)) return 'previous';
  return speakerIn(text, phrase, mentions);
}

export interface QuoteAnalysis {
  quotes: QuoteResult[];
  /** Entities to which the article attributes a statement, quoted or reported. */
  quotedEntityIds: Set<string>;
}

function attributedEntityIds(text: string, mentions: readonly RecognisedMention[]): Set<string> {
  const ids = new Set<string>();
  for (const mention of mentions) {
    if (mention.entity.type === 'place') continue;
    const before = text.slice(Math.max(0, mention.start - 80), mention.start);
    const after = text.slice(mention.end, mention.end + 60);
    if (ATTRIBUTION_BEFORE.test(before) || ATTRIBUTION_AFTER.test(after)) ids.add(mention.entity.id);
  }
  return ids;
}

export function analyseQuotes(text: string, mentions: readonly RecognisedMention[]): QuoteAnalysis {
  const quotedEntityIds = attributedEntityIds(text, mentions);
  const quotes: QuoteResult[] = [];
  let previous: Speaker | null = null;
  for (const span of findQuoteSpans(text)) {
    let speaker = speakerBefore(text, span.open, mentions);
    if (speaker === null) speaker = speakerAfter(text, span.close, mentions);
    const resolved: Speaker | null =
      speaker === 'previous' ? pronounSpeaker(text, span.open, mentions, previous) : speaker;
    if (resolved?.entityId) quotedEntityIds.add(resolved.entityId);
    quotes.push({ start: span.start, end: span.end, text: text.slice(span.start, span.end), speaker: resolved });
    if (resolved) previous = resolved;
  }
  return { quotes, quotedEntityIds };
}
