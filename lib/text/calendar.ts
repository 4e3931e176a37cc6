// Month and weekday names, capitalised in English and often in French titles, are never the names of people or
// places ("May", "July", "Tuesday"), though some are also first names in name registers.
const CALENDAR_WORDS = new Set(
  `january february march april may june july august september october november december jan feb mar apr jun jul aug
sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday janvier février fevrier mars avril mai
juin juillet août aout septembre octobre novembre décembre decembre lundi mardi mercredi jeudi vendredi samedi
dimanche`.split(/\s+/),
);

export function isCalendarWord(word: string): boolean {
  return CALENDAR_WORDS.has(word) || CALENDAR_WORDS.has(word.toLowerCase());
}
