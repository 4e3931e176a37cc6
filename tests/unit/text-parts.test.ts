import { describe, expect, it } from 'vitest';
import { articleWithText, keepTextPart } from '../../entrypoints/background/text-parts';
import type { ArticleText } from '../../lib/messages';

const article: ArticleText = { text: '', title: 'Long page', isArticle: true, url: 'https://example.invalid/' };

describe('the parts of a long article text, put back together in the background', () => {
  it('joins the parts sent under one key, in order, once', () => {
    keepTextPart('a', 'Clashes in Aleppo. ');
    keepTextPart('b', 'Another page. ');
    keepTextPart('a', 'Shelling in Homs.');
    const text = 'Clashes in Aleppo. Shelling in Homs.';
    const request = { type: 'repere:analyse', article, textKey: 'a', textLength: text.length } as const;
    expect(articleWithText(request)).toEqual({ ...article, text });
    // Taken: the same key a second time has nothing left.
    expect(articleWithText(request)).toBeNull();
  });

  it('answers null when a part is missing (the background was restarted in between), so the page sends it whole', () => {
    keepTextPart('c', 'only the second half');
    expect(articleWithText({ type: 'repere:analyse', article, textKey: 'c', textLength: 40 })).toBeNull();
    expect(articleWithText({ type: 'repere:analyse', article, textKey: 'never-sent', textLength: 10 })).toBeNull();
  });

  it('passes an article sent whole through unchanged', () => {
    const whole = { ...article, text: 'A short article.' };
    expect(articleWithText({ type: 'repere:analyse', article: whole })).toBe(whole);
  });
});
