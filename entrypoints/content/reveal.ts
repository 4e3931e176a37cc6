import { flashRange } from '../../lib/highlight/paint';
import { locate, type TextSegment } from '../../lib/article/text-map';

/** Whether a range still points into the page (a re-rendered article leaves its old ranges collapsed and detached). */
export function isLive(range: Range): boolean {
  return range.startContainer.isConnected && !range.collapsed;
}

/** Scrolls the page so that the range sits in the middle of the window, then flashes it. */
export function revealRange(document: Document, range: Range): boolean {
  if (!isLive(range)) return false;
  const element =
    range.startContainer.nodeType === Node.ELEMENT_NODE
      ? (range.startContainer as Element)
      : range.startContainer.parentElement;
  if (!element) return false;
  const reduceMotion = document.defaultView?.matchMedia('(prefers-reduced-motion: reduce)').matches ?? true;
  // scrollIntoView also scrolls the article's own scrolling containers, if it sits in one.
  element.scrollIntoView({ block: 'center', inline: 'nearest', behavior: reduceMotion ? 'auto' : 'smooth' });
  flashRange(document, range);
  return true;
}

/** A range over [start, end) of the analysed text (offsets as in the analysis), or null if it is not in the page. */
export function spanRange(
  document: Document,
  segments: readonly TextSegment<Text>[],
  span: { start: number; end: number },
): Range | null {
  const position = locate(segments, span.start, span.end);
  if (!position) return null;
  const range = document.createRange();
  range.setStart(position.startNode, position.startOffset);
  range.setEnd(position.endNode, position.endOffset);
  return range;
}
