import { isProbablyReaderable, Readability } from '@mozilla/readability';
import { mapTextNodes, type MappedText, type TextSegment } from './text-map';
import { visitTextNodes, type TextNodeVisit } from './text-nodes';

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
      parsed = new Readability<Node>(clone, { serializer: (node) => node }).parse();
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
