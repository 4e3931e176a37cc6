import type { Mention } from '../types';
import { ATTRIBUTION_AFTER, ATTRIBUTION_BEFORE } from './vocabulary';

// Unnamed sources ("une source militaire", "des sources proches du régime", "a security source", "sources close
// to the PMF"): reported to the reader as unnamed rather than dropped. A phrase counts only where the article
// attributes something to it, so "sources of income" or "les sources du Tigre" stay out.
const FRENCH_QUALIFIER =
  "(?:militaires?|sécuritaires?|locales?|médicales?|diplomatiques?|kurdes?|irakiennes?|syriennes?|libanaises?|gouvernementales?|officielles?|bien\\s+informée?s?|sur\\s+place|(?:proches?|au\\s+sein)\\s+d(?:u|es|e\\s+la|e\\s+l['’]|['’])\\s*[\\p{L}'’-]+(?:\\s+[\\p{L}'’-]+){0,2})";
const FRENCH = new RegExp(
  `(?<![\\p{L}])(?:une?|des|de|plusieurs|deux|trois)\\s+(?:sources?|responsables?|officiels?|témoins?|habitants?|militants?)(?:\\s*,?\\s+${FRENCH_QUALIFIER}){1,3}`,
  'giu',
);
const ENGLISH_QUALIFIER =
  '(?:[Mm]ilitary|[Ss]ecurity|[Ll]ocal|[Mm]edical|[Gg]overnment|[Dd]iplomatic|[Ii]ntelligence|Kurdish|Iraqi|Syrian|Lebanese|Turkish|Russian|US|Western|[Ww]ell-informed|[Ss]enior|[Ii]nformed|[Tt]ribal)';
// "close to" is followed by a proper name: capitalised words only (no i flag here: with it, \\p{Lu} matches any letter).
const CLOSE_TO = "\\s+close\\s+to\\s+(?:the\\s+)?\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*){0,3}";
const ENGLISH = new RegExp(
  `(?<![\\p{L}])(?:(?:[Aa]|[Aa]n|[Oo]ne|[Tt]wo|[Tt]hree|[Ss]everal|[Ss]ome)\\s+)?(?:${ENGLISH_QUALIFIER}\\s+){1,3}(?:sources?|officials?|witnesses?|commanders?)(?:${CLOSE_TO})?|(?<![\\p{L}])[Ss]ources${CLOSE_TO}`,
  'gu',
);
// "according to a source", "selon une source" without qualifier: the attribution itself says it is a source.
const BARE_AFTER_ACCORDING =
  /(?:selon|d['’]après|according\s+to)\s+((?:une?|des|a|an|one|several)\s+sources?)(?![\p{L}])/giu;

export function findAnonymousSources(text: string): Mention[] {
  const found: Mention[] = [];
  const taken = (start: number, end: number) => found.some((mention) => start < mention.end && end > mention.start);
  const consider = (start: number, end: number) => {
    if (taken(start, end)) return;
    const before = text.slice(Math.max(0, start - 80), start);
    const after = text.slice(end, end + 60);
    if (ATTRIBUTION_BEFORE.test(before) || ATTRIBUTION_AFTER.test(after) || /^\s*[,:]?\s*[«“"]/.test(after)) {
      found.push({ start, end, text: text.slice(start, end) });
    }
  };
  for (const pattern of [FRENCH, ENGLISH]) {
    for (const match of text.matchAll(pattern)) {
      const trimmed = match[0].replace(/[\s,]+$/, '');
      consider(match.index, match.index + trimmed.length);
    }
  }
  for (const match of text.matchAll(BARE_AFTER_ACCORDING)) {
    const start = match.index + match[0].indexOf(match[1]!);
    if (!taken(start, start + match[1]!.length)) found.push({ start, end: start + match[1]!.length, text: match[1]! });
  }
  return found.sort((a, b) => a.start - b.start);
}
