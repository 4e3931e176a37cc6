import type { RecognisedMention } from '../recognise/recognise';
import { ATTRIBUTION_AFTER, ATTRIBUTION_BEFORE } from './vocabulary';

// "…aux conditions du Hezbollah et de l'armée syrienne, a affirmé notre correspondant": after a comma, a verb
// followed by its own subject belongs to that subject, not to the name before the comma.
const INVERTED_AFTER_COMMA = new RegExp(
  `^\\s*,\\s*${ATTRIBUTION_AFTER.source.replace(/^\^/, '')}\\s+(?!que\\b|qu['’]|that\\b)[\\p{L}]`,
  'iu',
);

/** Entities to which the article attributes a statement, quoted or reported ("X said", "selon X"). */
export function attributedEntityIds(text: string, mentions: readonly RecognisedMention[]): Set<string> {
  const ids = new Set<string>();
  for (const mention of mentions) {
    if (mention.entity.type === 'place') continue;
    const before = text.slice(Math.max(0, mention.start - 80), mention.start);
    const after = text.slice(mention.end, mention.end + 60);
    if (ATTRIBUTION_BEFORE.test(before)) ids.add(mention.entity.id);
    else if (ATTRIBUTION_AFTER.test(after) && !INVERTED_AFTER_COMMA.test(after)) ids.add(mention.entity.id);
  }
  return ids;
}
