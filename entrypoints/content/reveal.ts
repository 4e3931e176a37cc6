import { flashRange } from '../../lib/highlight/paint';

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
