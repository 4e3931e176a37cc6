// Casualty figures: a count, the people it counts (civilians, children, women, fighters, or unspecified) and
// whether they were killed or wounded, as news reports phrase them in English and French ("killing nine children
// and 14 others", "44 dead and 140 injured", "au moins 12 civils ont été tués", "une trentaine de morts").
import type { CasualtyStatus, Victims } from '../types';
import { findCounts, type Count } from './numbers';

export interface FoundCasualty extends Count {
  status: CasualtyStatus;
  victims: Victims;
  /** Where count and noun are written ("at least 27 people"). */
  mentionEnd: number;
}

// The people a figure counts. Figures of "members", "forces" or "terrorists" count fighters, whatever side says so.
const VICTIM_WORDS: [Victims, RegExp][] = [
  ['children', /^(?:children|child|kids|minors|boys|girls|infants|babies|schoolchildren|students|enfants?|mineurs|bébés|fillettes|garçons|écoliers|élèves)$/iu],
  ['women', /^(?:women|woman|femmes?)$/iu],
  ['civilians', /^(?:civilians?|residents|villagers|inhabitants|worshippers|passers-by|civils?|habitants|villageois|fidèles|passants)$/iu],
  ['fighters', /^(?:fighters|militants|terrorists|soldiers|troops|rebels|jihadists|members|combatants|gunmen|insurgents|servicemen|officers|commanders|personnel|policemen|militiamen|extremists|mercenaries|forces|guards|recruits|elements|combattants|soldats|militaires|jihadistes|djihadistes|rebelles|terroristes|membres|insurgés|policiers|miliciens|mercenaires|éléments|hommes)$/iu],
  ['unspecified', /^(?:people|persons|others|victims|individuals|personnes|autres|victimes|dead|injured|wounded|morts|tués|blessés|killed)$/iu],
]; // prettier-ignore

// Nouns that are themselves a status: "12 dead", "30 blessés".
const KILLED_NOUN = /^(?:dead|killed|morts|tués|tuées|décès|deaths|fatalities)$/iu;
const WOUNDED_NOUN = /^(?:injured|wounded|blessés|blessées|hurt)$/iu;

const KILLED =
  /(?<![\p{L}\p{N}])(?:kill(?:ed|ing|s)?|dead|died|dying|deaths?|death\s+toll|toll|lost\s+their\s+lives|perished|massacred|executed|executing|slain|slaughtered|shot\s+dead|beheaded|tu(?:é|ée|és|ées|ant|ent|er)|morts?|ont\s+péri|périt|trouvé\s+la\s+mort|décès|bilan|exécut(?:é|és|ées|ant)|abattu(?:s|es)?|fauchant|coûté\s+la\s+vie)(?![\p{L}\p{N}])/giu;
const WOUNDED =
  /(?<![\p{L}\p{N}])(?:wound(?:ed|ing|s)?|injur(?:ed|ing|ies|y)|hurt|bless(?:é|ée|és|ées|ant|ure|ures))(?![\p{L}\p{N}])/giu;

// A figure for the whole war is background, not the event ("the war which has killed more than 280000 people
// since 2011", "depuis le début du conflit").
const WAR_TOLL =
  /(?<![\p{L}\p{N}])(?:since\s+(?:it\s+(?:began|started|erupted)|the\s+(?:start|beginning|outbreak)|(?:march\s+)?20(?:11|1\d))|depuis\s+(?:le\s+début|(?:mars\s+)?20(?:11|1\d)|son\s+déclenchement)|has\s+since\s+killed|(?:civil\s+)?war\s+(?:that|which)\s+has\s+killed|conflict\s+(?:that|which)\s+has\s+killed|since\s+the\s+(?:conflict|war|uprising|crisis|revolt|revolution)\s+(?:began|started|erupted|broke\s+out)|depuis\s+le\s+début\s+(?:de\s+la\s+guerre|du\s+conflit))(?![\p{L}\p{N}])/iu;

// "27 people, among them four children": the second figure inherits the status of the first.
// (The words between may tell the first figure's status: "14 civils tués dans ces frappes, parmi lesquels…".)
const INCLUSION =
  /^[^.;!?\n]{0,50}?(?:[\s,;:(–-]|^)(?:including|among\s+(?:them|whom|those)|of\s+(?:whom|them)|most\s+of\s+them|dont|parmi\s+(?:eux|elles|lesquels|lesquelles|les\s+victimes))[\s,:]*$/iu;
// "nine children and 14 others": a figure joined to the previous one shares its status.
const JOINED = /^[\s,]*(?:and|et|as\s+well\s+as|ainsi\s+que)\s+(?:another\s+|other\s+|d['’]autres\s+)?$/iu;

// Words that start another figure or a date: the noun after them is not this figure's.
const MONTH_OR_BOUND =
  /^(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|more|least|than|over|nearly|about|around|plus|moins|environ|près|dozens|scores|hundreds|dizaines|centaines)$/iu;
const WORD = /[\p{L}\p{M}][\p{L}\p{M}'’-]*/gu;
const BEFORE_WINDOW = 40;
const AFTER_WINDOW = 45;

/** The people counted: the first victim noun within the next few words ("31 ISIL terrorists", "une trentaine de civils"). */
function victimsAfter(text: string, end: number): { victims: Victims; end: number; noun: string } | null {
  const window = text.slice(end, end + 60);
  const stop = window.search(/[.;:!?\n]/u);
  const clause = stop >= 0 ? window.slice(0, stop) : window;
  // Another figure or a date between them means the noun belongs to that one ("26 November 2017 More than 19
  // civilians", "Apr 092017 At least 15 civilians").
  const nextFigure = clause.search(/\d/u);
  const scanned = nextFigure >= 0 ? clause.slice(0, nextFigure) : clause;
  let words = 0;
  for (const match of scanned.matchAll(WORD)) {
    if (MONTH_OR_BOUND.test(match[0])) return null;
    const word = match[0];
    for (const [victims, pattern] of VICTIM_WORDS) {
      if (pattern.test(word)) return { victims, end: end + match.index + word.length, noun: word };
    }
    words += 1;
    // "de", "of", adjectives and a group's name may stand between the figure and the noun, not a whole clause.
    if (words >= 4) return null;
  }
  return null;
}

function nearest(text: string, pattern: RegExp, from: number, to: number, anchor: number): number {
  let best = Number.POSITIVE_INFINITY;
  pattern.lastIndex = 0;
  for (const match of text.slice(from, to).matchAll(pattern)) {
    const at = from + match.index;
    const distance = at >= anchor ? at - anchor : anchor - (at + match[0].length);
    best = Math.min(best, Math.abs(distance));
  }
  return best;
}

/** Killed or wounded from the words around the figure, within its sentence; null where neither is said. */
function statusAround(
  text: string,
  start: number,
  end: number,
  sentence: { start: number; end: number },
): CasualtyStatus | null {
  const from = Math.max(sentence.start, start - BEFORE_WINDOW);
  const to = Math.min(sentence.end, end + AFTER_WINDOW);
  // The clause stops at another figure: "12 killed and 30 wounded" gives each its own word.
  const killed = Math.min(nearest(text, KILLED, from, start, start), nearest(text, KILLED, end, to, end));
  const wounded = Math.min(nearest(text, WOUNDED, from, start, start), nearest(text, WOUNDED, end, to, end));
  if (!Number.isFinite(killed) && !Number.isFinite(wounded)) return null;
  return killed <= wounded ? 'killed' : 'wounded';
}

/** Every casualty figure of the text, in order. `sentences` bound the words that qualify a figure. */
export function findCasualties(text: string, sentences: readonly { start: number; end: number }[]): FoundCasualty[] {
  const found: FoundCasualty[] = [];
  let sentenceIndex = 0;
  for (const count of findCounts(text)) {
    while (sentenceIndex < sentences.length - 1 && sentences[sentenceIndex]!.end <= count.start) sentenceIndex += 1;
    const sentence = sentences[sentenceIndex] ?? { start: 0, end: text.length };
    if (WAR_TOLL.test(text.slice(sentence.start, sentence.end))) continue;
    const noun = victimsAfter(text, count.end);
    const direct =
      /^\s+(?:others\s+|autres\s+|people\s+|personnes\s+)?(?:were\s+|have\s+been\s+|ont\s+été\s+)?(?<status>killed|dead|wounded|injured|tués?|morts|blessés)(?![\p{L}\p{N}])/iu.exec(
        text.slice(count.end, count.end + 40),
      );
    if (!noun && !direct) continue;
    const previous = found.at(-1);
    const between = previous ? text.slice(previous.mentionEnd, count.start) : '';
    const included = previous && INCLUSION.test(between) ? previous : null;
    const chained = previous && JOINED.test(between) ? previous : null;
    let status: CasualtyStatus | null = null;
    if (noun && KILLED_NOUN.test(noun.noun)) status = 'killed';
    else if (noun && WOUNDED_NOUN.test(noun.noun)) status = 'wounded';
    // Those "among them" share the status of the figure they are part of, whatever word follows.
    else if (included) status = included.status;
    else if (direct?.groups?.status) status = WOUNDED_NOUN.test(direct.groups.status) ? 'wounded' : 'killed';
    else status = statusAround(text, count.start, noun?.end ?? count.end, sentence) ?? chained?.status ?? null;
    if (!status) continue;
    const mentionEnd = noun?.end ?? count.end + direct![0].length;
    found.push({ ...count, status, victims: noun?.victims ?? 'unspecified', mentionEnd });
  }
  return found;
}
