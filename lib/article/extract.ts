import { isProbablyReaderable, Readability } from '@mozilla/readability';
import { mapTextNodes, TextMapper, type MappedText, type TextSegment } from './text-map';
import { BLOCK_TAGS, isSkippedElement, visitTextNodes, type TextNodeVisit } from './text-nodes';
import { runToEnd } from '../steps';

export interface ExtractedArticle {
  title: string;
  /** The article's text; analysis offsets refer to it. */
  text: string;
  /** Maps the text back to the text nodes of the document that was passed in (never the clone). */
  segments: TextSegment<Text>[];
  /** Whether the page reads as an article (Readability found one of a reasonable length). */
  isArticle: boolean;
}

// An article has at least a few paragraphs; a teaser list or a search page does not.
const MIN_ARTICLE_CHARS = 500;
// Readability gives up (throws) beyond this many elements: such pages are apps or traps, not articles, and its
// scoring would stall the tab.
const MAX_ELEMENTS = 30_000;
const normalise = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * Pairs each text node Readability kept (in its clone) with the live node holding the same text, in document
 * order. Readability moves text nodes around and sometimes rebuilds its working copy, so node identity cannot be
 * relied on; equal text in the same order can.
 */
function alignToLive(articleVisits: readonly TextNodeVisit[], liveVisits: readonly TextNodeVisit[]): TextNodeVisit[] {
  const aligned: TextNodeVisit[] = [];
  let cursor = 0;
  for (const visit of articleVisits) {
    const data = visit.node.data;
    if (!/\S/.test(data)) continue;
    let found = -1;
    for (let index = cursor; index < liveVisits.length; index += 1) {
      if (liveVisits[index]!.node.data === data) {
        found = index;
        break;
      }
    }
    if (found < 0) continue;
    aligned.push({ node: liveVisits[found]!.node, newBlock: visit.newBlock || aligned.length === 0 });
    cursor = found + 1;
  }
  return aligned;
}

/** The live headline: Readability drops the <h1> that repeats the title, but readers expect it marked too. */
function headlineVisits(document: Document, title: string): TextNodeVisit[] {
  const wanted = normalise(title);
  if (!wanted) return [];
  for (const heading of Array.from(document.querySelectorAll('h1, h2'))) {
    const text = normalise(heading.textContent ?? '');
    if (text && (text === wanted || wanted.includes(text) || text.includes(wanted))) {
      return visitTextNodes(heading).map((visit, index) => ({ ...visit, newBlock: index === 0 || visit.newBlock }));
    }
  }
  return [];
}

function bodyText(document: Document): MappedText<Text> {
  return mapTextNodes(visitTextNodes(document.body ?? document.documentElement));
}

/**
 * Reads the article of `document` with Mozilla Readability on a clone (the page itself is never modified) and
 * maps its text back to the page's own text nodes. With `force`, a page that does not read as an article is
 * analysed whole.
 */
export function extractArticle(document: Document, options: { force?: boolean } = {}): ExtractedArticle {
  const fallbackTitle = (document.title ?? '').trim();
  let readerable = false;
  let parsed: ReturnType<Readability<Node>['parse']> = null;
  try {
    readerable = isProbablyReaderable(document);
    if (readerable || options.force) {
      const clone = document.cloneNode(true) as Document;
      parsed = new Readability<Node>(clone, { serializer: (node) => node, maxElemsToParse: MAX_ELEMENTS }).parse();
    }
  } catch {
    parsed = null;
  }
  const title = (parsed?.title ?? fallbackTitle).trim();
  if (!parsed?.content) {
    const mapped = options.force ? bodyText(document) : { text: '', segments: [] };
    return { title, ...mapped, isArticle: false };
  }
  const liveVisits = visitTextNodes(document.body ?? document.documentElement);
  const aligned = alignToLive(visitTextNodes(parsed.content), liveVisits);
  const alignedNodes = new Set(aligned.map((visit) => visit.node));
  const headline = headlineVisits(document, title).filter((visit) => !alignedNodes.has(visit.node));
  const mapped = mapTextNodes([...headline, ...aligned]);
  const isArticle = readerable && mapped.text.length >= MIN_ARTICLE_CHARS;
  return { title, ...mapped, isArticle };
}

/** Pages with more text than this skip Readability (too slow for one task) and are read a slice at a time. */
export const LONG_PAGE_CHARS = 150_000;
/** How many text nodes are mapped between two yields of extractArticleSteps. */
const NODES_PER_STEP = 200;

/** The element that holds the most paragraph text: a cheap stand-in for Readability on very long pages. */
export function findArticleRoot(root: Document | ShadowRoot): Element | null {
  return runToEnd(findArticleRootSteps(root));
}

/** How many paragraphs findArticleRootSteps weighs between two yields. */
const PARAGRAPHS_PER_STEP = 300;

/** findArticleRoot as a generator that yields between slices of paragraphs (a long page has thousands). */
function* findArticleRootSteps(root: Document | ShadowRoot): Generator<void, Element | null, void> {
  const scored = new Map<Element, number>();
  const paragraphs = root.querySelectorAll('p');
  for (let index = 0; index < paragraphs.length; index += 1) {
    if (index % PARAGRAPHS_PER_STEP === PARAGRAPHS_PER_STEP - 1) yield;
    const paragraph = paragraphs[index]!;
    const parent = paragraph.parentElement;
    if (!parent) continue;
    scored.set(parent, (scored.get(parent) ?? 0) + (paragraph.textContent?.length ?? 0));
  }
  let best: Element | null = null;
  let bestScore = 0;
  for (const [element, score] of scored) {
    if (score > bestScore) {
      best = element;
      bestScore = score;
    }
  }
  const article = best?.closest('article, main, [role=main]');
  return article ?? best;
}

/** An open shadow root whose content reads as the article, for pages whose body lives in a web component. */
export function findShadowArticle(document: Document): ShadowRoot | null {
  let best: ShadowRoot | null = null;
  let bestLength = MIN_ARTICLE_CHARS;
  for (const element of Array.from(document.querySelectorAll('*'))) {
    const shadow = element.shadowRoot;
    if (!shadow || shadow.querySelectorAll('p').length < 3) continue;
    const length = shadow.textContent?.length ?? 0;
    if (length > bestLength) {
      best = shadow;
      bestLength = length;
    }
  }
  return best;
}

/**
 * extractArticle as a generator that yields between slices of work. Ordinary pages are read in one step with
 * Readability; very long pages (and articles inside an open shadow root, which a document clone loses) are read
 * from the element holding most of the paragraphs, mapping its text a few hundred nodes at a time.
 */
export function* extractArticleSteps(
  document: Document,
  options: { force?: boolean } = {},
): Generator<void, ExtractedArticle, void> {
  const body = document.body ?? document.documentElement;
  const long = hasMoreTextThan(body, LONG_PAGE_CHARS);
  if (!long) {
    const article = extractArticle(document, options);
    if (article.isArticle) return article;
    const shadow = findShadowArticle(document);
    if (!shadow) return article;
    yield;
    return yield* mapRoot(findArticleRoot(shadow) ?? shadow, (document.title ?? '').trim());
  }
  const root = (yield* findArticleRootSteps(document)) ?? (options.force ? body : null);
  if (!root) return { title: (document.title ?? '').trim(), text: '', segments: [], isArticle: false };
  yield;
  return yield* mapRoot(root, (document.title ?? '').trim());
}

/**
 * Whether the text under `root` is longer than `limit` characters. It stops counting there: on a very long page,
 * textContent would first build the whole page's text as one string (tens of milliseconds for 100,000 words).
 */
function hasMoreTextThan(root: Node, limit: number): boolean {
  let length = 0;
  let node: Node | null = root.firstChild;
  while (node && node !== root) {
    if (node.nodeType === 3 || node.nodeType === 4) {
      length += (node as CharacterData).length;
      if (length > limit) return true;
    }
    if (node.firstChild) node = node.firstChild;
    else {
      while (node && node !== root && !node.nextSibling) node = node.parentNode;
      node = node && node !== root ? node.nextSibling : null;
    }
  }
  return false;
}

/** The text nodes under root, one child of it a step (a long article has thousands of paragraphs). */
function* visitInSteps(root: Node): Generator<void, TextNodeVisit[], void> {
  let top: Node = root;
  while (top.childNodes.length === 1 && top.firstChild!.nodeType === 1) top = top.firstChild!;
  const visits: TextNodeVisit[] = [];
  let index = 0;
  for (let child = top.firstChild; child; child = child.nextSibling) {
    if (++index % 200 === 0) yield;
    if (child.nodeType === 3) {
      visits.push({ node: child as Text, newBlock: false });
      continue;
    }
    if (child.nodeType !== 1 || isSkippedElement(child as Element)) continue;
    const own = visitTextNodes(child);
    if (own.length === 0) continue;
    // Each child of the article root is a paragraph, a heading or a figure: its text starts a new block.
    if (BLOCK_TAGS.has((child as Element).tagName.toUpperCase())) own[0] = { ...own[0]!, newBlock: true };
    visits.push(...own);
  }
  return visits;
}

function* mapRoot(root: Node, fallbackTitle: string): Generator<void, ExtractedArticle, void> {
  const visits = yield* visitInSteps(root);
  const heading = (root as ParentNode).querySelector?.('h1');
  const title = (heading?.textContent ?? '').replace(/\s+/g, ' ').trim() || fallbackTitle;
  const mapper = new TextMapper<Text>();
  for (let index = 0; index < visits.length; index += NODES_PER_STEP) {
    yield;
    mapper.add(visits.slice(index, index + NODES_PER_STEP));
  }
  const mapped = mapper.result();
  return { title, ...mapped, isArticle: mapped.text.length >= MIN_ARTICLE_CHARS };
}
