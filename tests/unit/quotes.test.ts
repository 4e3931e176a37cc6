import { describe, expect, it } from 'vitest';
import { analyse } from '../../lib/analyse/analyse';
import { defaultAutomaton } from '../../lib/analyse/recogniser';
import type { Analysis } from '../../lib/types';
import { findQuoteSpans } from '../../lib/quotes/spans';

function run(text: string): Analysis {
  return analyse({ text }, { automaton: defaultAutomaton() });
}

const quoted = (analysis: Analysis, id: string) => analysis.entities.find((entity) => entity.id === id)?.quoted;

describe('finding quoted passages', () => {
  it('finds « » and “ ” and " " quotes, without the marks and the spaces inside them', () => {
    const text =
      'Il a dit : «  Nous avons avancé de soixante-dix kilomètres  ». Puis : “We are moving towards the border.” Et "they will not stop us now".';
    const spans = findQuoteSpans(text).map((span) => text.slice(span.start, span.end));
    expect(spans).toEqual([
      'Nous avons avancé de soixante-dix kilomètres',
      'We are moving towards the border.',
      'they will not stop us now',
    ]);
  });

  it('skips names and scare quotes of one or two words', () => {
    const text = 'Les opérations « Valfajr » et les "moderate rebels" ne sont pas des citations.';
    expect(findQuoteSpans(text)).toEqual([]);
  });

  it('keeps a scare quote inside a real quote as part of it', () => {
    const text = '« Les opérations « Valfajr » continuent vers la frontière », a-t-il dit.';
    const spans = findQuoteSpans(text);
    expect(spans).toHaveLength(1);
    expect(text.slice(spans[0]!.start, spans[0]!.end)).toBe('Les opérations « Valfajr » continuent vers la frontière');
  });

  it('reads a French quote that reopens « at each paragraph as one quote', () => {
    const text =
      '« Premier paragraphe de la déclaration du ministre.\n« Second paragraphe de la même déclaration », a-t-il dit.';
    const spans = findQuoteSpans(text);
    expect(spans).toHaveLength(1);
    expect(text.slice(spans[0]!.start, spans[0]!.end)).toContain('Second paragraphe');
  });

  it('does not let a quotation mark left open swallow the rest of the article', () => {
    const text =
      'Il a parlé de « la libération de la ville.\n\nLe lendemain, les combats ont repris. Il a ajouté : « Nous tiendrons nos positions. »';
    const spans = findQuoteSpans(text).map((span) => text.slice(span.start, span.end));
    expect(spans).toContain('Nous tiendrons nos positions.');
    expect(spans.some((span) => span.includes('Le lendemain'))).toBe(false);
  });

  it('does not pair a straight quote across paragraphs', () => {
    const text =
      'He spoke of "liberation and then left.\n\nThe next day fighting resumed near the border and "nothing more" was said.';
    expect(findQuoteSpans(text).map((span) => text.slice(span.start, span.end))).toEqual([]);
  });
});

describe('who is speaking', () => {
  it('the agency spoken to ("a déclaré à l’AFP") is not the speaker', () => {
    const analysis = run(
      '« Les forces du régime syrien ont pris samedi le contrôle de plus de 80% de la ville », a déclaré à l’AFP le directeur de l’Observatoire, Karim Benali Haddad, précisant que les combats se poursuivaient.',
    );
    expect(analysis.quotes).toHaveLength(1);
    // AFP was spoken to; the director (or at least his Observatory) is who speaks.
    expect(analysis.quotes[0]!.speaker?.text).not.toBe('AFP');
    expect(['Karim Benali Haddad', 'Observatoire']).toContain(analysis.quotes[0]!.speaker?.text);
  });

  it('a known spokesman is the speaker and his entity is marked as quoted', () => {
    const analysis = run(
      '« Les forces du régime syrien ont pris samedi le contrôle de plus de 80% de Boukamal », a déclaré à l’AFP le directeur de l’Observatoire, Rami Abdel Rahmane, précisant que les combats se poursuivaient.',
    );
    expect(analysis.quotes[0]!.speaker).toEqual({ text: 'Rami Abdel Rahmane', entityId: 'source/rami-abdel-rahman' });
    expect(quoted(analysis, 'source/rami-abdel-rahman')).toBe(true);
  });

  it('a speaker named before the quote, then "Il ajoute" for the next one', () => {
    const analysis = run(
      'Un commandement irakien a déclaré: « Nous avons avancé de plus de 70 kilomètres. »\nIl ajoute : « Les terroristes fuient vers la Syrie en désordre. »',
    );
    expect(analysis.quotes.map((quote) => quote.speaker?.text)).toEqual([
      'Un commandement irakien',
      'Un commandement irakien',
    ]);
  });

  it('"he added" after an English quote refers to the previous speaker', () => {
    const analysis = run(
      '“We will not leave our homes whatever happens,” said a resident of Raqqa. “We have nowhere else to go,” he added.',
    );
    expect(analysis.quotes.map((quote) => quote.speaker?.text)).toEqual(['a resident of Raqqa', 'a resident of Raqqa']);
  });

  it('"Selon une source qui s’est confiée pour X, «…»": the unnamed source speaks, the outlet it spoke to is quoted', () => {
    const analysis = run(
      'Selon une source qui s’est confiée pour Al-Mayadeen sous le couvert de l’anonymat, « il y a une ingérence américaine flagrante qui protège Daech ».',
    );
    expect(analysis.quotes[0]!.speaker).toEqual({ text: 'une source', entityId: null });
    expect(quoted(analysis, 'source/al-mayadeen')).toBe(true);
    expect(quoted(analysis, 'group/islamic-state')).toBe(false);
  });

  it('an English statement attributed after the quote', () => {
    const analysis = run(
      '“Al-Hashd al-Shaabi repulsed an attack by ISIL in Tal Safuk region, on borders with Syria,” a statement by the PMFs media service said.',
    );
    expect(analysis.quotes).toHaveLength(1);
    expect(analysis.quotes[0]!.speaker?.text).toMatch(/PMFs media service/);
    // The group named inside the quote is not its speaker.
    expect(quoted(analysis, 'group/popular-mobilization-forces')).toBe(false);
  });

  it('a quote nobody is named for has a null speaker', () => {
    const analysis = run(
      'Les habitants parlent d’une « situation très difficile depuis des mois » dans la ville de Raqqa.',
    );
    expect(analysis.quotes).toHaveLength(1);
    expect(analysis.quotes[0]!.speaker).toBeNull();
  });

  it('quote offsets point at the quoted words in the text', () => {
    const analysis = run('Il a déclaré : « Nous tiendrons nos positions à Abou Kamal », selon l’OSDH.');
    for (const quote of analysis.quotes) expect(analysis.text.slice(quote.start, quote.end)).toBe(quote.text);
    expect(analysis.quotes[0]!.text).toBe('Nous tiendrons nos positions à Abou Kamal');
  });
});

describe('quoted sources without quotation marks', () => {
  it('"selon l’OSDH" and "rapporte l’AFP" make both quoted sources; a group fighting is not', () => {
    const analysis = run(
      'L’armée syrienne a progressé samedi à Al-Boukamal, selon l’Observatoire syrien des droits de l’Homme (OSDH), rapporte l’AFP. Le Hezbollah combat aux côtés de l’armée.',
    );
    expect(quoted(analysis, 'source/sohr')).toBe(true);
    expect(quoted(analysis, 'source/afp')).toBe(true);
    expect(quoted(analysis, 'group/hezbollah')).toBe(false);
    expect(quoted(analysis, 'place/abu-kamal')).toBe(false);
  });

  it('a group that issues a statement is quoted, whatever its type', () => {
    const analysis = run('Le Hezbollah a annoncé dimanche la prise de plusieurs positions près d’Abou Kamal.');
    expect(quoted(analysis, 'group/hezbollah')).toBe(true);
  });

  it('"L’agence syrienne Sana a pour sa part indiqué que…" makes Sana a quoted source', () => {
    const analysis = run(
      'L’agence syrienne Sana a pour sa part indiqué que l’aviation syrienne escorte la progression des forces sur le terrain.',
    );
    expect(quoted(analysis, 'source/sana')).toBe(true);
  });
});
