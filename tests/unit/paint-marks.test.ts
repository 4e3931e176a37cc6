import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { analyse } from '../../lib/analyse/analyse';
import { defaultAutomaton } from '../../lib/analyse/recogniser';
import { extractArticle } from '../../lib/article/extract';
import { highlightTypeOf } from '../../lib/highlight/highlight-type';
import type { Analysis, EntityType } from '../../lib/types';
import { mapTextNodes } from '../../lib/article/text-map';
import { visitTextNodes } from '../../lib/article/text-nodes';
import { dropStaleMarks, isRepereMark } from '../../lib/highlight/mark-fallback';
import { flashRange, paintHighlights, paintSteps } from '../../lib/highlight/paint';
import { watchDynamicPage } from '../../entrypoints/content/dynamic-page';

// linkedom has no CSS.highlights, so these tests run paint.ts's <mark> fallback (Firefox before 140).

const ROOT = resolve(import.meta.dirname, '../..');

/**
 * linkedom's Range has neither setStart nor toString: a static stand-in with what paint.ts and these tests use.
 * Not live, unlike a browser's: the fallback makes its ranges once it has finished changing the page anyway.
 */
class TestRange {
  startContainer!: Node;
  startOffset = 0;
  endContainer!: Node;
  endOffset = 0;

  setStart(node: Node, offset: number): void {
    this.startContainer = node;
    this.startOffset = offset;
  }

  setEnd(node: Node, offset: number): void {
    this.endContainer = node;
    this.endOffset = offset;
  }

  selectNodeContents(node: Node): void {
    this.setStart(node, 0);
    this.setEnd(node, node.nodeType === 3 ? (node as Text).data.length : node.childNodes.length);
  }

  get collapsed(): boolean {
    return this.startContainer === this.endContainer && this.startOffset === this.endOffset;
  }

  toString(): string {
    const texts = textNodes(this.startContainer.ownerDocument!.documentElement);
    const first = texts.indexOf(this.startContainer as Text);
    const last = texts.indexOf(this.endContainer as Text);
    if (first < 0 || last < 0) throw new Error('TestRange only handles boundaries in connected text nodes');
    if (first === last) return texts[first]!.data.slice(this.startOffset, this.endOffset);
    return [
      texts[first]!.data.slice(this.startOffset),
      ...texts.slice(first + 1, last).map((text) => text.data),
      texts[last]!.data.slice(0, this.endOffset),
    ].join('');
  }
}

function textNodes(root: Node): Text[] {
  const found: Text[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === 3) found.push(node as Text);
    for (const child of Array.from(node.childNodes)) walk(child);
  };
  walk(root);
  return found;
}

function load(html: string): { document: Document; window: Window & typeof globalThis } {
  const { document, window } = parseHTML(html);
  const page = document as unknown as Document;
  page.createRange = () => new TestRange() as unknown as Range;
  return { document: page, window: window as unknown as Window & typeof globalThis };
}

interface EntitySpec {
  id: string;
  type: EntityType;
  quoted?: boolean;
  /** The mentions, found wherever they occur in the page's text. */
  names: string[];
}

function occurrences(text: string, name: string): { start: number; end: number; text: string }[] {
  const found: { start: number; end: number; text: string }[] = [];
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    found.push({ start: at, end: at + name.length, text: name });
  }
  return found;
}

/** The page's mapped text and an analysis of it made by hand: only what paint.ts reads is filled in. */
function mappedAnalysis(document: Document, entities: EntitySpec[], quotes: string[] = []) {
  const mapped = mapTextNodes(visitTextNodes(document.body));
  const analysis = {
    text: mapped.text,
    entities: entities.map((entity) => ({
      id: entity.id,
      type: entity.type,
      kind: entity.type,
      name: entity.names[0]!,
      quoted: entity.quoted ?? false,
      mentions: entity.names.flatMap((name) => occurrences(mapped.text, name)).sort((a, b) => a.start - b.start),
    })),
    quotes: quotes.flatMap((quote) => occurrences(mapped.text, quote).map((found) => ({ ...found, speaker: null }))),
  } as Partial<Analysis> as Analysis;
  return { segments: mapped.segments, analysis };
}

function marksOf(document: Document): HTMLElement[] {
  return Array.from(document.querySelectorAll<HTMLElement>('mark.repere-mark'));
}

const PAGE = `<!doctype html><html><head><title>Aleppo</title></head><body><article>
<p>Shelling hit Aleppo and Idlib on Monday, said Rami Abdel Rahman of the <a href="/sohr">Syrian Observatory</a>.</p>
<p>Hayat Tahrir al-Sham denied it: "We never fired on Aleppo," said <b>Abu Mohammad al-Jolani</b>.</p>
</article></body></html>`;

const ENTITIES: EntitySpec[] = [
  { id: 'place/aleppo', type: 'place', names: ['Aleppo'] },
  { id: 'place/idlib', type: 'place', names: ['Idlib'] },
  { id: 'group/hts', type: 'group', names: ['Hayat Tahrir al-Sham'] },
  { id: 'source/sohr', type: 'source', names: ['Syrian Observatory'] },
  // A person quoted as a source is painted as a source (highlightTypeOf).
  { id: 'person/rami', type: 'person', quoted: true, names: ['Rami Abdel Rahman'] },
  { id: 'person/jolani', type: 'person', names: ['Abu Mohammad al-Jolani'] },
];

describe('the <mark> fallback of paintHighlights', () => {
  afterEach(() => vi.useRealTimers());

  it('marks each mention with its type, and counts what it marked', () => {
    const { document } = load(PAGE);
    const { segments, analysis } = mappedAnalysis(document, ENTITIES);
    const painted = paintHighlights(document, segments, analysis);
    expect(marksOf(document).map((mark) => [mark.getAttribute('data-repere-type'), mark.textContent])).toEqual([
      ['place', 'Aleppo'],
      ['place', 'Idlib'],
      ['source', 'Rami Abdel Rahman'],
      ['source', 'Syrian Observatory'],
      ['group', 'Hayat Tahrir al-Sham'],
      ['place', 'Aleppo'],
      ['person', 'Abu Mohammad al-Jolani'],
    ]);
    expect(painted.counts).toEqual({ place: 3, group: 1, source: 2, person: 1, quote: 0 });
    for (const mark of marksOf(document)) {
      expect(mark.tagName).toBe('MARK');
      expect(mark.className).toBe('repere-mark');
      expect(isRepereMark(mark)).toBe(true);
    }
  });

  it('marks several mentions of one text node, each around its own words', () => {
    const { document } = load(PAGE);
    const { segments, analysis } = mappedAnalysis(document, ENTITIES);
    const paragraph = document.querySelector('p')!;
    paintHighlights(document, segments, analysis);
    // Aleppo, Idlib and Rami Abdel Rahman were all in the paragraph's first text node.
    expect(
      Array.from(paragraph.childNodes).map((node) => (isRepereMark(node) ? `[${node.textContent}]` : node.textContent)),
    ).toEqual([
      'Shelling hit ',
      '[Aleppo]',
      ' and ',
      '[Idlib]',
      ' on Monday, said ',
      '[Rami Abdel Rahman]',
      ' of the ',
      'Syrian Observatory',
      '.',
    ]);
    // A mention that fills its text node: the page's node stays in place, emptied, after the mark.
    const link = paragraph.querySelector('a')!;
    expect(Array.from(link.childNodes).map((node) => [isRepereMark(node), node.textContent])).toEqual([
      [true, 'Syrian Observatory'],
      [false, ''],
    ]);
  });

  it('gives each entity a range around each of its marks, in text order', () => {
    const { document } = load(PAGE);
    const { segments, analysis } = mappedAnalysis(document, ENTITIES);
    const painted = paintHighlights(document, segments, analysis);
    expect([...painted.entityRanges.keys()]).toEqual(ENTITIES.map((entity) => entity.id));
    expect(painted.entityRanges.get('place/aleppo')!.map(String)).toEqual(['Aleppo', 'Aleppo']);
    for (const [id, ranges] of painted.entityRanges) {
      const entity = analysis.entities.find((candidate) => candidate.id === id)!;
      expect(ranges.map(String)).toEqual(entity.mentions.map((mention) => mention.text));
      // The hover card finds a mention from the caret's text node: the range sits in the mark's text node.
      for (const range of ranges) {
        expect(range.startContainer.nodeType).toBe(3);
        expect(isRepereMark(range.startContainer.parentNode)).toBe(true);
        expect(range.endContainer).toBe(range.startContainer);
      }
    }
    const marked = painted.entityRanges.get('place/aleppo')!.map((range) => range.startContainer.parentNode);
    expect(marked).toEqual(marksOf(document).filter((mark) => mark.textContent === 'Aleppo'));
  });

  it('leaves the text of the page as it was, and clear() gives back its very nodes', () => {
    const { document } = load(PAGE);
    const html = document.body.innerHTML;
    const text = document.body.textContent;
    const nodes = textNodes(document.body);
    const data = nodes.map((node) => node.data);
    const { segments, analysis } = mappedAnalysis(document, ENTITIES);
    const painted = paintHighlights(document, segments, analysis);
    expect(document.body.textContent).toBe(text);
    expect(document.body.innerHTML).not.toBe(html);
    // The page's own text nodes never move into a mark: a framework holding them can still update them.
    for (const node of nodes) expect(isRepereMark(node.parentNode)).toBe(false);
    painted.clear();
    expect(document.body.innerHTML).toBe(html);
    expect(textNodes(document.body)).toEqual(nodes);
    expect(textNodes(document.body).map((node) => node.data)).toEqual(data);
  });

  it('joins back only the pieces it split, not the text nodes the page keeps apart', () => {
    const { document } = load('<html><body><p>x</p></body></html>');
    const paragraph = document.querySelector('p')!;
    paragraph.replaceChildren(document.createTextNode('Fighting near '), document.createTextNode('Raqqa today.'));
    const nodes = textNodes(paragraph);
    const { segments, analysis } = mappedAnalysis(document, [{ id: 'place/raqqa', type: 'place', names: ['Raqqa'] }]);
    const painted = paintHighlights(document, segments, analysis);
    expect(Array.from(paragraph.childNodes).map((node) => [isRepereMark(node), node.textContent])).toEqual([
      [false, 'Fighting near '],
      [true, 'Raqqa'],
      [false, ' today.'],
    ]);
    painted.clear();
    expect(textNodes(paragraph)).toEqual(nodes);
    expect(nodes.map((node) => node.data)).toEqual(['Fighting near ', 'Raqqa today.']);
  });

  it('reads the same text from the painted page as from the page: no text node is left blank', () => {
    const { document } = load(
      '<html><body><div>\n  Aleppo fell.<p>\n    Idlib held, <b>said</b> Homs.</p>' +
        '<p>  Homs  too, Raqqa <i>and</i> Hama Idlib.</p></div></body></html>',
    );
    const entities: EntitySpec[] = [
      { id: 'place/aleppo', type: 'place', names: ['Aleppo'] },
      { id: 'place/idlib', type: 'place', names: ['Idlib'] },
      { id: 'place/homs', type: 'place', names: ['Homs'] },
      { id: 'place/raqqa', type: 'place', names: ['Raqqa'] },
      { id: 'place/hama', type: 'place', names: ['Hama'] },
    ];
    const first = mappedAnalysis(document, entities);
    expect(first.analysis.text).toBe('Aleppo fell.\nIdlib held, said Homs.\nHoms too, Raqqa and Hama Idlib.');
    const painted = paintHighlights(document, first.segments, first.analysis);
    expect(mappedAnalysis(document, entities).analysis.text).toBe(first.analysis.text);
    // Blank runs next to a mention went into its mark, but the mention's range holds the name alone.
    expect(marksOf(document).map((mark) => mark.textContent)).toEqual([
      '\n  Aleppo',
      '\n    Idlib',
      ' Homs',
      '  Homs',
      'Raqqa ',
      ' Hama ',
      'Idlib',
    ]);
    for (const [id, ranges] of painted.entityRanges) {
      const name = entities.find((entity) => entity.id === id)!.names[0]!;
      for (const range of ranges) expect(String(range)).toBe(name);
    }
    const blank = textNodes(document.body).filter((node) => node.data.length > 0 && !/\S/.test(node.data));
    expect(blank).toEqual([]);
  });

  it('skips a mention that overlaps one already marked, and one that spans two text nodes', () => {
    const { document } = load(
      '<html><body><p>Hayat Tahrir al-Sham fighters entered <i>Deir</i> ez-Zor and Idlib.</p></body></html>',
    );
    const { segments, analysis } = mappedAnalysis(document, [
      { id: 'group/hts', type: 'group', names: ['Hayat Tahrir al-Sham'] },
      { id: 'group/tahrir', type: 'group', names: ['Tahrir al-Sham fighters'] },
      { id: 'place/deir-ez-zor', type: 'place', names: ['Deir ez-Zor'] },
      { id: 'place/idlib', type: 'place', names: ['Idlib'] },
    ]);
    const painted = paintHighlights(document, segments, analysis);
    expect(marksOf(document).map((mark) => mark.textContent)).toEqual(['Hayat Tahrir al-Sham', 'Idlib']);
    expect(painted.counts).toEqual({ place: 1, group: 1, source: 0, person: 0, quote: 0 });
    expect(painted.entityRanges.get('group/tahrir')).toEqual([]);
    expect(painted.entityRanges.get('place/deir-ez-zor')).toEqual([]);
  });

  it('does not mark quotes, but finds them again across the marks for "reveal"', () => {
    const { document } = load(PAGE);
    const quote = '"We never fired on Aleppo,"';
    const { segments, analysis } = mappedAnalysis(document, ENTITIES, [quote, 'no such quote']);
    const painted = paintHighlights(document, segments, analysis);
    expect(painted.counts.quote).toBe(0);
    expect(painted.quoteRanges).toHaveLength(1);
    expect(String(painted.quoteRanges[0])).toBe(quote);
    // The quote ends after the mark of "Aleppo": its end lies in the piece of text split off after the mark.
    expect(isRepereMark(painted.quoteRanges[0]!.endContainer.parentNode)).toBe(false);
  });

  it('maps a quote that starts and ends at marked words', () => {
    const { document } = load('<html><body><p>They said Aleppo fell to Idlib fighters.</p></body></html>');
    const { segments, analysis } = mappedAnalysis(
      document,
      [
        { id: 'place/aleppo', type: 'place', names: ['Aleppo'] },
        { id: 'place/idlib', type: 'place', names: ['Idlib'] },
      ],
      ['Aleppo fell to Idlib'],
    );
    const painted = paintHighlights(document, segments, analysis);
    const range = painted.quoteRanges[0]!;
    expect(String(range)).toBe('Aleppo fell to Idlib');
    expect(range.startContainer.parentNode).toBe(marksOf(document)[0]);
    expect(range.endContainer.parentNode).toBe(marksOf(document)[1]);
  });

  it('keeps its marks when the page is read and painted again, and drops those no longer wanted', () => {
    const { document } = load(PAGE);
    const html = document.body.innerHTML;
    const first = mappedAnalysis(document, ENTITIES);
    paintHighlights(document, first.segments, first.analysis);
    const marks = marksOf(document);
    const painted = marksOf(document).map((mark) => mark.outerHTML);
    // As the content script does when the page changes: read the painted page again, paint again, no clear().
    const again = mappedAnalysis(document, ENTITIES);
    expect(again.analysis.text).toBe(first.analysis.text);
    const second = paintHighlights(document, again.segments, again.analysis);
    expect(marksOf(document)).toEqual(marks);
    expect(marksOf(document).map((mark) => mark.outerHTML)).toEqual(painted);
    expect(document.querySelector('mark mark')).toBeNull();
    expect(second.counts).toEqual({ place: 3, group: 1, source: 2, person: 1, quote: 0 });
    // The reader turned places off: their marks go, the others stay.
    const withoutPlaces = mappedAnalysis(
      document,
      ENTITIES.filter((entity) => entity.type !== 'place'),
    );
    const third = paintHighlights(document, withoutPlaces.segments, withoutPlaces.analysis);
    expect(marksOf(document).map((mark) => mark.textContent)).toEqual([
      'Rami Abdel Rahman',
      'Syrian Observatory',
      'Hayat Tahrir al-Sham',
      'Abu Mohammad al-Jolani',
    ]);
    expect(third.counts.place).toBe(0);
    third.clear();
    expect(document.body.innerHTML).toBe(html);
  });

  it('paints long pages in slices, and a paint abandoned half-way is cleared with the last one', () => {
    const sentence = 'Clashes went on in Aleppo and Homs overnight. ';
    const { document } = load(
      `<html><body><p>${sentence.repeat(1200)}</p><p>${sentence.repeat(300)}</p></body></html>`,
    );
    const html = document.body.innerHTML;
    const entities: EntitySpec[] = [
      { id: 'place/aleppo', type: 'place', names: ['Aleppo'] },
      { id: 'place/homs', type: 'place', names: ['Homs'] },
    ];
    const first = mappedAnalysis(document, entities);
    const steps = paintSteps(document, first.segments, first.analysis);
    let yields = 0;
    let step = steps.next();
    for (; !step.done; step = steps.next()) yields += 1;
    expect(yields).toBeGreaterThan(2);
    const painted = step.value;
    expect(painted.counts.place).toBe(3000);
    expect(marksOf(document)).toHaveLength(3000);
    expect(document.body.textContent).toBe(sentence.repeat(1200) + sentence.repeat(300));

    // The page changed again while the next paint was under way: it is abandoned after a few slices.
    const second = mappedAnalysis(document, entities.slice(1));
    const abandoned = paintSteps(document, second.segments, second.analysis);
    for (let index = 0; index < 4; index += 1) abandoned.next();
    painted.clear();
    expect(marksOf(document)).toHaveLength(0);
    expect(document.body.innerHTML).toBe(html);
  });

  it('takes out what it split off a text node that the page rewrote or removed since', () => {
    const { document } = load(PAGE);
    const [first, second] = Array.from(document.querySelectorAll('p'));
    const rewritten = first!.firstChild as Text;
    const removed = second!.firstChild as Text;
    const { segments, analysis } = mappedAnalysis(document, ENTITIES);
    const painted = paintHighlights(document, segments, analysis);
    dropStaleMarks(document);
    expect(marksOf(document)).toHaveLength(7);
    // A framework updates the text node it rendered, and removes another.
    rewritten.data = 'Shelling hit Hama on Tuesday, said ';
    removed.parentNode!.removeChild(removed);
    dropStaleMarks(document);
    expect(first!.textContent).toBe('Shelling hit Hama on Tuesday, said Syrian Observatory.');
    expect(second!.textContent).toBe('Abu Mohammad al-Jolani.');
    expect(marksOf(document).map((mark) => mark.textContent)).toEqual(['Syrian Observatory', 'Abu Mohammad al-Jolani']);
    painted.clear();
    expect(marksOf(document)).toHaveLength(0);
    expect(document.body.textContent).toBe(
      '\nShelling hit Hama on Tuesday, said Syrian Observatory.\nAbu Mohammad al-Jolani.\n',
    );
    expect(first!.childNodes).toHaveLength(3);
  });

  it('flashes the mark of a mention for a moment', () => {
    vi.useFakeTimers();
    const { document } = load(PAGE);
    const { segments, analysis } = mappedAnalysis(document, ENTITIES);
    const painted = paintHighlights(document, segments, analysis);
    const range = painted.entityRanges.get('place/idlib')![0]!;
    const mark = range.startContainer.parentNode as HTMLElement;
    flashRange(document, range, 1000);
    expect(mark.classList.contains('repere-flash')).toBe(true);
    vi.advanceTimersByTime(1000);
    expect(mark.classList.contains('repere-flash')).toBe(false);
    // A quote has no mark of its own: nothing to flash, and nothing breaks.
    const quoted = mappedAnalysis(document, [], ['Shelling hit Aleppo']);
    const quote = paintHighlights(document, quoted.segments, quoted.analysis).quoteRanges[0]!;
    expect(() => flashRange(document, quote)()).not.toThrow();
  });

  it('paints a real page without changing its text, and clears it without a trace', () => {
    const { document } = load(readFileSync(join(ROOT, 'tests/fixtures/pages/001_5554a87f2ba7b6ff/page.html'), 'utf8'));
    const html = document.body.innerHTML;
    const text = document.body.textContent;
    const article = extractArticle(document);
    const analysis = analyse({ text: article.text, title: article.title }, { automaton: defaultAutomaton() });
    expect(analysis.entities.length).toBeGreaterThan(3);
    const painted = paintHighlights(document, article.segments, analysis);

    const marks = marksOf(document);
    const total = painted.counts.place + painted.counts.group + painted.counts.source + painted.counts.person;
    expect(total).toBeGreaterThan(5);
    expect(marks).toHaveLength(total);
    expect(document.querySelector('mark mark')).toBeNull();
    expect(document.body.textContent).toBe(text);
    const collapse = (value: string) => value.replace(/\s+/g, ' ');
    for (const entity of analysis.entities) {
      const mentions = entity.mentions.map((mention) => article.text.slice(mention.start, mention.end));
      const ranges = painted.entityRanges.get(entity.id)!;
      for (const range of ranges) expect(mentions).toContain(collapse(String(range)));
      for (const range of ranges) {
        expect((range.startContainer.parentNode as Element).getAttribute('data-repere-type')).toBe(
          highlightTypeOf(entity),
        );
      }
    }
    expect([...painted.entityRanges.values()].flat()).toHaveLength(total);
    expect(painted.quoteRanges).toHaveLength(analysis.quotes.length);
    analysis.quotes.forEach((quote, index) => {
      const range = painted.quoteRanges[index];
      if (range) expect(collapse(String(range))).toBe(article.text.slice(quote.start, quote.end));
    });

    painted.clear();
    expect(document.body.innerHTML).toBe(html);
  });

  it('reads every fixture page the same once painted, paints it again in place, and clears it', () => {
    const automaton = defaultAutomaton();
    for (const name of readdirSync(join(ROOT, 'tests/fixtures/pages'))) {
      const { document } = load(readFileSync(join(ROOT, 'tests/fixtures/pages', name, 'page.html'), 'utf8'));
      const html = document.body.innerHTML;
      const article = extractArticle(document, { force: true });
      const analysis = analyse({ text: article.text, title: article.title }, { automaton });
      const painted = paintHighlights(document, article.segments, analysis);
      const again = extractArticle(document, { force: true });
      expect(again.text, name).toBe(article.text);
      const repainted = paintHighlights(document, again.segments, analysis);
      expect(repainted.counts, name).toEqual(painted.counts);
      expect(document.querySelector('mark mark'), name).toBeNull();
      repainted.clear();
      expect(document.body.innerHTML, name).toBe(html);
    }
  });
});

describe('the dynamic page watcher and the <mark> fallback', () => {
  afterEach(() => vi.unstubAllGlobals());

  const settle = () => new Promise((resolve) => setTimeout(resolve, 400));

  it('does not read the page again because of its own marks, and still notices the page changing', async () => {
    const { document, window } = load(PAGE);
    vi.stubGlobal('MutationObserver', window.MutationObserver);
    Object.defineProperty(document, 'location', { value: { href: 'https://example.org/a' } });
    window.requestAnimationFrame = (callback: FrameRequestCallback) => setTimeout(callback, 0) as unknown as number;
    const first = mappedAnalysis(document, ENTITIES);
    let articleNodes: ReadonlySet<Node> = new Set(first.segments.map((segment) => segment.node));
    const reread = vi.fn();
    const stop = watchDynamicPage(document, { articleNodes: () => articleNodes, ownNodes: () => [], reread });

    let painted = paintHighlights(document, first.segments, first.analysis);
    await settle();
    expect(reread).not.toHaveBeenCalled();
    // What the session does on a reread: paint over the last paint, or clear it (a page gone off-topic).
    const again = mappedAnalysis(document, ENTITIES);
    articleNodes = new Set(again.segments.map((segment) => segment.node));
    painted = paintHighlights(document, again.segments, again.analysis);
    await settle();
    painted.clear();
    await settle();
    const fresh = mappedAnalysis(document, ENTITIES);
    articleNodes = new Set(fresh.segments.map((segment) => segment.node));
    painted = paintHighlights(document, fresh.segments, fresh.analysis);
    await settle();
    expect(reread).not.toHaveBeenCalled();

    // A change of the page made just before Repère's own is still seen.
    const more = document.createElement('p');
    more.textContent = 'Later reports said that the shelling of Aleppo went on through the night. '.repeat(2);
    document.querySelector('article')!.appendChild(more);
    painted.clear();
    await settle();
    expect(reread).toHaveBeenCalledTimes(1);
    stop();
  });

  it('does not read the page again for added scripts and styles, only for text a reader sees', async () => {
    const { document, window } = load(PAGE);
    vi.stubGlobal('MutationObserver', window.MutationObserver);
    Object.defineProperty(document, 'location', { value: { href: 'https://example.org/a' } });
    const reread = vi.fn();
    const stop = watchDynamicPage(document, { articleNodes: () => new Set(), ownNodes: () => [], reread });
    const style = document.createElement('style');
    style.textContent = '.advert { position: fixed; bottom: 0; right: 0; width: 300px; height: 250px; z-index: 10; }';
    document.head.appendChild(style);
    const script = document.createElement('script');
    script.textContent =
      'window.dataLayer = window.dataLayer || []; dataLayer.push({ event: "page_view", at: Date.now() });';
    document.body.appendChild(script);
    await settle();
    expect(reread).not.toHaveBeenCalled();
    const more = document.createElement('p');
    more.textContent = 'Later reports said that the shelling of Aleppo went on through the night. '.repeat(2);
    document.body.appendChild(more);
    await settle();
    expect(reread).toHaveBeenCalledTimes(1);
    stop();
  });
});
