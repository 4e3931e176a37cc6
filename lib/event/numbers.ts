// Counts as news reports write them, in English and French: figures ("12", "1,200", "1 200"), words ("eight",
// "twenty-three", "huit", "vingt-trois"), approximations ("dozens", "une trentaine", "about 30"), bounds
// ("at least 12", "more than 100", "up to 20", "au moins 12", "plus de 100") and ranges ("12 to 15",
// "between 12 and 15", "entre 12 et 15", "12-15").

export interface Count {
  /** The figure given, or null where only a bound is known ("dozens"). */
  count: number | null;
  min: number | null;
  max: number | null;
  start: number;
  end: number;
}

const UNITS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
  twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, sept: 7, huit: 8, neuf: 9, dix: 10, onze: 11,
  douze: 12, treize: 13, quatorze: 14, quinze: 15, seize: 16, vingt: 20, trente: 30, quarante: 40,
  cinquante: 50, soixante: 60, septante: 70, huitante: 80, nonante: 90,
}; // prettier-ignore
// "six" is the same word in both languages.
const SCALES: Record<string, number> = { hundred: 100, cent: 100, cents: 100, thousand: 1000, mille: 1000 };
const FRENCH_EIGHTY = ['vingts'];

// Approximate nouns: "une trentaine" is about 30, "a dozen" 12; the plural "dozens" only gives a lower bound.
const APPROXIMATE: Record<string, number> = {
  dozen: 12, dizaine: 10, douzaine: 12, quinzaine: 15, vingtaine: 20, trentaine: 30, quarantaine: 40,
  cinquantaine: 50, soixantaine: 60, centaine: 100, score: 20,
}; // prettier-ignore
const PLURAL_LOWER_BOUND: Record<string, number> = {
  dozens: 24, scores: 40, tens: 20, hundreds: 200, thousands: 2000, dizaines: 20, douzaines: 24, centaines: 200,
  milliers: 2000,
}; // prettier-ignore

const NUMBER_WORD = [...Object.keys(UNITS), ...Object.keys(SCALES), ...FRENCH_EIGHTY].join('|');
const FIGURE = String.raw`\d{1,3}(?:[,\u00a0\u202f ]\d{3})+(?!\d)|\d+`;
// "one hundred and twenty", "quatre-vingt-dix", "cent vingt" ("and"/"et" only between two number words).
const WORDS = String.raw`(?:${NUMBER_WORD})(?:(?:[\s-]+|\s+(?:and|et)\s+)(?:${NUMBER_WORD}))*`;
const ONE = String.raw`(?:${FIGURE}|${WORDS})`;
const APPROX = Object.keys(APPROXIMATE).join('|');
const PLURAL = Object.keys(PLURAL_LOWER_BOUND).join('|');

const LOWER = String.raw`at\s+least|no\s+(?:fewer|less)\s+than|more\s+than|over|upwards\s+of|au\s+moins|plus\s+de|pas\s+moins\s+de`;
const UPPER = String.raw`up\s+to|as\s+many\s+as|fewer\s+than|less\s+than|jusqu['’]à|moins\s+de`;
const ABOUT = String.raw`about|around|some|nearly|almost|roughly|approximately|environ|près\s+de|quelque|presque`;

const PATTERN = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:(?:between|entre)\s+(?<lo>${ONE})\s+(?:and|et)\s+(?<hi>${ONE})` +
    String.raw`|(?<from>${FIGURE})\s*(?:-|–|to|à)\s*(?<to>${FIGURE})` +
    String.raw`|(?:(?<bound>${LOWER}|${UPPER}|${ABOUT})\s+)?(?:(?:an?|une?)\s+)?(?:(?<approx>${APPROX})|(?<one>${ONE}))` +
    String.raw`|(?<plural>${PLURAL}))(?![\p{L}\p{N}])`,
  'giu',
);

/** The value of a number written in figures or in English or French words; NaN when it is not one. */
export function numberValue(raw: string): number {
  const text = raw.toLowerCase().trim();
  if (/^\d/.test(text)) return Number(text.replace(/[,\u00a0\u202f ]/g, ''));
  let total = 0;
  let current = 0;
  let any = false;
  for (const word of text.split(/[\s-]+/)) {
    if (word === 'and' || word === 'et') continue;
    if ((word === 'vingt' || word === 'vingts') && current % 100 === 4) {
      // quatre-vingt(s) is 80, not 4 + 20.
      current += 76;
      any = true;
    } else if (word in UNITS) {
      current += UNITS[word]!;
      any = true;
    } else if (word in SCALES) {
      const scale = SCALES[word]!;
      if (scale === 100) current = (current || 1) * 100;
      else {
        total += (current || 1) * scale;
        current = 0;
      }
      any = true;
    } else return Number.NaN;
  }
  return any ? total + current : Number.NaN;
}

function bounded(bound: string | undefined, value: number): Pick<Count, 'count' | 'min' | 'max'> {
  const b = (bound ?? '').toLowerCase().replace(/\s+/g, ' ');
  if (!b) return { count: value, min: value, max: value };
  if (new RegExp(`^(?:${LOWER})$`, 'iu').test(b)) {
    const strict = /more|over|plus|upwards/.test(b);
    return { count: value, min: strict ? value + 1 : value, max: null };
  }
  if (new RegExp(`^(?:${UPPER})$`, 'iu').test(b)) {
    const strict = /fewer|less|moins/.test(b);
    return { count: value, min: null, max: strict ? value - 1 : value };
  }
  return { count: value, min: null, max: null };
}

/** Every count in the text, left to right. A year-like figure (1900-2099) alone is not taken as a count. */
export function findCounts(text: string): Count[] {
  const counts: Count[] = [];
  for (const match of text.matchAll(PATTERN)) {
    const groups = match.groups!;
    const start = match.index;
    const end = start + match[0].length;
    if (groups.lo !== undefined && groups.hi !== undefined) {
      const lo = numberValue(groups.lo);
      const hi = numberValue(groups.hi);
      if (Number.isFinite(lo) && Number.isFinite(hi) && lo < hi)
        counts.push({ count: null, min: lo, max: hi, start, end });
    } else if (groups.from !== undefined && groups.to !== undefined) {
      const lo = numberValue(groups.from);
      const hi = numberValue(groups.to);
      if (lo < hi && hi < 1900) counts.push({ count: null, min: lo, max: hi, start, end });
    } else if (groups.approx !== undefined) {
      const value = APPROXIMATE[groups.approx.toLowerCase()]!;
      const bound = groups.bound?.toLowerCase();
      const approx = bounded(bound, value);
      counts.push({ ...approx, ...(bound ? {} : { min: null, max: null }), start, end });
    } else if (groups.one !== undefined) {
      const value = numberValue(groups.one);
      if (!Number.isFinite(value) || value <= 0) continue;
      if (!groups.bound && /^\d{4}$/.test(groups.one) && value >= 1900 && value < 2100) continue;
      counts.push({ ...bounded(groups.bound, value), start, end });
    } else if (groups.plural !== undefined) {
      counts.push({ count: null, min: PLURAL_LOWER_BOUND[groups.plural.toLowerCase()]!, max: null, start, end });
    }
  }
  return counts;
}
