// Names the knowledge base does not know, found from the text around the known ones: organisations by the word
// that ends their name, places with strong cues (a toponym's own words), then people, then places after the
// weaker "near" / "près de". Each step sees what the steps before it took, so that a name is read once.
import { foldName, type Token } from '../text/tokens';
import { pieces, type Piece } from './name-runs';
import { isPersonLike } from './person-like';
import { definedAcronyms } from './acronyms';
import { unlinkedEntity } from './unlinked';
import { findOpenOrganisations } from './open-organisations';
import { findOpenPersons, type KnownPerson, type OpenMention, type Span } from './open-persons';
import { findOpenerPlaces, findOpenPlaces } from './open-places';

/**
 * The known mentions with the open ones added, in text order. A known place inside an organisation's name
 * ("Syria Recovery Trust Fund", "Bahrain Mirror") or after a toponym opener ("Wadi Qandil") is dropped: there it
 * is part of another name, not a mention of that place.
 */
export function withOpenNames<T extends KnownPerson>(
  text: string,
  known: readonly T[],
  tokens?: readonly Token[],
): (T | OpenMention)[] {
  const mask = new Uint8Array(text.length + 1);
  const placeMask = new Uint8Array(text.length + 1);
  for (const mention of known) {
    mask.fill(1, mention.start, mention.end);
    if (mention.entity.type === 'place') placeMask.fill(1, mention.start, mention.end);
  }
  const any = (source: Uint8Array, piece: Piece) => {
    for (let index = piece.start; index < piece.end; index += 1) if (source[index]) return true;
    return false;
  };
  const covered = (piece: Piece) => any(mask, piece);
  const placeOnly = (piece: Piece) => {
    for (let index = piece.start; index < piece.end; index += 1) if (mask[index] && !placeMask[index]) return false;
    return true;
  };
  const all = pieces(text, tokens);
  const organisations = [
    ...findOpenOrganisations(text, all, covered, placeOnly).flatMap((organisation) => {
      const whole = outsideKnownWords(text, organisation, known);
      return whole ? [withAcronym(text, withKnownTail(text, whole, known), known)] : [];
    }),
    ...findOpenerPlaces(text, all, covered, placeOnly),
  ];
  const inside = (mention: Span) =>
    organisations.some((organisation) => organisation.start <= mention.start && mention.end <= organisation.end);
  const kept = organisations.length ? known.filter((mention) => !inside(mention)) : [...known];
  const found: OpenMention[] = [...organisations];
  const cover = (spans: readonly Span[]) => {
    for (const span of spans) mask.fill(1, span.start, span.end);
  };
  cover(organisations);
  const acronyms = definedAcronyms(
    text,
    [...organisations, ...kept.filter(({ entity }) => entity.type !== 'place' && !isPersonLike(entity))],
    (span) => mask.subarray(span.start, span.end).some(Boolean),
  );
  cover(acronyms);
  found.push(...acronyms);
  const knownPeople = known.filter(({ entity }) => isPersonLike(entity));
  for (const step of [
    () => findOpenPlaces(text, all, covered),
    () => findOpenPersons(text, all, covered, knownPeople),
    // Only texts with "near", "outside", "près de" or "abords" have weak cues to read.
    () => (/near|outside|près|abords/iu.test(text) ? findOpenPlaces(text, all, covered, true) : []),
  ]) {
    const mentions = step();
    cover(mentions);
    found.push(...mentions);
  }
  if (!found.length) return kept;
  return [...kept, ...found].sort((a, b) => a.start - b.start);
}

/**
 * "Kurdish People's Protection Units (YPG)", "the SDF [Syrian Democratic Forces]": a name written beside a known
 * acronym in brackets is that entity, spelled out.
 */
function withAcronym<T extends KnownPerson>(text: string, organisation: OpenMention, known: readonly T[]): OpenMention {
  const after = /^[ \u00a0]*[([][ \u00a0]*/u.exec(text.slice(organisation.end, organisation.end + 4));
  const before = /[ \u00a0]*[([][ \u00a0]*$/u.exec(text.slice(Math.max(0, organisation.start - 4), organisation.start));
  const partner = known.find((mention) =>
    after
      ? mention.start === organisation.end + after[0].length && /^[ \u00a0]*[)\]]/u.test(text.slice(mention.end))
      : before !== null &&
        mention.end === organisation.start - before[0].length &&
        /^[ \u00a0]*[)\]]/u.test(text.slice(organisation.end)),
  );
  if (partner && partner.entity.type !== 'place') return { ...organisation, entity: partner.entity };
  // "Aerospace Forces" after "Russian Aerospace Forces", or "Russias Aerospace Forces": the short form of a name
  // the text gives in full, or the same name with its owner inflected (a common stem of four letters or more).
  const words = foldName(organisation.text);
  const sameOwner = (a: string, b: string) =>
    a.slice(0, Math.max(4, Math.min(a.length, b.length) - 2)) ===
    b.slice(0, Math.max(4, Math.min(a.length, b.length) - 2));
  const fuller = known.find((mention) => {
    if (mention.entity.type === 'place' || mention.entity.type === 'person') return false;
    const other = foldName(mention.text);
    if (` ${other.join(' ')}`.endsWith(` ${words.join(' ')}`)) return true;
    return (
      other.length === words.length &&
      words.length >= 2 &&
      other.slice(1).join(' ') === words.slice(1).join(' ') &&
      sameOwner(other[0]!, words[0]!)
    );
  });
  return fuller ? { ...organisation, entity: fuller.entity } : organisation;
}

/**
 * An organisation's name never starts inside another mention's word: "U.S. Naval Forces" after the known "U.S"
 * would otherwise begin at its second letter ("S. Naval Forces"). A place there is part of the name (a country in
 * an organisation's name, "U.S. Embassy"); after any other mention the name starts after it, and is dropped when
 * one word or less is left.
 */
function outsideKnownWords<T extends KnownPerson>(
  text: string,
  organisation: OpenMention,
  known: readonly T[],
): OpenMention | null {
  const cut = known.find((mention) => mention.start < organisation.start && organisation.start < mention.end);
  if (!cut) return organisation;
  const start =
    cut.entity.type === 'place'
      ? cut.start
      : /^[.\s\u00a0]*/u.exec(text.slice(cut.end, organisation.end))![0].length + cut.end;
  const name = text.slice(start, organisation.end);
  if (!/\s/u.test(name)) return null;
  const { type, kind } = organisation.entity;
  return { ...organisation, start, text: name, entity: unlinkedEntity(type, kind, name) };
}

// Last words of a known organisation's name that say what it is: a unit or command of a larger force.
const UNIT_HEADS = /\b(?:Command|Forces|Force|Corps|Division|Brigade|Group|Fleet)$/u;

/**
 * "Naval Forces Central Command": an unknown name run straight into a known one that ends in a unit's head word is
 * one name, a unit of its own (the naval component of Central Command), not the known organisation.
 */
function withKnownTail<T extends KnownPerson>(
  text: string,
  organisation: OpenMention,
  known: readonly T[],
): OpenMention {
  const tail = known.find(
    (mention) =>
      mention.start === organisation.end + 1 &&
      /^[ \u00a0]$/u.test(text.charAt(organisation.end)) &&
      mention.entity.type !== 'place' &&
      !isPersonLike(mention.entity) &&
      UNIT_HEADS.test(mention.text),
  );
  if (!tail) return organisation;
  const name = text.slice(organisation.start, tail.end);
  const { type, kind } = tail.entity;
  const head = type === 'person' ? 'source' : type;
  return { start: organisation.start, end: tail.end, text: name, entity: unlinkedEntity(head, kind, name) };
}
