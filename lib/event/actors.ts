// Who acted: a group named as the subject of an act of war ("regime forces shelled", "l'EI a revendiqué"), as its
// agent ("killed by Russian air strikes", "tués par les forces du régime"), or by the adjective of the weapon
// ("Russian air strikes", "frappes russes", "regime shelling"). A group that is counted or aimed at ("31 ISIS
// terrorists", "strikes against ISIS", "positions de l'EI") was hit, and is not an actor.
import type { KnowledgeEntity } from '../knowledge/schema';
import type { RecognisedMention } from '../recognise/recognise';
import { WORD_START, alternationMatches, type Branch } from '../text/word-matches';

const ACT = String.raw`(?:kill(?:ed|s)?|shell(?:ed|s)?|struck|strikes?|bomb(?:ed|s)?|target(?:ed|s)?|launch(?:ed|es)?|attack(?:ed|s)?|execut(?:ed|es)|fired|carried\s+out|pound(?:ed|s)?|hit|raided|storm(?:ed|s)?|captur(?:ed|es)|seiz(?:ed|es)|took|retook|detonated|claimed|opened\s+fire|massacred|shot|stepped\s+up|besieg(?:ed|es)|dropped|used|advanced|tu(?:é|ent)|bombard(?:é|ent)|frapp(?:é|ent)|vis(?:é|ent)|lancé|lancent|attaqu(?:é|ent)|exécut(?:é|ent)|tiré|tirent|mené|mènent|pilonn(?:é|ent)|pris|prennent|repris|revendiqu(?:é|e)|largué|ouvert\s+le\s+feu|massacr(?:é|ent)|utilisé|avanc(?:é|ent)|progress(?:é|ent)|assi[eéè]g(?:é|ent|e)|encercl(?:é|ent)|conquis|abattu)`;
// The subject, then at most a few words ("forces", "have", "on Tuesday", "ont", "a") before the verb.
const AFTER_SUBJECT = new RegExp(
  // An apposition may stand between subject and verb: "the SDF, backed by the coalition, shelled…".
  String.raw`^(?:['’]s)?(?:\s*,[^,.;!?\n]{1,80},)?\s+(?:[\p{L}\p{N}'’-]+\s+){0,3}?(?:(?:have|has|had|reportedly|also|ont|a|avaient|avait|auraient|aurait)\s+)?${ACT}(?![\p{L}\p{N}])`,
  'iu',
);
const NOT_AFTER =
  /^(?:['’]s)?\s+(?:[\p{L}-]+\s+){0,2}?(?:were|was|have\s+been|had\s+been|ont\s+été|a\s+été|été)(?![\p{L}\p{N}])/iu;
// "backed by the coalition", "soutenues par la coalition": a supporter, not the one who acted; "held by", "tenue
// par": who holds the place, not who struck it.
const SUPPORT_BEFORE =
  /(?:backed|supported|assisted|aided|armed|trained|held|controlled|dominated|run|ruled|occupied|soutenue?s?|appuyée?s?|aidée?s?|armée?s?|entraînée?s?|épaulée?s?|tenue?s?|contrôlée?s?|dominée?s?|occupée?s?)\s+(?:[\p{L}'’-]+\s+){0,2}$/iu;
const BY_BEFORE =
  /(?<![\p{L}\p{N}])(?:by|par|claimed\s+by|blamed\s+on|attribué(?:e|s)?\s+à|imputé(?:e|s)?\s+à|de\s+la\s+part\s+de)\s+(?:the\s+|les?\s+|la\s+|l['’]|des\s+)?$/iu;
const HIT_BEFORE =
  /(?:\d|(?<![\p{L}\p{N}])(?:against|on|targeting|targeted|hit|of|from|versus|with|contre|de|du|des|d['’]|sur|visant|ciblant|among|parmi)\s+(?:the\s+|les?\s+|la\s+|l['’])?)$|(?<![\p{L}\p{N}])(?:members|fighters|positions|militants|terrorists|strongholds|membres|combattants|positions|bastions|jihadistes|djihadistes)\s+(?:of\s+|de\s+|du\s+|d['’])?(?:the\s+|l['’]|la\s+|le\s+)?$/iu;

// The adjective of an attacker on the weapon: "Russian air strikes", "regime shelling", "frappes russes".
const WEAPON_EN = String.raw`(?:air\s*-?\s*strikes?|airstrikes?|air\s+raids?|raids?|warplanes?|jets|aircraft|planes|shelling|artillery|bombardment|bombing|barrel\s+bombs?|helicopters?|drones?|missiles?|rockets?|fire|snipers?)`;
const WEAPON_FR = String.raw`(?:frappes?|raids?|bombardements?|tirs?|avions?|obus|barils?|roquettes?|missiles?|hélicoptères?|drones?)(?:\s+aériens?|\s+aériennes?)?`;
// Each is the adjective (and the space) before the English weapon, starting a word, or the French weapon before its adjective,
// searched as the one pattern "English|French" would be (alternationMatches: faster than a leading lookbehind).
const adjectiveActor = (englishBefore: string, frenchAfter: string): Branch[] => [
  { pattern: new RegExp(String.raw`${englishBefore}${WEAPON_EN}`, 'giu'), before: WORD_START },
  { pattern: new RegExp(String.raw`${WEAPON_FR}\s+(?:${frenchAfter})(?![\p{L}\p{N}])`, 'giu') },
];
const ADJECTIVE_ACTORS: [Branch[], string][] = [
  [adjectiveActor(String.raw`(?:Russian|Russia['’]?s?)\s+`, String.raw`russes?|de\s+la\s+Russie|de\s+Moscou`), 'group/russian-forces'],
  [adjectiveActor(String.raw`(?:regime|government|pro-government|pro-regime|loyalist|Syrian|Assad)\s+(?:army\s+)?`, String.raw`du\s+régime|gouvernementaux|gouvernementales|de\s+l['’]armée\s+syrienne|syrien(?:ne)?s?|loyalistes`), 'group/syrian-army'],
  [adjectiveActor(String.raw`(?:coalition|US-led|U\.S\.-led|US|U\.S\.|American)\s+`, String.raw`de\s+la\s+coalition|américain(?:e)?s?`), 'group/us-led-coalition'],
  [adjectiveActor(String.raw`Turkish\s+`, String.raw`turcs?|turques?`), 'group/turkish-army'],
  [adjectiveActor(String.raw`Israeli\s+`, String.raw`israéliens?|israéliennes?`), 'group/israeli-army'],
  [adjectiveActor(String.raw`(?:rebel|opposition|insurgent)\s+`, String.raw`rebelles?|de\s+l['’]opposition`), 'group/free-syrian-army'],
]; // prettier-ignore

export interface ActorFound {
  id: string;
  start: number;
}

/** Groups that acted, each with the first place it is told acting; `weightAt` ranks them by where they act (0: not
 * in the event's sentences). */
export function eventActors(
  text: string,
  mentions: readonly RecognisedMention[],
  byId: ReadonlyMap<string, KnowledgeEntity>,
  weightAt: (offset: number) => number,
): string[] {
  const weights = new Map<string, number>();
  const add = (id: string, at: number) => {
    const weight = weightAt(at);
    if (weight > 0) weights.set(id, (weights.get(id) ?? 0) + weight);
  };
  for (const mention of mentions) {
    if (mention.entity.type !== 'group') continue;
    // A mention outside the event's sentences cannot count (its weight is 0): its context is not read at all.
    if (weightAt(mention.start) <= 0) continue;
    const before = text.slice(Math.max(0, mention.start - 40), mention.start);
    const after = text.slice(mention.end, mention.end + 60);
    if (BY_BEFORE.test(before)) {
      if (!SUPPORT_BEFORE.test(before.replace(BY_BEFORE, ''))) add(mention.entity.id, mention.start);
    } else if (HIT_BEFORE.test(before)) continue;
    else if (!NOT_AFTER.test(after) && AFTER_SUBJECT.test(after)) add(mention.entity.id, mention.start);
  }
  for (const [branches, id] of ADJECTIVE_ACTORS) {
    if (!byId.has(id)) continue;
    for (const match of alternationMatches(text, branches)) add(id, match.index);
  }
  return [...weights.entries()].sort((a, b) => b[1] - a[1]).map(([id]) => id);
}
