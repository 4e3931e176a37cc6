import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultAutomaton } from '../../lib/analyse/recogniser';
import { groupMentions, recogniseMentions, type RecognisedMention } from '../../lib/recognise/recognise';

const CORPUS = resolve(__dirname, '../../../shared/corpus');

function mentions(text: string): RecognisedMention[] {
  return recogniseMentions(text, defaultAutomaton());
}

/** The ids recognised at the first occurrence of `phrase` in `text`. */
function idsAt(text: string, phrase: string): string[] {
  const start = text.indexOf(phrase);
  if (start < 0) throw new Error(`"${phrase}" is not in the text`);
  const end = start + phrase.length;
  return mentions(text)
    .filter((mention) => mention.start < end && mention.end > start)
    .map((mention) => mention.entity.id);
}

function mentionAt(text: string, phrase: string): RecognisedMention | undefined {
  const start = text.indexOf(phrase);
  return mentions(text).find((mention) => mention.start <= start && mention.end > start);
}

describe('recognising places across spellings and scripts', () => {
  it.each([
    ['Les forces avancent vers Abou Kamal depuis le sud.', 'Abou Kamal'],
    ['La ville d’al-Boukamal est sur le point d’être libérée.', 'al-Boukamal'],
    ['The ISIL-held town of Albu Kamal at the border with Iraq.', 'Albu Kamal'],
    ['Fighting continued in Abu Kamal on Saturday.', 'Abu Kamal'],
    ['L’armée a pris Al-Boukamal samedi.', 'Al-Boukamal'],
    ['وصلت القوات إلى أبو كمال صباح اليوم', 'أبو كمال'],
    ['وصلت القوات إلى البوكمال صباح اليوم', 'البوكمال'],
  ])('"%s" names place/abu-kamal', (text, spelling) => {
    const mention = mentionAt(text, spelling);
    expect(mention?.entity.id).toBe('place/abu-kamal');
    expect(mention?.text).toBe(spelling);
  });

  it.each(['Deir ez-Zor', 'Deir Ezzor', 'Deir Ezzur', 'Deir Ez-Zor', 'Deir al-Zour', 'دير الزور'])(
    '%s is place/deir-ez-zor',
    (spelling) => {
      expect(idsAt(`Les combats se poursuivent à ${spelling} depuis hier.`, spelling)).toEqual(['place/deir-ez-zor']);
    },
  );

  it.each(['al-Qaïm', "al-Qa'em", 'al-Qa’em', 'al-Qaem', 'Al-Qaim'])('%s is place/al-qaim', (spelling) => {
    expect(idsAt(`Operations began around ${spelling} on Monday.`, spelling)).toEqual(['place/al-qaim']);
  });

  it('ignores case for ordinary names', () => {
    expect(idsAt('VERS ABOU KAMAL ET DEIR EZ-ZOR', 'ABOU KAMAL')).toEqual(['place/abu-kamal']);
  });
});

describe('ambiguous short names only fire as written', () => {
  it('"EI" is the Islamic State only in capitals', () => {
    const text = 'le dernier bastion contrôlé par le groupe Etat islamique (EI) en Syrie';
    const ei = mentionAt(text, 'EI)');
    expect(ei?.entity.id).toBe('group/islamic-state');
    expect(ei?.text).toBe('EI');
    for (const ordinary of ['Il a dit ei en passant.', 'The word Ei appears here.', 'ei ei ei']) {
      expect(mentions(ordinary).map((mention) => mention.entity.id)).not.toContain('group/islamic-state');
    }
  });

  it('"IS" the group is not the English verb "is"', () => {
    expect(mentions('This is what it is, and it is over. Is it?').map((mention) => mention.entity.id)).toEqual([]);
    expect(idsAt('IS fighters withdrew from the town.', 'IS')).toEqual(['group/islamic-state']);
  });

  it('"Hit" and "Ana" are towns only when written as names', () => {
    expect(idsAt('Iraqi forces retook Ana in Anbar.', 'Ana')).toEqual(['place/ana']);
    expect(idsAt('The army entered the town of Hit on Sunday.', 'Hit')).toEqual(['place/hit']);
    const ordinary = 'The song was a hit. A mortar hit the wall. She said ana means I.';
    expect(mentions(ordinary).map((mention) => mention.entity.id)).toEqual([]);
  });

  it('marks nothing in a text that names nothing of the region', () => {
    const text =
      'Preheat the oven. Mix the flour, the butter and the sugar, then add the eggs one at a time. ' +
      'Bake for forty minutes and let it cool before serving. It is a hit with children and it keeps for a week.';
    expect(mentions(text).map((mention) => `${mention.text} → ${mention.entity.id}`)).toEqual([]);
  });
});

describe('groups', () => {
  it('"l\'armée syrienne" is group/syrian-army, without the elided article', () => {
    for (const text of ["l'armée syrienne avance", 'L’armée syrienne avance', 'Selon l’Armée syrienne, tout va bien']) {
      const mention = mentionAt(text, 'rmée');
      expect(mention?.entity.id, text).toBe('group/syrian-army');
      expect(mention?.text.toLowerCase(), text).toBe('armée syrienne');
    }
  });

  it('the Syrian army has one id in French and English', () => {
    expect(idsAt('The Syrian army advanced.', 'Syrian army')).toEqual(['group/syrian-army']);
    expect(idsAt("L'armée syrienne a avancé.", 'armée syrienne')).toEqual(['group/syrian-army']);
  });

  it('"Forces démocratiques syriennes" is one group mention, not a place "syriennes"', () => {
    const text = 'les zones contrôlées par la milice kurde des Forces démocratiques syriennes.';
    const start = text.indexOf('Forces');
    const found = mentions(text);
    const inside = found.filter((mention) => mention.start >= start);
    expect(inside).toHaveLength(1);
    expect(inside[0]!.entity.id).toBe('group/syrian-democratic-forces');
    expect(inside[0]!.text).toBe('Forces démocratiques syriennes');
  });

  it('prefers the longest name: a military council of Deir ez-Zor is a group, not the city', () => {
    const text = 'Le Conseil militaire de Deir ez-Zor a annoncé une offensive.';
    expect(idsAt(text, 'Conseil militaire de Deir ez-Zor')).toEqual(['group/deir-ez-zor-military-council']);
  });

  it('Hachd al-Chaabi and al-Hashd al-Shaabi are the same group', () => {
    expect(idsAt('les forces des Hachd al-Chaabi à Akashat', 'Hachd al-Chaabi')).toEqual([
      'group/popular-mobilization-forces',
    ]);
    expect(idsAt('Al-Hashd al-Shaabi repulsed an attack', 'Hashd al-Shaabi')).toEqual([
      'group/popular-mobilization-forces',
    ]);
  });
});

describe('one name, two entities: the words around it decide', () => {
  it('al-Mayadeen the town and al-Mayadeen the channel, in French', () => {
    const text =
      'Selon la télévision libanaise al-Mayadeen, l’armée a conquis les zones qui la séparent de la ville d’al-Mayadeen.';
    const found = mentions(text).filter((mention) => /mayadeen/i.test(mention.text));
    expect(found).toHaveLength(2);
    expect(found[0]!.entity.type).toBe('source');
    expect(found[0]!.entity.id).toBe('source/al-mayadeen');
    expect(found[1]!.entity.type).toBe('place');
    expect(found[1]!.entity.id).toBe('place/mayadin');
  });

  it('al-Mayadeen the town and al-Mayadeen the channel, in English', () => {
    expect(mentionAt('The al-Mayadeen TV network quoted sources as saying', 'al-Mayadeen')?.entity.type).toBe('source');
    expect(mentionAt('the newly-liberated town of al-Mayadeen and the T2 station', 'al-Mayadeen')?.entity.type).toBe(
      'place',
    );
  });
});

describe('an outlet named by its staff', () => {
  it('a reporter or correspondent of SANA names the agency, not Sanaa; the town stays a town', () => {
    expect(mentionAt('A SANA reporter in Aleppo said the army shelled the town.', 'SANA')?.entity.id).toBe(
      'source/sana',
    );
    expect(mentionAt('A correspondent for SANA said the army advanced.', 'SANA')?.entity.id).toBe('source/sana');
    expect(mentionAt('Un correspondant de SANA à Alep affirme que l’armée a avancé.', 'SANA')?.entity.id).toBe(
      'source/sana',
    );
    expect(mentionAt('Des frappes aériennes ont visé à Sana un dépôt, selon Reuters.', 'Sana')?.entity.id).toBe(
      'place/sanaa',
    );
  });
});

describe('mentions', () => {
  const files = readdirSync(CORPUS).filter((name) => name.endsWith('.txt'));

  it('have offsets that point at their own text in every corpus article', () => {
    expect(files.length).toBeGreaterThanOrEqual(5);
    for (const file of files) {
      const text = readFileSync(resolve(CORPUS, file), 'utf8');
      const found = mentions(text);
      expect(found.length, file).toBeGreaterThan(0);
      let previousEnd = 0;
      for (const mention of found) {
        expect(text.slice(mention.start, mention.end)).toBe(mention.text);
        // Mentions never overlap and come in reading order.
        expect(mention.start).toBeGreaterThanOrEqual(previousEnd);
        previousEnd = mention.end;
      }
    }
  });

  it('are grouped by entity, with the display name in the language of the article', () => {
    const text = 'Daech a fui Abou Kamal. Les combattants de Daech ont rejoint al-Boukamal.';
    const fr = groupMentions(mentions(text), 'fr');
    const abuKamal = fr.find((entity) => entity.id === 'place/abu-kamal');
    expect(abuKamal?.mentions.map((mention) => mention.text)).toEqual(['Abou Kamal', 'al-Boukamal']);
    expect(abuKamal?.name).toBe('Abou Kamal');
    expect(fr.find((entity) => entity.id === 'group/islamic-state')?.mentions).toHaveLength(2);
    const en = groupMentions(mentions(text), 'en');
    expect(en.find((entity) => entity.id === 'place/abu-kamal')?.name).toBe('Abu Kamal');
  });
});
