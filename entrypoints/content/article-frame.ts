import { isProbablyReaderable } from '@mozilla/readability';

// Some sites (archives, print views, older CMSs, syndicated readers) show their article inside a same-origin
// iframe of a page that is no article itself. The content script runs in every frame; exactly one of them owns the
// tab: the top frame, unless it is no article and a same-origin frame holds one. Only the owner answers the popup
// and sets the badge, so the two never race. Cross-origin frames (adverts, videos, comment widgets) stay untouched.

/** Frames smaller than this (an advert, a widget) are not where a reader reads. */
const MIN_FRAME_WIDTH = 300;
const MIN_FRAME_HEIGHT = 200;

function sameOriginDocument(frame: HTMLIFrameElement): Document | null {
  try {
    const inner = frame.contentDocument;
    return inner?.body && inner.location.href !== 'about:blank' ? inner : null;
  } catch {
    return null;
  }
}

function readsAsArticle(document: Document): boolean {
  try {
    return isProbablyReaderable(document);
  } catch {
    return false;
  }
}

/** The largest same-origin iframe of `top` that reads as an article, when `top` itself does not. */
export function articleFrameOf(top: Document): HTMLIFrameElement | null {
  if (readsAsArticle(top)) return null;
  let best: HTMLIFrameElement | null = null;
  let bestArea = 0;
  for (const frame of Array.from(top.querySelectorAll('iframe'))) {
    const { width, height } = frame.getBoundingClientRect();
    if (width < MIN_FRAME_WIDTH || height < MIN_FRAME_HEIGHT || width * height <= bestArea) continue;
    const inner = sameOriginDocument(frame);
    if (!inner || !readsAsArticle(inner)) continue;
    best = frame;
    bestArea = width * height;
  }
  return best;
}

/** Whether Repère reads the document of this frame: always the top frame; a subframe only as the article frame. */
export function readsThisFrame(view: Window): boolean {
  if (view === view.top) return true;
  try {
    // frameElement is null across origins; reading top.document throws there.
    const host = view.frameElement;
    return host !== null && articleFrameOf(view.top!.document) === host;
  } catch {
    return false;
  }
}

/** Whether the top frame leaves the tab to an article frame (it answers nothing and sets no badge then). */
export function topDefersToFrame(view: Window): boolean {
  return view === view.top && articleFrameOf(view.document) !== null;
}
