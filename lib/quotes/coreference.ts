import type { NameCandidate } from './names';
import { DESCRIPTION_HEADS, OWN_REPORTER, PERSON_PRONOUN, plain, type DescriptionKind } from './vocabulary';

/** How far back a pronoun or a description looks for the name it stands for (a few sentences). */
const REACH = 1200;

/** What a description's head asks of its antecedent's kind in the knowledge base ("the channel" is a channel). */
const ENTITY_KINDS: Record<string, readonly string[]> = {
  channel: ['channel'],
  chaine: ['channel'],
  television: ['channel'],
  broadcaster: ['channel'],
  agency: ['agency'],
  agence: ['agency'],
  newspaper: ['newspaper'],
  journal: ['newspaper'],
  quotidien: ['newspaper'],
  daily: ['newspaper'],
  paper: ['newspaper'],
  website: ['website'],
  site: ['website'],
  army: ['army'],
  armee: ['army'],
  observatory: ['monitor'],
  observatoire: ['monitor'],
  monitor: ['monitor'],
  centre: ['monitor', 'ngo'],
  center: ['monitor', 'ngo'],
  ministry: ['ministry'],
  ministere: ['ministry'],
  command: ['military-command'],
  commandement: ['military-command'],
  coalition: ['coalition'],
};

export type Gender = 'm' | 'f';

export type Reference =
  | { kind: 'pronoun'; gender: Gender | null }
  | { kind: 'description'; head: string; wants: DescriptionKind }
  | { kind: 'own-reporter' };

const DETERMINER = /^(?:the|this|that|le|la|l['’]|les|ce|cet|cette|ces|its|their|his|her|son|sa|ses|leur)\s*/iu;

/**
 * Whether the words of an agent stand for someone named elsewhere: a pronoun ("he", "il", from "a-t-il"), a
 * definite description whose head is a known role or kind ("the minister", "la chaîne", "the centre", "le
 * porte-parole"), or the outlet's own reporter ("notre correspondant"), who stays unnamed.
 */
export function referenceOf(words: string): Reference | null {
  const phrase = words.replace(/\s+/g, ' ').trim();
  if (PERSON_PRONOUN.test(phrase)) {
    const gender = /^(?:il|he|celui-ci|ce dernier)$/iu.test(phrase)
      ? 'm'
      : /^(?:elle|she|celle-ci|cette dernière)$/iu.test(phrase)
        ? 'f'
        : null;
    return { kind: 'pronoun', gender };
  }
  if (OWN_REPORTER.test(phrase)) return { kind: 'own-reporter' };
  const determiner = DETERMINER.exec(phrase);
  if (!determiner) return null;
  // "the secretary", "le porte-parole", "the defence minister": the head is the last word of a short phrase.
  const rest = phrase.slice(determiner[0].length).split(' ');
  if (rest.length > 3) return null;
  const head = plain(rest.at(-1)!);
  const wants = DESCRIPTION_HEADS[head];
  return wants ? { kind: 'description', head, wants } : null;
}

export interface Antecedent {
  /** Where the name stands (a previous quote's speaker stands at that quote). */
  at: number;
  candidate: NameCandidate;
}

function fits(candidate: NameCandidate, reference: Reference): boolean {
  if (reference.kind === 'pronoun') return candidate.kind === 'person' && !candidate.weak;
  if (reference.kind !== 'description') return false;
  if (reference.wants === 'person') return candidate.kind === 'person' && !candidate.weak;
  const kinds = ENTITY_KINDS[reference.head];
  if (candidate.entityKind && kinds?.includes(candidate.entityKind)) return true;
  // "the Carter Center … the centre": the description repeats the last word of the name.
  const last = candidate.text.split(/[\s-]+/).at(-1) ?? '';
  return candidate.kind === reference.wants && plain(last) === reference.head;
}

/**
 * "« … », a-t-il dit" then "« … », dit-elle": once a pronoun has stood for a name, a pronoun of the other gender
 * does not stand for it.
 */
export function genderAgrees(reference: Reference, name: string, genders: ReadonlyMap<string, Gender>): boolean {
  if (reference.kind !== 'pronoun' || !reference.gender) return true;
  const known = genders.get(name);
  return !known || known === reference.gender;
}

/** The last name before `before`, within reach, that the pronoun or description can stand for. */
export function resolveReference(
  reference: Reference,
  antecedents: readonly Antecedent[],
  before: number,
  genders: ReadonlyMap<string, Gender> = new Map(),
): NameCandidate | null {
  if (reference.kind === 'own-reporter') return null;
  let best: Antecedent | null = null;
  for (const antecedent of antecedents) {
    if (antecedent.at >= before || antecedent.at < before - REACH) continue;
    if (!fits(antecedent.candidate, reference)) continue;
    if (!genderAgrees(reference, antecedent.candidate.name, genders)) continue;
    if (!best || antecedent.at > best.at) best = antecedent;
  }
  return best?.candidate ?? null;
}
