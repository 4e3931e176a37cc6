// Who counts as a person wherever the engine or its evaluation needs to know: a person, or a knowledge-base source
// that is one human being (an official, a spokesperson) rather than a body. Their surnames may come alone later,
// they speak as people, and outside gold scores them against named people.
const PERSON_SOURCE_KINDS: ReadonlySet<string> = new Set(['official', 'spokesperson']);

export function isPersonLike(entity: { type: string; kind: string }): boolean {
  return entity.type === 'person' || (entity.type === 'source' && PERSON_SOURCE_KINDS.has(entity.kind));
}
