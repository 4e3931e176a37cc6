// What kind of event an article reports, from the words news reports use for it in English and French. Words in
// the headline and the lead weigh more than those further down, where background and earlier events are told.
import type { EventKind, Mention } from '../types';
import { wordStartMatches } from '../text/word-matches';
import { EVENT_KINDS } from './kinds';

// Every kind but `other` has its words (the Record's type says so); ties are broken in the order of EVENT_KINDS.
// Each word must start a word: the patterns are searched by wordStartMatches, which tests that (faster than a lookbehind).
const TRIGGERS: Record<Exclude<EventKind, 'other'>, RegExp> = {
  chemical:
    /(?:chemical|toxic\s+gas(?:es)?|chlorine|sarin|nerve\s+agents?|poison(?:ous)?\s+gas|suffocation|chimiques?|chlore|gaz\s+(?:toxiques?|sarin)|neurotoxiques?|asphyxie)(?![\p{L}\p{N}])/giu,
  execution:
    /(?:execut(?:ed|ions?|ing|es)|beheaded|beheadings?|decapitated|crucified|exécut(?:é|ée|és|ées|ions?|er)|décapit(?:é|és|ation)|crucifi(?:é|és))(?![\p{L}\p{N}])/giu,
  explosion:
    /(?:explosions?|blasts?|car\s+bombs?|(?:suicide|roadside)\s+(?:bomb(?:er|ers|ing|ings)?|attacks?)|bombings?|IEDs?|explosive\s+devices?|explosives-laden|booby-trapped|exploded|detonated|landmines?|explos(?:ion|ions|é|ée)|attentats?|kamikazes?|voitures?\s+piégées?|engins?\s+explosifs?|s['’]est\s+fait\s+exploser|mines?\s+antipersonnel)(?![\p{L}\p{N}])/giu,
  'air-strike':
    /(?:air\s*-?\s*strikes?|airstrikes?|air\s+raids?|aerial\s+(?:bombardment|attacks?|strikes?)|warplanes?|war\s+planes?|(?:fighter\s+)?jets|helicopters?|barrel\s+bombs?|drone\s+strikes?|frappes?\s+(?:aériennes?|de\s+drones?)|raids?\s+aériens?|bombardements?\s+aériens?|avions?(?:\s+de\s+(?:guerre|combat))?|aviation|hélicoptères?|barils?\s+(?:d['’]explosifs|explosifs))(?![\p{L}\p{N}])/giu,
  shelling:
    /(?:shell(?:ing|ed|s)?|mortars?|artillery|rockets?|missiles?|bombard(?:ment|ed|ing)|pounded|pounding|obus|tirs?\s+d['’]artillerie|artillerie|roquettes?|missiles?|mortiers?|pilonn(?:age|é|ée|és|ent)|bombard(?:ement|ements|é|és|ée))(?![\p{L}\p{N}])/giu,
  shooting:
    /(?:shot|shooting|gunfire|gunshots?|snipers?|opened\s+fire|gunmen|machine-?guns?|par\s+balles|tirs?\s+(?:de\s+)?(?:snipers?|francs-tireurs)|francs?-tireurs?|abattus?|fusillades?|ont\s+ouvert\s+le\s+feu)(?![\p{L}\p{N}])/giu,
  clashes:
    /(?:clash(?:es|ed)?|fighting|battles?|firefights?|combats?|affrontements?|accrochages?|heurts)(?![\p{L}\p{N}])/giu,
  capture:
    /(?:captured|seized|recaptured|retook|took\s+(?:full\s+)?control|liberat(?:ed|ion)|fell\s+to|pris\s+le\s+contrôle|repris|reprise|s['’](?:est|sont)\s+emparée?s?|libér(?:é|ée|és|ation)|tombée?\s+aux\s+mains)(?![\p{L}\p{N}])/giu,
  offensive: /(?:offensives?|assaults?|assauts?|avanc(?:ée|ées))(?![\p{L}\p{N}])/giu,
};

// A chemical attack or an execution is named as such even when told once; a word of shelling may be background.
const WEIGHT: Partial<Record<EventKind, number>> = { chemical: 2, execution: 1.5 };

export interface KindFound {
  kind: EventKind;
  mention: Mention | null;
  /** Where each word of this kind starts. */
  starts: number[];
  score: number;
}

/** The kind whose words weigh most; `weightAt` says how much a word at an offset weighs (headline, lead, rest). */
export function eventKind(text: string, weightAt: (offset: number) => number): KindFound {
  const scores = new Map<EventKind, number>();
  const first = new Map<EventKind, Mention>();
  const starts = new Map<EventKind, number[]>();
  for (const [kind, pattern] of Object.entries(TRIGGERS) as [EventKind, RegExp][]) {
    for (const match of wordStartMatches(text, pattern)) {
      const at = match.index;
      scores.set(kind, (scores.get(kind) ?? 0) + weightAt(at) * (WEIGHT[kind] ?? 1));
      if (!first.has(kind)) first.set(kind, { start: at, end: at + match[0].length, text: match[0] });
      const kindStarts = starts.get(kind);
      if (kindStarts) kindStarts.push(at);
      else starts.set(kind, [at]);
    }
  }
  let best: KindFound = { kind: 'other', mention: null, starts: [], score: 0 };
  // Ties go to the kind listed first in EVENT_KINDS: the more specific one.
  for (const kind of EVENT_KINDS) {
    const score = scores.get(kind) ?? 0;
    if (score > best.score) best = { kind, mention: first.get(kind) ?? null, starts: starts.get(kind) ?? [], score };
  }
  return best;
}
