import { describe, expect, it } from 'vitest';
import { defaultAutomaton } from '../../lib/analyse/recogniser';
import { recogniseMentions } from '../../lib/recognise/recognise';

const found = (text: string) =>
  recogniseMentions(text, defaultAutomaton()).map((mention) => `${mention.entity.id}:${mention.text}`);

describe('a government named through its country or its leader', () => {
  it('marks the head word as the knowledge base government and keeps the country a place', () => {
    expect(found('Aid reached the Government of Iraq on Monday.')).toEqual([
      'source/iraqi-government:Government',
      'place/iraq:Iraq',
    ]);
    expect(found("Le gouvernement de la Syrie n'a pas répondu.")).toEqual([
      'source/syrian-government:gouvernement',
      'place/syria:Syrie',
    ]);
  });

  it('finds a government the knowledge base does not have, as a government body not linked', () => {
    expect(found('talks with the Government of Denmark')).toContain('source/government-of-denmark:Government');
  });

  it('reads "the <leader> regime", "<leader>\'s brutal regime" and "le régime de <leader>"', () => {
    expect(found('shelling by the Assad regime went on')).toEqual([
      'person/bashar-al-assad:Assad',
      'source/syrian-government:regime',
    ]);
    expect(found('Assad’s brutal regime cannot last')).toContain('source/syrian-government:regime');
    expect(found('le régime de Bachar al-Assad a nié')).toContain('source/syrian-government:régime');
  });

  it('leaves a regime that no leader names alone', () => {
    expect(found('the regime of sanctions was eased')).toEqual([]);
  });
});

describe('the capitalised Coalition', () => {
  it('is the US-led coalition alone or after a determiner', () => {
    expect(found('The Coalition struck twice. Our Coalition partners agreed.')).toEqual([
      'group/us-led-coalition:Coalition',
      'group/us-led-coalition:Coalition',
    ]);
  });

  it('is not that coalition at the end of another name, nor in lower case', () => {
    expect(found('the Stop the War Coalition marched')).not.toContainEqual(expect.stringMatching(/us-led/));
    expect(found('a coalition of parties')).toEqual([]);
  });
});

describe('acronyms the text defines', () => {
  it('gives the acronym in brackets and its later uses to the organisation named before it', () => {
    const names = found('The Desert Heritage Fund (DHF) paid for it. Experts from DHF came.');
    expect(names.filter((name) => name.endsWith(':DHF'))).toHaveLength(2);
    expect(new Set(names.map((name) => name.split(':')[0])).size).toBe(1);
  });

  it('does not take a bracketed code that does not spell the name', () => {
    expect(found('The Desert Heritage Fund (XQZ) paid. XQZ came.')).not.toContainEqual(expect.stringMatching(/:XQZ$/));
  });
});

describe('organisation names around known names', () => {
  it('starts a name at a country written with dots, not inside it', () => {
    expect(found('the U.S. Embassy said')).toEqual(['source/u-s-embasi:U.S. Embassy']);
  });

  it('reads an unknown name run into a known command as one unit, with the acronym defined after it', () => {
    const names = found("the Mountain Forces Central Command's (MOUNTCENT) took over; MOUNTCENT leads");
    expect(names[0]).toMatch(/^source\/[a-z-]+:Mountain Forces Central Command$/);
    expect(names.filter((name) => name.endsWith(':MOUNTCENT'))).toHaveLength(2);
  });
});

describe('a quoted nickname inside a name', () => {
  it('keeps the name whole over the nickname', () => {
    expect(found('said Maj. Karim “K.B.” Haddad, a spokesman')).toEqual([
      expect.stringMatching(/^person\/.*:Karim “K\.B\.” Haddad$/),
    ]);
    expect(found('a déclaré le commandant Walid « Saqr » Mansour')).toEqual([
      expect.stringMatching(/^person\/.*:Walid « Saqr » Mansour$/),
    ]);
  });
});

describe('Arabic names of armed groups and names that end in a possessive', () => {
  it('reads "Jaish al-…", "Liwa …", "Jaych al-…" as armed groups the knowledge base does not know', () => {
    expect(found('Fighters of Liwa Suqour al-Jabal withdrew.')).toEqual([
      'group/liwa-sukur-al-jabal:Liwa Suqour al-Jabal',
    ]);
    expect(found("Le Jaych al-Oumma a revendiqué l'attaque.")).toEqual(['group/jaish-al-uma:Jaych al-Oumma']);
  });

  it('leaves a lone head word or a head with no name after it alone', () => {
    expect(found('Ansar said nothing. The Jaish went home.')).not.toContainEqual(expect.stringMatching(/^group\//));
  });

  it('keeps the possessive word of an organisation as its last word', () => {
    expect(found("the Harbour Review Board's findings were published")).toEqual([
      expect.stringMatching(/^source\/[a-z-]+:Harbour Review Board$/),
    ]);
  });
});
