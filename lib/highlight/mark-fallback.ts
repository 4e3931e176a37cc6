import type { Analysis, EntityType } from '../types';
import { highlightTypeOf } from './highlight-type';
import { locate, type TextSegment } from '../article/text-map';
import type { PaintedHighlights } from './paint';

type HighlightKey = keyof PaintedHighlights['counts'];
/** How many mentions are chosen, wrapped or given a range between two yields of paintMarks. */
const MARKS_PER_STEP = 800;
/** The class of the mark drawn as the flash (the name of the flash highlight, for one name in the stylesheet). */
const FLASH_CLASS = 'repere-flash';

// The <mark> fallback, for browsers without the Custom Highlight API. Marks change the page's DOM, so they follow
// rules that keep the page working: the page's own text nodes never move (a framework that holds them can still
// update or remove them), only a mention inside one text node is marked, and clear() gives the page back exactly
// the text nodes it had.

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;
export const MARK_CLASS = 'repere-mark';

/** Whether a node is one of the <mark> elements the fallback adds to the page. */
export function isRepereMark(node: Node | null): node is HTMLElement {
  return (
    node?.nodeType === ELEMENT_NODE &&
    (node as Element).tagName.toUpperCase() === 'MARK' &&
    (node as Element).classList.contains(MARK_CLASS)
  );
}

/** Told before and after Repère adds or removes marks, so that an observer of the page can set those changes apart. */
export interface MarkChangeListener {
  before: () => void;
  after: () => void;
}

const markListeners = new WeakMap<Document, Set<MarkChangeListener>>();

export function listenToMarkChanges(document: Document, listener: MarkChangeListener): () => void {
  let listeners = markListeners.get(document);
  if (!listeners) markListeners.set(document, (listeners = new Set()));
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function changingMarks(document: Document, work: () => void): void {
  const listeners = [...(markListeners.get(document) ?? [])];
  for (const listener of listeners) listener.before();
  try {
    work();
  } finally {
    for (const listener of listeners) listener.after();
  }
}

/**
 * What the fallback left on a page, whichever paint made it. Kept per document rather than per paint: a reading
 * abandoned half-way (the page changed again) leaves marks that the next paint takes over, or clear() removes.
 */
interface PageMarks {
  marks: Set<HTMLElement>;
  /** Text nodes split off the page's own, each with the page's text node it came from. */
  pieces: Map<Text, Text>;
  /** What each of the page's text nodes held once split: anything else means that the page rewrote it since. */
  left: Map<Text, string>;
}

const pageMarks = new WeakMap<Document, PageMarks>();

function marksOf(document: Document): PageMarks {
  let page = pageMarks.get(document);
  if (!page) pageMarks.set(document, (page = { marks: new Set(), pieces: new Map(), left: new Map() }));
  return page;
}

/** A mention to mark: [start, end) in the data of one text node. */
interface Wrap {
  node: Text;
  start: number;
  end: number;
  /** What the mark holds, [from, to): the mention and, at times, the blank text next to it (see markExtents). */
  from: number;
  to: number;
  /** The mention's text, then that of [from, to): checked again, as the page may change between two slices. */
  text: string;
  type: EntityType;
  /** The text node inside the mark, once marked. */
  marked: Text | null;
}

/** Adds the wrap to the node's list (sorted by start) unless it overlaps one already there. */
function acceptWrap(list: Wrap[], wrap: Wrap): boolean {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (list[middle]!.start < wrap.start) low = middle + 1;
    else high = middle;
  }
  if (low > 0 && list[low - 1]!.end > wrap.start) return false;
  if (low < list.length && list[low]!.start < wrap.end) return false;
  list.splice(low, 0, wrap);
  return true;
}

const isBlank = (text: string) => !/\S/.test(text);

/**
 * Widens the marks of one node's mentions (sorted, apart) over the blank text between them and the ends of the
 * node. Reading the page skips text nodes with nothing but white space (extract.ts pairs Readability's nodes with
 * the page's by their visible text, and a blank node takes the line break of a new block without writing it), so a
 * blank run split off on its own would change the text read from the painted page. Such runs go into the mark,
 * where a space takes the colour, rather than one more piece; the page's node keeps either visible text or none.
 * False when the page changed the node since it was read: it is left for the next reading.
 */
function markExtents(list: Wrap[]): boolean {
  const data = list[0]!.node.data;
  if (list.some((wrap) => data.slice(wrap.start, wrap.end) !== wrap.text)) return false;
  list.forEach((wrap, index) => {
    const next = list[index + 1];
    const after = next ? next.start : data.length;
    wrap.from = index === 0 && wrap.start > 0 && isBlank(data.slice(0, wrap.start)) ? 0 : wrap.start;
    wrap.to = wrap.end < after && isBlank(data.slice(wrap.end, after)) ? after : wrap.end;
    wrap.text = data.slice(wrap.from, wrap.to);
  });
  return true;
}

export function* paintMarks(
  document: Document,
  segments: readonly TextSegment<Text>[],
  analysis: Analysis,
): Generator<void, PaintedHighlights, void> {
  const page = marksOf(document);
  const counts: Record<HighlightKey, number> = { place: 0, group: 0, source: 0, person: 0, quote: 0 };
  const byNode = new Map<Text, Wrap[]>();
  const byEntity: [string, Wrap[]][] = [];
  let made = 0;
  for (const entity of analysis.entities) {
    const type = highlightTypeOf(entity);
    const own: Wrap[] = [];
    for (const mention of entity.mentions) {
      if (++made % MARKS_PER_STEP === 0) yield;
      const position = locate(segments, mention.start, mention.end);
      if (!position || position.startNode !== position.endNode || !position.startNode.parentNode) continue;
      const { startNode: node, startOffset: start, endOffset: end } = position;
      const text = node.data.slice(start, end);
      const wrap: Wrap = { node, start, end, from: start, to: end, text, type, marked: null };
      let list = byNode.get(node);
      if (!list) byNode.set(node, (list = []));
      if (acceptWrap(list, wrap)) own.push(wrap);
    }
    byEntity.push([entity.id, own]);
  }

  // From the last mention of a node to the first: splitting off the end of a node leaves the offsets before it
  // as they were.
  const order: Wrap[] = [];
  for (const list of byNode.values()) {
    if (!markExtents(list)) continue;
    for (let index = list.length - 1; index >= 0; index -= 1) order.push(list[index]!);
  }
  /** Each node split this time, with the pieces split off it, in page order: quotes are mapped through them. */
  const splits = new Map<Text, Text[]>();
  const kept = new Set<HTMLElement>();
  const mark = (wrap: Wrap) => {
    const { node, from, to } = wrap;
    const parent = node.parentNode;
    if (!parent || node.data.slice(from, to) !== wrap.text) return;
    // Read again, the page maps onto the marks of the last paint: those are kept rather than marked twice.
    const whole = from === 0 && to === node.data.length;
    if (whole && isRepereMark(parent) && page.marks.has(parent) && parent.childNodes.length === 1) {
      parent.setAttribute('data-repere-type', wrap.type);
      kept.add(parent);
      wrap.marked = node;
      return;
    }
    const origin = page.pieces.get(node) ?? node;
    const pieces = splits.get(node) ?? [node];
    const addPiece = (text: string, before: Node | null): Text => {
      const piece = document.createTextNode(text);
      parent.insertBefore(piece, before);
      page.pieces.set(piece, origin);
      return piece;
    };
    let piece: Text;
    if (from > 0) {
      // deleteData rather than a new data: the page's live ranges (a selection) before the cut stay in place.
      if (to < node.data.length) {
        pieces.splice(1, 0, addPiece(node.data.slice(to), node.nextSibling));
        node.deleteData(to, node.data.length - to);
      }
      piece = addPiece(node.data.slice(from), node.nextSibling);
      node.deleteData(from, node.data.length - from);
      pieces.splice(1, 0, piece);
    } else {
      // The node keeps the text after the mention, even none, so that it stays where the page put it.
      piece = addPiece(node.data.slice(0, to), node);
      node.deleteData(0, to);
      pieces.unshift(piece);
    }
    splits.set(node, pieces);
    if (node === origin) page.left.set(node, node.data);
    const element = document.createElement('mark');
    element.className = MARK_CLASS;
    element.setAttribute('data-repere-type', wrap.type);
    parent.insertBefore(element, piece);
    element.appendChild(piece);
    page.marks.add(element);
    kept.add(element);
    wrap.marked = piece;
  };
  for (let first = 0; first < order.length; first += MARKS_PER_STEP) {
    if (first > 0) yield;
    changingMarks(document, () => {
      for (const wrap of order.slice(first, first + MARKS_PER_STEP)) mark(wrap);
    });
  }
  // Marks of an earlier paint that this one did not keep; a mark of this one inside them stays.
  changingMarks(document, () => {
    for (const element of page.marks) {
      if (kept.has(element)) continue;
      unwrap(element);
      page.marks.delete(element);
    }
  });
  forgetDetached(page);

  // Ranges are made once the page is no longer changing: a range inside a node that moves collapses.
  const entityRanges = new Map<string, Range[]>();
  for (const [id, wraps] of byEntity) {
    const own: Range[] = [];
    for (const wrap of wraps) {
      if (!wrap.marked) continue;
      if (++made % MARKS_PER_STEP === 0) yield;
      const range = document.createRange();
      range.setStart(wrap.marked, wrap.start - wrap.from);
      range.setEnd(wrap.marked, wrap.end - wrap.from);
      own.push(range);
      counts[wrap.type] += 1;
    }
    entityRanges.set(id, own);
  }
  /** Where an offset into a node's data as it was read now lies, among the pieces split off it. */
  const pointOf = (node: Text, offset: number, end: boolean): [Text, number] => {
    let before = 0;
    let last = node;
    for (const piece of splits.get(node) ?? [node]) {
      const length = piece.data.length;
      if (end ? offset <= before + length : offset < before + length) return [piece, offset - before];
      before += length;
      last = piece;
    }
    return [last, last.data.length];
  };
  // Quotes overlap mentions and cross element boundaries: they are not marked, only found again for "reveal".
  const quoteRanges = analysis.quotes.map((quote): Range | null => {
    const position = locate(segments, quote.start, quote.end);
    if (!position) return null;
    const range = document.createRange();
    range.setStart(...pointOf(position.startNode, position.startOffset, false));
    range.setEnd(...pointOf(position.endNode, position.endOffset, true));
    return range;
  });
  return { counts, entityRanges, quoteRanges, clear: () => changingMarks(document, () => clearMarks(page)) };
}

function unwrap(element: HTMLElement): void {
  const parent = element.parentNode;
  if (!parent) return;
  while (element.firstChild) parent.insertBefore(element.firstChild, element);
  parent.removeChild(element);
}

function piecesByOrigin(page: PageMarks): Map<Text, Set<Text>> {
  const byOrigin = new Map<Text, Set<Text>>();
  for (const [piece, origin] of page.pieces) {
    let pieces = byOrigin.get(origin);
    if (!pieces) byOrigin.set(origin, (pieces = new Set()));
    pieces.add(piece);
  }
  return byOrigin;
}

/** Whether the page removed or rewrote one of its text nodes that Repère had split: its pieces show stale text. */
function isStale(page: PageMarks, origin: Text): boolean {
  return !origin.parentNode || origin.data !== page.left.get(origin);
}

/** Pieces (and their page nodes) that the page threw away, such as a re-rendered article, are not held on to. */
function forgetDetached(page: PageMarks): void {
  for (const piece of page.pieces.keys()) if (!piece.isConnected) page.pieces.delete(piece);
  const origins = new Set(page.pieces.values());
  for (const origin of page.left.keys()) if (!origins.has(origin)) page.left.delete(origin);
}

/**
 * Takes every mark out and joins the pieces back into the text nodes they were split from. Not normalize(): it
 * would also join text nodes that the page keeps apart on purpose (a framework renders "Hello, " and a name as
 * two), and the page's own text nodes would not all survive it.
 */
function clearMarks(page: PageMarks): void {
  for (const element of page.marks) unwrap(element);
  for (const [origin, pieces] of piecesByOrigin(page)) {
    if (isStale(page, origin)) {
      for (const piece of pieces) piece.parentNode?.removeChild(piece);
      continue;
    }
    const before: Text[] = [];
    const after: Text[] = [];
    for (let node = origin.previousSibling; pieces.has(node as Text); node = node!.previousSibling) {
      before.unshift(node as Text);
    }
    for (let node = origin.nextSibling; pieces.has(node as Text); node = node!.nextSibling) after.push(node as Text);
    if (before.length > 0) origin.insertData(0, before.map((piece) => piece.data).join(''));
    if (after.length > 0) origin.appendData(after.map((piece) => piece.data).join(''));
    for (const piece of [...before, ...after]) piece.parentNode!.removeChild(piece);
  }
  page.marks.clear();
  page.pieces.clear();
  page.left.clear();
}

/**
 * Takes out what Repère split off text nodes that the page has since rewritten or removed (a framework updating
 * its article): left in place, those pieces would show words the page no longer has, next to the ones it has now.
 * Called before the page is read again.
 */
export function dropStaleMarks(document: Document): void {
  const page = pageMarks.get(document);
  if (!page || page.pieces.size === 0) return;
  const stale = [...piecesByOrigin(page)].filter(([origin]) => isStale(page, origin));
  if (stale.length === 0) return;
  changingMarks(document, () => {
    for (const [origin, pieces] of stale) {
      for (const piece of pieces) {
        const parent = piece.parentNode;
        parent?.removeChild(piece);
        page.pieces.delete(piece);
        if (isRepereMark(parent) && !parent.firstChild) {
          parent.parentNode?.removeChild(parent);
          page.marks.delete(parent);
        }
      }
      page.left.delete(origin);
    }
  });
}

/** flashRange for marks: the mark holding the range is drawn as the flash for a moment (a quote is not marked). */
export function flashMark(view: Window, range: Range, durationMs: number): () => void {
  const markOf = (node: Node) => (node.nodeType === TEXT_NODE ? node.parentNode : node);
  const element = markOf(range.startContainer);
  if (!isRepereMark(element) || markOf(range.endContainer) !== element) return () => undefined;
  element.classList.add(FLASH_CLASS);
  let removed = false;
  const remove = () => {
    if (removed) return;
    removed = true;
    element.classList.remove(FLASH_CLASS);
  };
  view.setTimeout(remove, durationMs);
  return remove;
}
