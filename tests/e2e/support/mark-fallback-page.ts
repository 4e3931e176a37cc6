// Runs inside a test page (bundled by esbuild): Repère's own reading and painting, on a page whose browser lacks the
// CSS Custom Highlight API, so that the <mark> fallback meets a real DOM with live ranges and real layout.
import { analyse } from '../../../lib/analyse/analyse';
import { defaultAutomaton } from '../../../lib/analyse/recogniser';
import { extractArticle } from '../../../lib/article/extract';
import { paintHighlights } from '../../../lib/highlight/paint';

const before = { html: document.body.innerHTML, text: document.body.textContent };
const article = extractArticle(document);
const analysis = analyse(
  { text: article.text, title: article.title, isArticle: article.isArticle },
  { automaton: defaultAutomaton() },
);
const painted = paintHighlights(document, article.segments, analysis);

Object.assign(window, {
  __fallback: {
    before,
    counts: painted.counts,
    mentions: analysis.entities.flatMap((entity) => entity.mentions.map((mention) => mention.text)),
    rangeTexts: [...painted.entityRanges.values()].flat().map((range) => range.toString()),
    quoteTexts: painted.quoteRanges.map((range) => range?.toString() ?? null),
    quotes: analysis.quotes.map((quote) => quote.text),
    clear: () => painted.clear(),
  },
});
