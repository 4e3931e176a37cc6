import { browser } from 'wxt/browser';
import type { ArticleText, BackgroundRequest, PageAnalysis } from '../../lib/messages';

// A long article's text goes to the background in parts, one message a task: serialised whole (600 kB for a
// 100,000-word page), the one message held the page's main thread 40-70 ms.

/** The longest text sent in one message (characters): a few milliseconds to serialise. */
const TEXT_PART_CHARS = 50_000;

const send = (request: BackgroundRequest) => browser.runtime.sendMessage(request) as Promise<unknown>;

/** Sends the article to the background to be analysed (its text in parts when long); resolves to the analysis. */
export async function sendArticle(article: ArticleText): Promise<PageAnalysis> {
  const { text } = article;
  if (text.length > TEXT_PART_CHARS) {
    const key = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
    for (let start = 0; start < text.length;) {
      let end = Math.min(text.length, start + TEXT_PART_CHARS);
      // A part never ends between the two halves of a surrogate pair: each half alone would arrive as U+FFFD.
      if (end < text.length && isHighSurrogate(text.charCodeAt(end - 1))) end -= 1;
      await send({ type: 'repere:text-part', key, part: text.slice(start, end) });
      start = end;
    }
    const textLength = text.length;
    const answer = await send({ type: 'repere:analyse', article: { ...article, text: '' }, textKey: key, textLength });
    // null when the background was restarted in between and lost some parts: the text then goes whole.
    if (answer) return answer as PageAnalysis;
  }
  return (await send({ type: 'repere:analyse', article })) as PageAnalysis;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}
