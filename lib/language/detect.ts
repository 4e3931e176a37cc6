import { franc } from 'franc-min';
import type { Lang } from '../types';

// franc is asked to choose among the languages the knowledge base covers plus the neighbours it is most often
// confused with; a page in German or Portuguese then comes out as not supported instead of as bad French.
const CANDIDATES = ['fra', 'eng', 'deu', 'spa', 'por', 'ita', 'nld'];
const SUPPORTED: Record<string, Lang> = { fra: 'fr', eng: 'en' };
// Enough text for trigram statistics to be stable; a headline alone is not.
const SAMPLE_LENGTH = 4000;

export function detectLanguage(text: string): Lang | 'und' {
  const sample = text.length > SAMPLE_LENGTH ? text.slice(0, SAMPLE_LENGTH) : text;
  const code = franc(sample, { only: CANDIDATES, minLength: 20 });
  return SUPPORTED[code] ?? 'und';
}
