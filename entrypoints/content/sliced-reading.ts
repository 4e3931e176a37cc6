import { runInSlices } from '../../lib/steps';
import { extractArticleSteps, type ExtractedArticle } from '../../lib/article/extract';
import { paintSteps, type PaintedHighlights } from '../../lib/highlight/paint';
import type { TextSegment } from '../../lib/article/text-map';
import type { Analysis } from '../../lib/types';
import { MentionIndex } from './mention-index';

// Long pages (100,000 words and more) are read and painted in slices (the background analyses them): no task on the page's main thread
// runs much over the budget, so the page keeps scrolling and answering its reader meanwhile.

const BUDGET_MS = 8;

/** Thrown (and caught by the session) when a newer reading of the page replaced this one. */
export class Superseded extends Error {}

/** Resolves in a new task: the browser handles input, scrolling and painting in between. */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/** A pause between slices that gives up once `isCurrent` turns false. */
export function pauseWhile(isCurrent: () => boolean): () => Promise<void> {
  return async () => {
    await nextTask();
    if (!isCurrent()) throw new Superseded();
  };
}

export function extractInSlices(
  document: Document,
  options: { force?: boolean },
  pause: () => Promise<void>,
): Promise<ExtractedArticle> {
  return runInSlices(extractArticleSteps(document, options), pause, BUDGET_MS);
}

export function paintInSlices(
  document: Document,
  segments: readonly TextSegment<Text>[],
  analysis: Analysis,
  pause: () => Promise<void>,
): Promise<PaintedHighlights> {
  return runInSlices(paintSteps(document, segments, analysis), pause, BUDGET_MS);
}

export function indexInSlices(painted: PaintedHighlights, pause: () => Promise<void>): Promise<MentionIndex> {
  return runInSlices(MentionIndex.build(painted), pause, BUDGET_MS);
}
