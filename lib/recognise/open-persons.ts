// People the knowledge base does not know ("Lina Haddad, a spokeswoman…", "Col. John Dorrian", "Abu Jandal
// al-Kuwaiti"): a run of capitalised words is a person's name when a title opens it, when it starts with a first
// name of the lexicon (lib/knowledge/generated/given-names.json, built by scripts/build-given-names.ts) or with a
// kunya (Abu, Abou, Abdel…). A later mention of the surname or the first name alone ("Haddad said") or with a
// title ("Mr Haddad") joins the same person.
import givenNames from '../knowledge/generated/given-names.json';
import { foldWord } from '../text/fold';
import { isFoldedGivenName } from './person-names';
import { foldedWord, PARTICLES, pieces, runs, TITLE_ABBREVIATIONS, type Piece } from './name-runs';
import { unlinkedEntity } from './unlinked';
import type { MentionEntity } from './recognise';

export interface Span {
  start: number;
  end: number;
}

export interface OpenMention extends Span {
  text: string;
  /** Unlinked, except a bare surname that joins a person the knowledge base knows ("Townsend" after "Gen. Stephen Townsend"). */
  entity: MentionEntity;
}

/** A person the knowledge base recognised in the text, whose surname alone may come later. */
export interface KnownPerson extends Span {
  text: string;
  entity: MentionEntity;
}

let lexicon: { names: Set<string>; alsoWords: Set<string> } | null = null;
function given(): { names: Set<string>; alsoWords: Set<string> } {
  lexicon ??= {
    names: new Set(givenNames.names.map(foldWord)),
    alsoWords: new Set(givenNames.alsoWords.map(foldWord)),
  };
  return lexicon;
}

// Titles and roles written before a name, capitalised in a run ("Defense Secretary Ash Carter", "Navy Capt. Jeff
// Davis") or in lower case just before it ("le général Qassem Soleimani", "said spokesman Ryan Dillon").
const TITLES = new Set(
  `mr mrs ms miss dr doctor m mme mlle monsieur madame president président prime premier minister ministre secretary
secrétaire foreign defense defence interior general général gen lieutenant lt colonel col captain capt capitaine
major maj brigadier brig admiral adm sergeant sgt specialist spc corporal cpl private pvt commander cmdr cdr
commandant commodore sheikh cheikh shaykh sen senator sénateur rep representative governor gouverneur gov ambassador
ambassadeur envoy envoyé spokesman spokeswoman spokesperson porte-parole chief chef deputy adjoint senior officer
petty king roi queen reine prince emir émir imam ayatollah mullah pope pape judge juge mayor maire director directeur
chairman leader dirigeant professor prof colonel-general lieutenant-general`.split(/\s+/),
);
// Kunyas and theophoric first names open a name on their own ("Abu Jandal", "Abdel Basset").
const NAME_OPENERS = new Set(['abu', 'abou', 'abd', 'abdel', 'abdul', 'abdal', 'abdoul', 'bin', 'ibn']);
// A name followed by one of these names the institution, the street or the place called after the person
// ("Mohammed Ali Street", "Abdullah Azzam Brigades", "King Fahd Hospital").
const INSTITUTION_HEADS = new Set(
  `street st road avenue square mosque mosquée hospital hôpital university université school école college brigade
brigades brigada battalion bataillon regiment front forces force army armée party parti movement mouvement council
conseil committee comité company foundation fondation institute institut center centre centers news agency media
airport aéroport base camp dam barrage bridge pont stadium stade district quarter quartier gate tower palace palais
prize award cup division corps group groupe network channel navy marine marines guard department ministry ministère
office bureau times post mirror gazette herald journal tribune daily press telegraph chronicle observer express
monitor radio tv télévision television prison beach city county island valley heights springs falls lake river bay
port park hills`.split(/\s+/),
);

const isTitle = (piece: Piece) => TITLES.has(piece.lower) || (piece.dotted && TITLE_ABBREVIATIONS.has(piece.lower));
const isParticle = (piece: Piece) => !piece.capitalised && PARTICLES.has(piece.lower);

function isFirstName(piece: Piece, followedByName: boolean): boolean {
  if (!piece.capitalised) return false;
  const word = foldedWord(piece);
  const { names, alsoWords } = given();
  return names.has(word) || isFoldedGivenName(word) || (followedByName && alsoWords.has(word));
}

interface Candidate extends Span {
  pieces: Piece[];
  titled: boolean;
}

/** The person's name inside one run of capitalised words, if the run holds one. */
function nameIn(run: readonly Piece[], titledBefore: boolean, next: Piece | undefined): Candidate | null {
  let lastTitle = -1;
  run.forEach((piece, index) => {
    if (isTitle(piece)) lastTitle = index;
  });
  const first = lastTitle + 1;
  const titled = lastTitle >= 0 || titledBefore;
  let name = run.slice(first);
  // A name ends on a capitalised word, never on a particle; it opens on one only joined to the next word
  // ("M. al-Frieh").
  while (name.length && !name.at(-1)!.capitalised) name = name.slice(0, -1);
  while (name.length && isParticle(name[0]!) && !name[0]!.hyphenNext) name = name.slice(1);
  if (!name.length) return null;
  if (name.some((piece) => INSTITUTION_HEADS.has(piece.lower))) return null;
  if (next && INSTITUTION_HEADS.has(next.lower)) return null;
  if (!titled) {
    const opener = name.findIndex(
      (piece, index) =>
        NAME_OPENERS.has(piece.lower) ||
        isFirstName(
          piece,
          name.slice(index + 1).some((next) => next.capitalised),
        ),
    );
    if (opener < 0) return null;
    // Capitalised words before the first name other than a sentence opener ("But Anas") make the run another name
    // that holds a person's ("Liwa Abu al-Fadl al-Abbas").
    const before = name.slice(0, opener);
    if (before.length > 1 || (before.length === 1 && !before[0]!.sentenceStart)) return null;
    name = name.slice(opener);
    if (NAME_OPENERS.has(name[0]!.lower) && name.filter((piece) => piece.capitalised).length < 2) {
      return null;
    }
  }
  return { start: name[0]!.start, end: name.at(-1)!.end, pieces: name, titled };
}

const LOWERCASE_TITLE_BEFORE = /(?:^|\s)([\p{Ll}-]+)\s+$/u;
// Many first names are also places (Georgia, Virginia, Arizona): a lone first name after a word of place is one.
const LOCATIVE_BEFORE = /(?:^|[^\p{L}])(?:in|of|from|near|at|to|into|across|à|au|en|de|vers|près)\s+$/iu;

/** Names of people in the text (cut into `all` by pieces()) where `covered` says no other name is. */
export function findOpenPersons(
  text: string,
  all: readonly Piece[],
  covered: (piece: Piece) => boolean,
  knownPeople: readonly KnownPerson[] = [],
): OpenMention[] {
  const nameRuns = runs(all, (piece) => covered(piece) || (!piece.capitalised && !isParticle(piece)));
  const candidates: Candidate[] = [];
  for (const run of nameRuns) {
    const lowerTitle = LOWERCASE_TITLE_BEFORE.exec(text.slice(Math.max(0, run[0]!.start - 30), run[0]!.start));
    const titledBefore = lowerTitle !== null && TITLES.has(lowerTitle[1]!.toLowerCase());
    const candidate = nameIn(run, titledBefore, all[run.at(-1)!.index + 1]);
    if (!candidate) continue;
    const lone = !candidate.titled && candidate.pieces.length === 1;
    if (lone && LOCATIVE_BEFORE.test(text.slice(Math.max(0, candidate.start - 12), candidate.start))) continue;
    candidates.push(candidate);
  }
  return joinPersons(text, all, candidates, covered, knownPeople);
}

const key = foldedWord;

/**
 * Full names first ("Lina Haddad"); a single name or a titled surname ("Haddad", "Mr Haddad", "Lina") joins the
 * full name it is part of, the closest one before it, else the first after it; a lone first name with no full
 * name stays a person of its own, a lone titled word too ("Mr Colville").
 */
function joinPersons(
  text: string,
  all: readonly Piece[],
  candidates: readonly Candidate[],
  covered: (piece: Piece) => boolean,
  knownPeople: readonly KnownPerson[],
): OpenMention[] {
  const full = candidates.filter((candidate) => candidate.pieces.filter((piece) => piece.capitalised).length >= 2);
  const entities = new Map<Span, MentionEntity>();
  const byKey = new Map<string, Span[]>();
  for (const person of knownPeople) {
    const words = pieces(person.text).filter((piece) => piece.capitalised && piece.word.length > 2);
    if (words.length < 2) continue;
    entities.set(person, person.entity);
    const word = key(words.at(-1)!);
    byKey.set(word, [...(byKey.get(word) ?? []), person]);
  }
  for (const candidate of full) {
    const name = text.slice(candidate.start, candidate.end);
    const entity = unlinkedEntity('person', 'person', name);
    entities.set(candidate, entity);
    const capitalised = candidate.pieces.filter((piece) => piece.capitalised && piece.word.length > 2);
    const keys = new Set([capitalised.at(-1), capitalised[0]].filter((piece) => piece !== undefined).map(key));
    for (const word of keys) byKey.set(word, [...(byKey.get(word) ?? []), candidate]);
  }
  const closest = (word: string, at: number): MentionEntity | null => {
    const owners = byKey.get(word);
    if (!owners) return null;
    const before = owners.filter((owner) => owner.start < at).at(-1);
    return entities.get(before ?? owners[0]!) ?? null;
  };
  const mentions: OpenMention[] = [];
  const taken = new Set<number>();
  for (const candidate of candidates) {
    let entity = entities.get(candidate) ?? closest(key(candidate.pieces.at(-1)!), candidate.start);
    if (!entity) entity = unlinkedEntity('person', 'person', text.slice(candidate.start, candidate.end));
    mentions.push({ ...span(text, candidate), entity });
    for (const piece of candidate.pieces) taken.add(piece.start);
  }
  // Bare surnames and first names elsewhere ("…, Haddad said"), wherever no other name covers them.
  if (!byKey.size) return mentions.sort((a, b) => a.start - b.start);
  for (const piece of all) {
    if (!piece.capitalised || taken.has(piece.start) || piece.word.length < 3 || covered(piece)) continue;
    const entity = closest(key(piece), piece.start);
    if (entity) mentions.push({ start: piece.start, end: piece.end, text: piece.word, entity });
  }
  return mentions.sort((a, b) => a.start - b.start);
}

function span(text: string, candidate: Candidate): Span & { text: string } {
  return { start: candidate.start, end: candidate.end, text: text.slice(candidate.start, candidate.end) };
}
