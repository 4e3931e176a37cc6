import type { ArticleText, BackgroundRequest } from '../../lib/messages';

// The parts of long articles' texts, as pages send them (`repere:text-part`), until their `repere:analyse` arrives.

/** Texts being received at once: a few tabs that finished reading together. */
const KEPT_TEXTS = 4;
const parts = new Map<string, string[]>();

export function keepTextPart(key: string, part: string): void {
  const kept = parts.get(key);
  if (kept) kept.push(part);
  else parts.set(key, [part]);
  for (const old of parts.keys()) if (parts.size > KEPT_TEXTS) parts.delete(old);
}

/** The article with its text put back together, or null when some part is missing. */
export function articleWithText(request: Extract<BackgroundRequest, { type: 'repere:analyse' }>): ArticleText | null {
  if (request.textKey === undefined) return request.article;
  const text = parts.get(request.textKey)?.join('') ?? '';
  parts.delete(request.textKey);
  return text.length === request.textLength ? { ...request.article, text } : null;
}
