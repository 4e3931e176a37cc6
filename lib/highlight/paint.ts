import type { Analysis, EntityType } from '../types';
import { highlightTypeOf } from '../analyse/analyse';
import { locate, type TextSegment } from '../article/text-map';

export const HIGHLIGHT_NAMES = {
  place: 'repere-place',
  group: 'repere-group',
  source: 'repere-source',
  person: 'repere-person',
  quote: 'repere-quote',
} as const;

type HighlightKey = keyof typeof HIGHLIGHT_NAMES;

export interface PaintedHighlights {
  counts: Record<HighlightKey, number>;
  clear: () => void;
}

/** The Highlight registry and constructor, when the browser has them (CSS Custom Highlight API). */
function highlightApi(view: Window & typeof globalThis) {
  const registry = (view.CSS as unknown as { highlights?: HighlightRegistry } | undefined)?.highlights;
  const HighlightClass = (view as unknown as { Highlight?: typeof Highlight }).Highlight;
  return registry && HighlightClass ? { registry, HighlightClass } : null;
}

/**
 * Paints the analysis over the page with the CSS Custom Highlight API: one Range per mention, no change to the
 * page's DOM, so pages that re-render keep working and nothing can break their scripts.
 */
export function paintHighlights(
  document: Document,
  segments: readonly TextSegment<Text>[],
  analysis: Analysis,
): PaintedHighlights {
  const view = document.defaultView as (Window & typeof globalThis) | null;
  const counts: Record<HighlightKey, number> = { place: 0, group: 0, source: 0, person: 0, quote: 0 };
  const api = view ? highlightApi(view) : null;
  if (!api) return { counts, clear: () => undefined };
  const ranges: Record<HighlightKey, Range[]> = { place: [], group: [], source: [], person: [], quote: [] };
  const add = (key: HighlightKey, start: number, end: number) => {
    const position = locate(segments, start, end);
    if (!position) return;
    const range = document.createRange();
    range.setStart(position.startNode, position.startOffset);
    range.setEnd(position.endNode, position.endOffset);
    ranges[key].push(range);
  };
  for (const entity of analysis.entities) {
    const key: EntityType = highlightTypeOf(entity);
    for (const mention of entity.mentions) add(key, mention.start, mention.end);
  }
  for (const quote of analysis.quotes) add('quote', quote.start, quote.end);
  for (const key of Object.keys(HIGHLIGHT_NAMES) as HighlightKey[]) {
    counts[key] = ranges[key].length;
    if (ranges[key].length > 0) api.registry.set(HIGHLIGHT_NAMES[key], new api.HighlightClass(...ranges[key]));
    else api.registry.delete(HIGHLIGHT_NAMES[key]);
  }
  return {
    counts,
    clear: () => {
      for (const name of Object.values(HIGHLIGHT_NAMES)) api.registry.delete(name);
    },
  };
}
