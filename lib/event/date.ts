// When the event happened: a day the text names near the event ("on Wednesday", "hier", "on 9 November"),
// read against the page's date (given, or the dateline at the top of the text: "Published October 12 2016",
// "17-08-2014", "mardi 12 juillet 2016"); without such a word, the page's date.

const MONTHS: Record<string, number> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10,
  november: 11, december: 12, jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10,
  nov: 11, dec: 12, janvier: 1, février: 2, fevrier: 2, mars: 3, avril: 4, mai: 5, juin: 6, juillet: 7, août: 8,
  aout: 8, septembre: 9, octobre: 10, novembre: 11, décembre: 12, decembre: 12,
}; // prettier-ignore
const WEEKDAYS: Record<string, number> = {
  sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6,
  dimanche: 0, lundi: 1, mardi: 2, mercredi: 3, jeudi: 4, vendredi: 5, samedi: 6,
}; // prettier-ignore

const MONTH = Object.keys(MONTHS).join('|');
const DAY_MONTH_YEAR = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(\d{1,2})(?:er|st|nd|rd|th)?\s+(${MONTH})\.?,?\s+(\d{4})(?![\p{L}\p{N}])`,
  'iu',
);
const MONTH_DAY_YEAR = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(${MONTH})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?![\p{L}\p{N}])`,
  'iu',
);
const ISO = /(?<![\p{L}\p{N}])(\d{4})-(\d{2})-(\d{2})(?![\p{L}\p{N}])/u;
const NUMERIC = /(?<![\p{L}\p{N}])(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})(?![\p{L}\p{N}])/u;
const DAY_MONTH = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:on\s+|le\s+)(\d{1,2})(?:er|st|nd|rd|th)?\s+(${MONTH})(?![\p{L}\p{N}])(?!\.?,?\s+\d{4})`,
  'iu',
);
const MONTH_DAY = new RegExp(
  String.raw`(?<![\p{L}\p{N}])on\s+(${MONTH})\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?![\p{L}\p{N}])(?!,?\s+\d{4})`,
  'iu',
);
const WEEKDAY = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:on\s+|last\s+|ce\s+|dans\s+la\s+nuit\s+de\s+|(?:dans\s+la\s+)?nuit\s+de\s+)?(${Object.keys(WEEKDAYS).join('|')})(?![\p{L}\p{N}])`,
  'iu',
);
const YESTERDAY = /(?<![\p{L}\p{N}])(?:yesterday|hier)(?![\p{L}\p{N}])/iu;

function iso(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
}

interface DateFound {
  day: string;
  start: number;
  end: number;
}

/** The first full date written in `text`, with where it is written. */
function firstDateFound(text: string): DateFound | null {
  const found: [RegExpExecArray, string | null][] = [];
  const dmy = DAY_MONTH_YEAR.exec(text);
  if (dmy) found.push([dmy, iso(Number(dmy[3]), MONTHS[dmy[2]!.toLowerCase()]!, Number(dmy[1]))]);
  const mdy = MONTH_DAY_YEAR.exec(text);
  if (mdy) found.push([mdy, iso(Number(mdy[3]), MONTHS[mdy[1]!.toLowerCase()]!, Number(mdy[2]))]);
  const isoDate = ISO.exec(text);
  if (isoDate) found.push([isoDate, iso(Number(isoDate[1]), Number(isoDate[2]), Number(isoDate[3]))]);
  const numeric = NUMERIC.exec(text);
  if (numeric) {
    // Day first, as most of the world writes it, unless the first part cannot be a day's month (12/25/2016).
    const [a, b] = [Number(numeric[1]), Number(numeric[2])];
    found.push([numeric, b > 12 ? iso(Number(numeric[3]), a, b) : iso(Number(numeric[3]), b, a)]);
  }
  const valid = found
    .filter((entry): entry is [RegExpExecArray, string] => entry[1] !== null)
    .sort((x, y) => x[0].index - y[0].index);
  const first = valid[0];
  return first ? { day: first[1], start: first[0].index, end: first[0].index + first[0][0].length } : null;
}

/** The first full date written in `text` (ISO day), or null. */
export function firstDate(text: string): string | null {
  return firstDateFound(text)?.day ?? null;
}

// The weekday that heads a dateline ("dimanche 3 juin 2018", "Fri Feb 27 2015") is part of it.
const DATELINE_WEEKDAY = new RegExp(
  String.raw`(?:${Object.keys(WEEKDAYS).join('|')}|mon|tue|wed|thu|fri|sat|sun)\.?,?\s*$`,
  'iu',
);

function shiftDays(day: string, by: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + by);
  return date.toISOString().slice(0, 10);
}

/** The event's day from the words of `lead` (the sentences telling the event), against the reference day. */
export function eventDate(lead: string, reference: string | null): string | null {
  return dayIn(lead, reference) ?? reference;
}

/** The day `lead` names, read against the reference day; null when it names none. */
export function dayIn(lead: string, reference: string | null): string | null {
  const full = firstDateFound(lead);
  if (full && full.day !== reference) return full.day;
  // The dateline itself, caught with the lead, is the reference, not the day of the event: read on without it.
  if (full) {
    const before = lead.slice(0, full.start).replace(DATELINE_WEEKDAY, '');
    return dayIn(`${before} ${lead.slice(full.end)}`, reference);
  }
  if (!reference) return null;
  const year = Number(reference.slice(0, 4));
  const dayMonth = DAY_MONTH.exec(lead);
  if (dayMonth) return iso(year, MONTHS[dayMonth[2]!.toLowerCase()]!, Number(dayMonth[1])) ?? reference;
  const monthDay = MONTH_DAY.exec(lead);
  if (monthDay) return iso(year, MONTHS[monthDay[1]!.toLowerCase()]!, Number(monthDay[2])) ?? reference;
  const weekday = WEEKDAY.exec(lead);
  if (weekday) {
    // News tells the past week by its weekdays: "on Wednesday" is the last Wednesday up to the page's day.
    const back = (new Date(`${reference}T00:00:00Z`).getUTCDay() - WEEKDAYS[weekday[1]!.toLowerCase()]! + 7) % 7;
    return shiftDays(reference, -back);
  }
  if (YESTERDAY.test(lead)) return shiftDays(reference, -1);
  return null;
}
