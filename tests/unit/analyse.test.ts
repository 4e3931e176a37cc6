import { describe, expect, it } from 'vitest';
import { analyse, MAX_TEXT_LENGTH } from '../../lib/analyse/analyse';
import { defaultAutomaton } from '../../lib/analyse/recogniser';
import type { Analysis } from '../../lib/types';

function run(text: unknown, title?: string): Analysis {
  return analyse({ text: text as string, title }, { automaton: defaultAutomaton() });
}

/** What every analysis must satisfy, whatever the input: the contract the popup and the CLI rely on. */
function expectWellFormed(analysis: Analysis): void {
  expect(analysis.schema).toBe('repere.analysis/1');
  expect(['fr', 'en', 'und']).toContain(analysis.lang);
  expect(analysis.domainScore).toBeGreaterThanOrEqual(0);
  expect(analysis.domainScore).toBeLessThanOrEqual(1);
  expect(typeof analysis.timings.totalMs).toBe('number');
  expect(analysis.summary.length).toBeLessThanOrEqual(3);
  for (const entity of analysis.entities) {
    expect(entity.id.startsWith(`${entity.type}/`)).toBe(true);
    expect(entity.mentions.length).toBeGreaterThan(0);
    for (const mention of entity.mentions) expect(analysis.text.slice(mention.start, mention.end)).toBe(mention.text);
  }
  for (const quote of analysis.quotes) {
    expect(quote.end).toBeGreaterThan(quote.start);
    expect(analysis.text.slice(quote.start, quote.end)).toBe(quote.text);
  }
  expect(() => JSON.stringify(analysis)).not.toThrow();
}

describe('analyse on ordinary text', () => {
  it('finds the language, the entities, the quotes, a summary and says the article is in the domain', () => {
    const text = [
      'Al-Boukamal presque reprise',
      'L’armée syrienne et ses alliés ont progressé samedi à Al-Boukamal, reprenant le contrôle de la quasi totalité du dernier bastion urbain contrôlé par le groupe Etat islamique (EI) en Syrie, selon l’OSDH.',
      '« Les forces du régime syrien et le Hezbollah libanais ont pris samedi le contrôle de plus de 80% de Boukamal », a déclaré à l’AFP le directeur de l’Observatoire, Rami Abdel Rahmane.',
      'C’est la deuxième bataille lancée pour prendre cette ville, le dernier fief de Daech dans cette vaste région frontalière de l’Irak.',
      'Dans la province de Hama, les combats font rage entre l’armée syrienne et les terroristes du front al-Nosra.',
    ].join('\n');
    const analysis = run(text, '  Al-Boukamal presque reprise ');
    expectWellFormed(analysis);
    expect(analysis.lang).toBe('fr');
    expect(analysis.title).toBe('Al-Boukamal presque reprise');
    expect(analysis.isArticle).toBe(true);
    expect(analysis.inDomain).toBe(true);
    expect(analysis.notices).toEqual([]);
    const ids = analysis.entities.map((entity) => entity.id);
    expect(ids).toEqual(
      expect.arrayContaining(['place/abu-kamal', 'group/syrian-army', 'group/islamic-state', 'group/hezbollah']),
    );
    expect(analysis.quotes).toHaveLength(1);
    expect(analysis.summary).toHaveLength(3);
    expect(analysis.text).toBe(text);
  });

  it('reports a page that is not an article', () => {
    const analysis = analyse(
      { text: 'Daech a fui Abou Kamal vers le désert de Deir ez-Zor.', isArticle: false },
      { automaton: defaultAutomaton() },
    );
    expect(analysis.isArticle).toBe(false);
    expect(analysis.notices).toContain('not-article');
  });
});

describe('analyse on bad input never throws', () => {
  it('empty text', () => {
    for (const text of ['', '   ', '\n\n\t', '12 345 — 678 !!!']) {
      const analysis = run(text);
      expectWellFormed(analysis);
      expect(analysis.notices).toContain('empty');
      expect(analysis.entities).toEqual([]);
      expect(analysis.inDomain).toBe(false);
    }
  });

  it('text that is not a string', () => {
    for (const text of [undefined, null, 42, { text: 'x' }]) {
      const analysis = run(text);
      expectWellFormed(analysis);
      expect(analysis.notices).toContain('empty');
    }
  });

  it('binary garbage', () => {
    const bytes = new Uint8Array(200_000);
    let seed = 12345;
    for (let index = 0; index < bytes.length; index += 1) {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      bytes[index] = seed >> 16;
    }
    const text = new TextDecoder('utf-8').decode(bytes);
    const analysis = run(text);
    expectWellFormed(analysis);
    expect(analysis.inDomain).toBe(false);
    // Control characters are blanked, not removed, so offsets still line up with the input.
    expect(analysis.text.length).toBe(text.length);
    expect([...analysis.text].some((char) => char.charCodeAt(0) < 9)).toBe(false);
  });

  it('10 MB of text: analysed up to the limit, with a "truncated" notice', () => {
    const paragraph =
      'Les combattants de Daech ont fui vers Abou Kamal, selon l’OSDH, alors que l’armée syrienne avançait depuis Deir ez-Zor. ' +
      '« Nous tiendrons nos positions jusqu’au bout », a déclaré un commandant irakien à al-Qaïm.\n';
    const text = paragraph.repeat(Math.ceil(10_000_000 / paragraph.length));
    expect(text.length).toBeGreaterThanOrEqual(10_000_000);
    const analysis = run(text);
    expect(analysis.notices).toContain('truncated');
    expect(analysis.text.length).toBeLessThanOrEqual(MAX_TEXT_LENGTH);
    expect(analysis.entities.map((entity) => entity.id)).toContain('place/abu-kamal');
    expectWellFormed(analysis);
  }, 180_000);

  it('50,000 « and " characters', () => {
    for (const text of [
      '«'.repeat(50_000),
      '"'.repeat(50_000),
      'Il a dit ' + '« " '.repeat(25_000) + ' à Abou Kamal.',
      ('Daech « recule » vers "Abou Kamal" ' + '»'.repeat(10)).repeat(2_000),
    ]) {
      const analysis = run(text);
      expectWellFormed(analysis);
    }
  }, 60_000);

  it('deeply nested quotes and brackets', () => {
    const nested = 'Il a dit ' + '« selon lui '.repeat(5_000) + 'Daech a fui Abou Kamal' + ' »'.repeat(5_000) + '.';
    const analysis = run(nested);
    expectWellFormed(analysis);
    expect(analysis.entities.map((entity) => entity.id)).toContain('place/abu-kamal');
    const brackets = '('.repeat(20_000) + 'Abou Kamal' + ')'.repeat(20_000);
    expectWellFormed(run(brackets));
  }, 60_000);

  it('one enormous line without any line break', () => {
    const text = 'Daech fuit Abou Kamal selon l’OSDH. '.repeat(5_000);
    const analysis = run(text);
    expectWellFormed(analysis);
    expect(analysis.entities.find((entity) => entity.id === 'place/abu-kamal')?.mentions).toHaveLength(5_000);
  }, 60_000);

  it('right-to-left and mixed scripts, emoji and lone surrogates', () => {
    const text = 'قصف على البوكمال 🔥 selon l’OSDH \uD800 puis Abou Kamal \u202Eabc\u202C.';
    const analysis = run(text);
    expectWellFormed(analysis);
    expect(analysis.entities.find((entity) => entity.id === 'place/abu-kamal')?.mentions.length).toBe(2);
  });
});

describe('timings', () => {
  it('uses the clock it is given', () => {
    // A clock no real one could match: 1000 ms at the start, 1234.5 ms ever after. The real clock would give a
    // duration of a few ms, never exactly 234.5.
    let calls = 0;
    const now = () => (calls++ === 0 ? 1000 : 1234.5);
    const analysis = analyse(
      { text: 'Daech a fui Abou Kamal vers le désert.' },
      { automaton: defaultAutomaton(), now },
    );
    expect(calls).toBeGreaterThanOrEqual(2);
    expect(analysis.timings.totalMs).toBe(234.5);
  });
});

describe('the event card of a long text', () => {
  it('is read from the lead, where a report tells its event: a toll far below it is not the event', () => {
    const lead =
      'An air strike killed 12 civilians in Raqqa on Monday, the Syrian Observatory for Human Rights said.\n';
    const filler = 'Fighters of the Islamic State held their positions near the Syrian border with Iraq.\n'.repeat(300);
    const analysis = analyse(
      { text: `${lead}${filler}Shelling killed 40 fighters in Idlib.\n` },
      { automaton: defaultAutomaton() },
    );
    expect(analysis.event?.place?.id).toBe('place/raqqa');
    expect(analysis.event?.casualties.map((casualty) => casualty.count)).toEqual([12]);
  });
});
