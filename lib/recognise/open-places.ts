// Places the knowledge base does not know (villages, wadis, stations, air bases, districts), found from the words
// that make a toponym: a leading word of Arabic place names ("Wadi Barada", "Tal Abyad", "Khirbet Ghazaleh"), a
// head after the name ("Tiyas Airfield", "the T4 airbase", "Karrada district") or a phrase before it ("the
// village of Safina", "la localité de Kfar Zeita", and, weaker, "near Sabboura"). A later mention of the same
// name alone joins the place.
import { foldedWord, PARTICLES, pieces, runs, type Piece } from './name-runs';
import type { OpenMention } from './open-persons';
import { unlinkedEntity } from './unlinked';

// Leading words of Arabic toponyms (valley, hill, mother, mountain, monastery, spring, well, ruin, castle, village,
// house, headland, bridge, farm) and of English ones (Mount, Lake, Camp, Fort): with the next name, a place.
const TOPONYM_OPENERS: Record<string, string> = {
  wadi: 'valley',
  oued: 'valley',
  tal: 'locality',
  tall: 'locality',
  tell: 'locality',
  umm: 'locality',
  jabal: 'mountain',
  jebel: 'mountain',
  djebel: 'mountain',
  jbal: 'mountain',
  deir: 'locality',
  dayr: 'locality',
  ain: 'locality',
  ayn: 'locality',
  bir: 'locality',
  khirbet: 'locality',
  khirbat: 'locality',
  qasr: 'locality',
  kafr: 'locality',
  kfar: 'locality',
  beit: 'locality',
  bayt: 'locality',
  ras: 'locality',
  jisr: 'locality',
  mazraat: 'locality',
  mount: 'mountain',
  lake: 'lake',
  camp: 'camp',
  fort: 'military-base',
};
// Heads written after a name: capitalised, they are part of it ("Tabqa Dam"); in lower case they only tell what it
// is ("Karrada district", "the T4 airbase").
const TOPONYM_HEADS: Record<string, string> = {
  airbase: 'air-base',
  'air base': 'air-base',
  airfield: 'air-base',
  airport: 'airport',
  aéroport: 'airport',
  dam: 'dam',
  barrage: 'dam',
  river: 'river',
  valley: 'valley',
  district: 'district',
  neighbourhood: 'neighbourhood',
  neighborhood: 'neighbourhood',
  suburb: 'neighbourhood',
  village: 'village',
  town: 'town',
  governorate: 'governorate',
  province: 'governorate',
  camp: 'camp',
  mountains: 'mountain',
  crossing: 'crossing',
  'oil field': 'oil-field',
  'gas field': 'gas-field',
  prison: 'prison',
  checkpoint: 'site',
  // Syria's industrial cities are named places of their own ("the Sheikh Najjar industrial city", "Adra industrial zone").
  'industrial city': 'district',
  'industrial zone': 'district',
  station: 'site',
};
// Phrases before a name that say it is a place.
const PLACE_PHRASES: [RegExp, string][] = [
  [
    /\b(?:village|town|city|district|suburb|neighbou?rhood|area|region|province|governorate|outskirts|hamlet|locality)\s+of\s+$/iu,
    'locality',
  ],
  [
    /(?<![\p{L}])(?:localité|village|ville|bourgade|quartier|banlieue|région|province|district|gouvernorat|périphérie|environs|faubourg|hameau)\s+(?:de\s+|d['’]\s*)$/iu,
    'locality',
  ],
];
// Weaker: "near X", "près de X" also precede people ("near Assad's palace"), so these only apply to a name that
// no other rule took for a person.
const NEAR_PHRASE = /(?:\bnear|\boutside|(?<![\p{L}])près\s+(?:de\s+|d['’]\s*)|aux\s+abords\s+(?:de\s+|d['’]\s*))$/iu;

// Capitalised at the start of a sentence or a title, not part of the name ("In Wadi Barada", "The Tabqa Dam").
const LEADING_WORDS = new Set(
  'the a an in on at near from to by for with of and le la les l un une dans à au aux en près de du des et'.split(' '),
);
const isParticle = (piece: Piece) => !piece.capitalised && PARTICLES.has(piece.lower);
const isNamePiece = (piece: Piece) =>
  piece.capitalised || (piece.numeric && /^\p{N}+\p{Lu}*$|^\p{Lu}+\p{N}+$/u.test(piece.word));

function headAfter(text: string, end: number): { kind: string; length: number; capitalised: boolean } | null {
  const after = /^[ \u00a0]+([\p{L}]+(?:[ \u00a0][\p{L}]+)?)/u.exec(text.slice(end, end + 24));
  if (!after) return null;
  // "the Yazidi village of Ba'idn": the name comes after "of", the word before the head describes it.
  if (/^[ \u00a0]+[\p{L}]+(?:[ \u00a0][\p{L}]+)?[ \u00a0]+(?:of|de|d['’])[ \u00a0]/u.test(text.slice(end, end + 40))) {
    const head = /^[ \u00a0]+([\p{L}]+)/u.exec(text.slice(end))![1]!;
    if (TOPONYM_HEADS[head.toLowerCase()]) return null;
  }
  for (const candidate of [after[1]!, after[1]!.split(/[ \u00a0]/)[0]!]) {
    const kind = TOPONYM_HEADS[candidate.toLowerCase()];
    if (kind) {
      return {
        kind,
        length: after[0].length - (after[1]!.length - candidate.length),
        capitalised: /^\p{Lu}/u.test(candidate),
      };
    }
  }
  return null;
}

interface Found {
  start: number;
  end: number;
  kind: string;
}

/** The name a run of capitalised words gives to a place, with the cue that says so. */
function placeIn(text: string, run: readonly Piece[], weak: boolean): Found | null {
  let name = [...run];
  while (name.length && !isNamePiece(name.at(-1)!)) name = name.slice(0, -1);
  while (name.length && (!isNamePiece(name[0]!) || LEADING_WORDS.has(name[0]!.lower))) name = name.slice(1);
  if (!name.length || name.length > 5) return null;
  const start = name[0]!.start;
  let end = name.at(-1)!.end;
  const opener = TOPONYM_OPENERS[name[0]!.lower];
  const before = text.slice(Math.max(0, start - 40), start);
  const ownHead = name.length >= 2 ? TOPONYM_HEADS[name.at(-1)!.lower] : undefined;
  let kind: string | null = null;
  if (weak) {
    // The strong cues were read in the first pass; this one only adds names after "near" / "près de".
    if (/(?:ar|de|d['’]|side)\s*$/iu.test(before) && NEAR_PHRASE.test(before)) kind = 'locality';
  } else if (opener && name.filter(isNamePiece).length >= 2) kind = opener;
  else if (ownHead) kind = ownHead;
  else {
    const head = headAfter(text, end);
    if (head) {
      kind = head.kind;
      if (head.capitalised) end += head.length;
    } else if (/(?:of|de|d['’])\s*$/iu.test(before)) {
      kind = PLACE_PHRASES.find(([pattern]) => pattern.test(before))?.[1] ?? null;
    }
  }
  // A name that opens a sentence or is a single capitalised word with no cue is anything; only cues decide.
  if (!kind) return null;
  return { start, end, kind };
}

/**
 * Places named in the text (cut into `all` by pieces()) where `covered` says no other name is. `weak` also takes
 * the names after "near" / "près de": call it after the people have been found and covered.
 */
export function findOpenPlaces(
  text: string,
  all: readonly Piece[],
  covered: (piece: Piece) => boolean,
  weak = false,
): OpenMention[] {
  const nameRuns = runs(all, (piece) => covered(piece) || (!isNamePiece(piece) && !isParticle(piece)));
  const found: OpenMention[] = [];
  for (const run of nameRuns) {
    const place = placeIn(text, run, weak);
    if (!place) continue;
    const name = text.slice(place.start, place.end);
    found.push({ start: place.start, end: place.end, text: name, entity: unlinkedEntity('place', place.kind, name) });
  }
  return [...found, ...laterMentions(text, all, found, covered)].sort((a, b) => a.start - b.start);
}

/** The same name again, alone ("the village of Safina … Safina"), where nothing else covers it. */
function laterMentions(
  text: string,
  all: readonly Piece[],
  found: readonly OpenMention[],
  covered: (piece: Piece) => boolean,
): OpenMention[] {
  if (!found.length) return [];
  // Names by their first folded word, so that each word of the text is looked up once.
  const byFirst = new Map<string, { words: string[]; mention: OpenMention }[]>();
  for (const mention of found) {
    const words = pieces(mention.text).map(foldedWord);
    if (!words.length) continue;
    byFirst.set(words[0]!, [...(byFirst.get(words[0]!) ?? []), { words, mention }]);
  }
  const taken = (piece: Piece) => found.some((mention) => mention.start <= piece.start && piece.start < mention.end);
  const more: OpenMention[] = [];
  for (const piece of all) {
    if (!piece.capitalised) continue;
    const names = byFirst.get(foldedWord(piece));
    if (!names || covered(piece) || taken(piece)) continue;
    for (const { words, mention } of names) {
      const slice = all.slice(piece.index, piece.index + words.length);
      if (slice.length !== words.length || slice.some((item) => covered(item) || taken(item))) continue;
      if (slice.every((item, offset) => foldedWord(item) === words[offset])) {
        const end = slice.at(-1)!.end;
        more.push({ start: piece.start, end, text: text.slice(piece.start, end), entity: mention.entity });
        break;
      }
    }
  }
  return more;
}

/**
 * "Wadi Qandil", "Tal Hamra": a toponym opener before a place the knowledge base knows names another place (the
 * valley, the hill) that it does not; the caller drops the known mention the new name covers.
 */
export function findOpenerPlaces(
  text: string,
  all: readonly Piece[],
  covered: (piece: Piece) => boolean,
  placeOnly: (piece: Piece) => boolean,
): OpenMention[] {
  const found: OpenMention[] = [];
  for (let index = 0; index + 1 < all.length; index += 1) {
    const opener = all[index]!;
    const kind = opener.capitalised ? TOPONYM_OPENERS[opener.lower] : undefined;
    if (!kind || !opener.joinsNext || covered(opener)) continue;
    let last = index + 1;
    while (last < all.length && isParticle(all[last]!) && all[last]!.joinsNext) last += 1;
    const name = all[last];
    if (!name || !name.capitalised || !covered(name) || !placeOnly(name)) continue;
    while (all[last]!.joinsNext && all[last + 1] && covered(all[last + 1]!) && placeOnly(all[last + 1]!)) last += 1;
    const end = all[last]!.end;
    const words = text.slice(opener.start, end);
    found.push({ start: opener.start, end, text: words, entity: unlinkedEntity('place', kind, words) });
    index = last;
  }
  return found;
}
