import { describe, expect, it } from 'vitest';
import { defaultAutomaton } from '../../lib/analyse/recogniser';
import { recogniseMentions } from '../../lib/recognise/recognise';

const found = (text: string) =>
  recogniseMentions(text, defaultAutomaton()).map((mention) => `${mention.entity.id}:${mention.text}`);

describe('names that are part of other names', () => {
  it('does not read a family name as a town after a given name', () => {
    expect(found('said Hassan al-Obeidi, a local official')).not.toContainEqual(expect.stringMatching(/^place\//));
  });

  it('does not read an ambiguous first name as a town when a surname follows', () => {
    expect(found('the analyst Ana Ferreira said')).toEqual(['person/ana-fereira:Ana Ferreira']);
    expect(found('the towns of Rawa and Ana in Anbar')).toContain('place/ana:Ana');
  });

  it('lets "la Ghouta orientale" be Eastern Ghouta whole, not "la Ghouta" plus a stray word', () => {
    expect(found('la Ghouta orientale est assiégée')).toEqual(['place/eastern-ghouta:Ghouta orientale']);
  });

  it('reads "US-led" as the United States, not as an Arabic article', () => {
    expect(found('backed by US-led air strikes')).toEqual(['place/united-states:US']);
  });
});
