// Names the knowledge base does not know, found from the text around the known ones: places with strong cues
// first (a toponym's own words), then people, then places after the weaker "near" / "près de". Each step sees what
// the steps before it took, so that a name is read once.
import { pieces, type Piece } from './name-runs';
import { findOpenPersons, type KnownPerson, type OpenMention, type Span } from './open-persons';
import { findOpenPlaces } from './open-places';

// Kinds of knowledge-base sources that are people (a spokesman, a minister), whose surname may come alone later.
const PERSON_SOURCE_KINDS = new Set(['official', 'spokesperson']);

export function findOpenNames(text: string, known: readonly (Span & KnownPerson)[]): OpenMention[] {
  const mask = new Uint8Array(text.length + 1);
  const cover = (spans: readonly Span[]) => {
    for (const span of spans) mask.fill(1, span.start, span.end);
  };
  cover(known);
  const covered = (piece: Piece) => {
    for (let index = piece.start; index < piece.end; index += 1) if (mask[index]) return true;
    return false;
  };
  const all = pieces(text);
  const found: OpenMention[] = [];
  for (const step of [
    () => findOpenPlaces(text, all, covered),
    () =>
      findOpenPersons(
        text,
        all,
        covered,
        known.filter(
          ({ entity }) =>
            entity.type === 'person' || (entity.type === 'source' && PERSON_SOURCE_KINDS.has(entity.kind)),
        ),
      ),
    () => findOpenPlaces(text, all, covered, true),
  ]) {
    const mentions = step();
    cover(mentions);
    found.push(...mentions);
  }
  return found.sort((a, b) => a.start - b.start);
}
