// Each fixture page judged on its own, as Mozilla Readability judges its test pages: every folder of
// tests/fixtures/pages holds, beside page.html and expected.json, a floors.json with the scores that page reached
// when the floors were last written. A page that gets worse than its own floors fails the suite even when the
// aggregate still holds (tests/unit/accuracy-per-page.test.ts). They are floors, not the exact scores: finding more,
// adding fewer extras, or getting a speaker right that was wrong all pass.
//
// floors.json:
//   entities.<type>.minFound   expected entities of the type the page must still find (true positives)
//   entities.<type>.maxExtra   entities of the type found but not expected it may show at most (false positives)
//   quotes.minFound            expected quotes it must still find
//   quotes.minSpeakersRight    of those, with the right speaker (or rightly none)
//   domainRight                true: the decision to mark the page or leave it quiet must stay right
//   topMatchRight              true: the top corpus link must stay one of expected.json's "related"
//
// After an improvement, raise them with `npx tsx scripts/page-floors.ts`: it only ever raises a floor (lowers a
// ceiling); lowering one takes an edit by hand, to be explained in the commit.
import { SCORED_TYPES, type Scores, type ScoredType } from './evaluate';

export interface PageFloors {
  entities: Record<ScoredType, { minFound: number; maxExtra: number }>;
  quotes: { minFound: number; minSpeakersRight: number };
  domainRight: boolean;
  topMatchRight: boolean;
}

/** The floors a page's scores set. */
export function floorsOf(scores: Scores): PageFloors {
  const entities = Object.fromEntries(
    SCORED_TYPES.map((type) => [type, { minFound: scores.byType[type].tp, maxExtra: scores.byType[type].fp }]),
  ) as PageFloors['entities'];
  return {
    entities,
    quotes: { minFound: scores.quotes.found, minSpeakersRight: scores.quotes.speakersRight },
    domainRight: scores.domain.total > 0 && scores.domain.right === scores.domain.total,
    topMatchRight: scores.topMatch.total > 0 && scores.topMatch.right === scores.topMatch.total,
  };
}

/** What got worse than the floors, in words (empty when nothing did). */
export function belowFloors(scores: Scores, floors: PageFloors): string[] {
  const problems: string[] = [];
  for (const type of SCORED_TYPES) {
    const { tp, fp } = scores.byType[type];
    const floor = floors.entities[type];
    if (tp < floor.minFound) problems.push(`${type}: finds ${tp} expected entities, floor ${floor.minFound}`);
    if (fp > floor.maxExtra) problems.push(`${type}: shows ${fp} unexpected entities, at most ${floor.maxExtra}`);
  }
  if (scores.quotes.found < floors.quotes.minFound)
    problems.push(`quotes: finds ${scores.quotes.found}, floor ${floors.quotes.minFound}`);
  if (scores.quotes.speakersRight < floors.quotes.minSpeakersRight)
    problems.push(`speakers: ${scores.quotes.speakersRight} right, floor ${floors.quotes.minSpeakersRight}`);
  if (floors.domainRight && scores.domain.right < scores.domain.total) problems.push('domain: decision now wrong');
  if (floors.topMatchRight && scores.topMatch.right < scores.topMatch.total)
    problems.push('corpus link: top now wrong');
  return problems;
}

/** The better of old and new floors, field by field: floors only go up, ceilings only down. */
export function raiseFloors(old: PageFloors | null, now: PageFloors): PageFloors {
  if (!old) return now;
  const entities = Object.fromEntries(
    SCORED_TYPES.map((type) => [
      type,
      {
        minFound: Math.max(old.entities[type].minFound, now.entities[type].minFound),
        maxExtra: Math.min(old.entities[type].maxExtra, now.entities[type].maxExtra),
      },
    ]),
  ) as PageFloors['entities'];
  return {
    entities,
    quotes: {
      minFound: Math.max(old.quotes.minFound, now.quotes.minFound),
      minSpeakersRight: Math.max(old.quotes.minSpeakersRight, now.quotes.minSpeakersRight),
    },
    domainRight: old.domainRight || now.domainRight,
    topMatchRight: old.topMatchRight || now.topMatchRight,
  };
}
