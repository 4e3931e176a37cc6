import type { Analysis, EntityType } from '../types';
import { highlightTypeOf } from './highlight-type';
import { locate, type TextSegment } from '../article/text-map';
import { flashMark, paintMarks } from './mark-fallback';
import { runToEnd } from '../steps';

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
  /** The ranges painted for each entity id, in text order (the hover card and "reveal" walk them). */
  entityRanges: Map<string, Range[]>;
  /** One entry a quote, in analysis.quotes order (null where the quote could not be mapped back to the page). */
  quoteRanges: (Range | null)[];
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
 * page's DOM, so pages that re-render keep working and nothing can break their scripts. Browsers without that API
 * (Firefox before 140) get <mark> elements instead, which clear() takes out again.
 */
export function paintHighlights(
  document: Document,
  segments: readonly TextSegment<Text>[],
  analysis: Analysis,
): PaintedHighlights {
  return runToEnd(paintSteps(document, segments, analysis));
}

/** How many ranges are made between two yields of paintSteps. */
const RANGES_PER_STEP = 800;

/**
 * paintHighlights as a generator that yields every few hundred ranges; highlights are registered at the end (the
 * fallback's marks go into the page slice by slice, and its ranges are made at the end).
 */
export function* paintSteps(
  document: Document,
  segments: readonly TextSegment<Text>[],
  analysis: Analysis,
): Generator<void, PaintedHighlights, void> {
  const view = document.defaultView as (Window & typeof globalThis) | null;
  const counts: Record<HighlightKey, number> = { place: 0, group: 0, source: 0, person: 0, quote: 0 };
  const entityRanges = new Map<string, Range[]>();
  const quoteRanges: (Range | null)[] = [];
  if (!view) return { counts, entityRanges, quoteRanges, clear: () => undefined };
  const api = highlightApi(view);
  if (!api) return yield* paintMarks(document, segments, analysis);
  const ranges: Record<HighlightKey, Range[]> = { place: [], group: [], source: [], person: [], quote: [] };
  let made = 0;
  const rangeOf = (start: number, end: number): Range | null => {
    const position = locate(segments, start, end);
    if (!position) return null;
    const range = document.createRange();
    range.setStart(position.startNode, position.startOffset);
    range.setEnd(position.endNode, position.endOffset);
    made += 1;
    return range;
  };
  for (const entity of analysis.entities) {
    const key: EntityType = highlightTypeOf(entity);
    const own: Range[] = [];
    for (const mention of entity.mentions) {
      if (made % RANGES_PER_STEP === RANGES_PER_STEP - 1) yield;
      const range = rangeOf(mention.start, mention.end);
      if (range) own.push(range);
    }
    ranges[key].push(...own);
    entityRanges.set(entity.id, own);
  }
  for (const quote of analysis.quotes) {
    const range = rangeOf(quote.start, quote.end);
    if (range) ranges.quote.push(range);
    quoteRanges.push(range);
  }
  const highlights = new Map<HighlightKey, Highlight>();
  for (const key of Object.keys(HIGHLIGHT_NAMES) as HighlightKey[]) {
    counts[key] = ranges[key].length;
    const highlight = new api.HighlightClass();
    for (const range of ranges[key]) {
      if (++made % RANGES_PER_STEP === 0) yield;
      highlight.add(range);
    }
    highlights.set(key, highlight);
  }
  // Registering costs differently by engine. Chromium only files the highlight, then in the next frame rebuilds a
  // marker for every range of every registered highlight (HighlightRegistry::ValidateHighlightMarkers), once per frame
  // in which the registry changed: all five should land in one frame. Firefox processes a highlight's ranges as it is
  // registered (50-160 ms for a few thousand ranges, load average 15 on 2 cores). So a yield before and after each:
  // Chromium, where each takes microseconds, registers all five within one slice, Firefox one a slice.
  yield;
  for (const [key, highlight] of highlights) {
    if (highlight.size > 0) api.registry.set(HIGHLIGHT_NAMES[key], highlight);
    else api.registry.delete(HIGHLIGHT_NAMES[key]);
    yield;
  }
  return {
    counts,
    entityRanges,
    quoteRanges,
    clear: () => {
      for (const name of Object.values(HIGHLIGHT_NAMES)) api.registry.delete(name);
    },
  };
}

/** Marks one range for a moment (the "flash" after a jump to a mention); returns a function that removes it. */
export function flashRange(document: Document, range: Range, durationMs = 1600): () => void {
  const view = document.defaultView as (Window & typeof globalThis) | null;
  if (!view) return () => undefined;
  const api = highlightApi(view);
  if (!api) return flashMark(view, range, durationMs);
  api.registry.set(FLASH_HIGHLIGHT, new api.HighlightClass(range));
  let removed = false;
  const remove = () => {
    if (removed) return;
    removed = true;
    if (api.registry.get(FLASH_HIGHLIGHT)?.has(range)) api.registry.delete(FLASH_HIGHLIGHT);
  };
  view.setTimeout(remove, durationMs);
  return remove;
}

/** The highlight that marks the mention the reader just jumped to. */
export const FLASH_HIGHLIGHT = 'repere-flash';
