import { describe, expect, it } from 'vitest';
import { defaultAutomaton } from '../../lib/analyse/recogniser';
import { recogniseMentions } from '../../lib/recognise/recognise';
import { isPersonLike } from '../../lib/recognise/person-like';

const found = (text: string) =>
  recogniseMentions(text, defaultAutomaton()).map((mention) => `${mention.entity.id}:${mention.text}`);

describe('the world layer of the knowledge base (countries, capitals, regions)', () => {
  it('marks countries, capitals and regions far from Syria and Iraq, in English and French', () => {
    const english = found('Recruits from Uzbekistan flew from Tashkent, and others came from Central Asia.');
    expect(english).toContain('place/uzbekistan:Uzbekistan');
    expect(english).toContain('place/tashkent:Tashkent');
    expect(english).toContain('place/central-asia:Central Asia');
    const french = found("Des recrues venues d'Ouzbékistan et d'Asie centrale ont transité par la Moldavie.");
    expect(french).toContain('place/uzbekistan:Ouzbékistan');
    expect(french).toContain('place/central-asia:Asie centrale');
    expect(french).toContain('place/moldova:Moldavie');
  });

  it('knows the seas and straits around the theatre, in English and French', () => {
    expect(found('a frigate sailed from the Red Sea into the Gulf of Aden')).toEqual([
      'place/red-sea:Red Sea',
      'place/gulf-of-aden:the Gulf of Aden',
    ]);
    expect(found("une frégate dans le golfe d'Aden puis en mer d'Arabie")).toEqual([
      "place/gulf-of-aden:golfe d'Aden",
      "place/arabian-sea:mer d'Arabie",
    ]);
  });

  it('leaves out capitals that are first names or ordinary words', () => {
    expect(found('Victoria said the male prisoners were moved.')).not.toContainEqual(expect.stringMatching(/^place\//));
  });

  it('reads an ordinary word that names a country only when it is capitalised', () => {
    expect(found('a chile and a japan lacquer box')).toEqual([]);
    expect(found('talks in Japan')).toContain('place/japan:Japan');
  });
});

describe('who counts as a person', () => {
  it('is a person, or a source that is an official or a spokesperson, not a body', () => {
    expect(isPersonLike({ type: 'person', kind: 'other' })).toBe(true);
    expect(isPersonLike({ type: 'source', kind: 'spokesperson' })).toBe(true);
    expect(isPersonLike({ type: 'source', kind: 'official' })).toBe(true);
    expect(isPersonLike({ type: 'source', kind: 'ministry' })).toBe(false);
    expect(isPersonLike({ type: 'group', kind: 'army' })).toBe(false);
  });
});
