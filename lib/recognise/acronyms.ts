// An organisation's acronym defined in the text: "the World Monuments Fund (WMF) … experts from WMF", "le Fonds
// mondial pour les monuments (WMF)". The acronym in brackets right after the name, and every later standalone use
// of it, are mentions of that organisation. The acronym must start with the first letter of one of the name's words
// and spell a subsequence of its letters from there, so that a bracketed code that abbreviates something else is not taken for it.
import type { OpenMention, Span } from './open-persons';

// "(WMF)", "'s (NAVCENT)": two or more capitals, letters and "&" only.
const DEFINITION = /^(?:['’]s)?[ \u00a0]*\((\p{Lu}[\p{Lu}\p{Ll}&]{1,9})\)/u;

/** The acronym starts a word of the name ("NAVCENT" in "U.S. Naval Forces Central Command") and spells on in order. */
function spells(acronym: string, name: string): boolean {
  const wanted = acronym.toLowerCase().replace(/&/g, '');
  return name
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .some((_, index, words) => {
      const letters = words.slice(index).join('');
      if (!letters.startsWith(wanted[0]!)) return false;
      let at = 0;
      for (const letter of wanted) {
        at = letters.indexOf(letter, at);
        if (at < 0) return false;
        at += 1;
      }
      return true;
    });
}

/**
 * Mentions of the acronyms that the text defines for the given organisations, where nothing else holds the words
 * (`covered`).
 */
export function definedAcronyms(
  text: string,
  organisations: readonly OpenMention[],
  covered: (span: Span) => boolean,
): OpenMention[] {
  const found: OpenMention[] = [];
  for (const organisation of organisations) {
    const definition = DEFINITION.exec(text.slice(organisation.end, organisation.end + 16));
    const acronym = definition?.[1];
    if (!acronym || (acronym.match(/\p{Lu}/gu)?.length ?? 0) < 2 || !spells(acronym, organisation.text)) continue;
    for (const use of text.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])${acronym}(?![\\p{L}\\p{N}])`, 'gu'))) {
      const span = { start: use.index, end: use.index + acronym.length };
      if (span.start < organisation.end || covered(span) || found.some((other) => other.start === span.start)) {
        continue;
      }
      found.push({ ...span, text: acronym, entity: organisation.entity });
    }
  }
  return found;
}
