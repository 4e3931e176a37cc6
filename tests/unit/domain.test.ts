import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { analyse } from '../../lib/analyse/analyse';
import { defaultAutomaton } from '../../lib/analyse/recogniser';
import { extractArticle } from '../../lib/article/extract';
import { domainEvidence, DOMAIN_THRESHOLD } from '../../lib/domain/domain';
import type { RecognisedMention } from '../../lib/recognise/recognise';
import type { KnowledgeEntity } from '../../lib/knowledge/schema';

const CORPUS = resolve(__dirname, '../../../shared/corpus');
const PAGES = resolve(__dirname, '../fixtures/pages');

function place(slug: string, country: string, kind: 'city' | 'country' = 'city'): KnowledgeEntity {
  return {
    id: `place/${slug}`,
    type: 'place',
    kind,
    country,
    coordinates: [0, 0],
    name: { fr: slug, en: slug },
    aliases: { fr: [], en: [], ar: [], translit: [] },
    guarded: [],
    description: { fr: slug, en: slug },
  };
}
function group(slug: string): KnowledgeEntity {
  return {
    id: `group/${slug}`,
    type: 'group',
    kind: 'militia',
    country: 'SY',
    name: { fr: slug, en: slug },
    aliases: { fr: [], en: [], ar: [], translit: [] },
    guarded: [],
    description: { fr: slug, en: slug },
  };
}
const mention = (entity: KnowledgeEntity): RecognisedMention => ({ start: 0, end: 1, text: 'x', entity });

describe('domainEvidence', () => {
  it('is zero for a text that names nothing', () => {
    expect(domainEvidence([], 500, 0)).toMatchObject({
      score: 0,
      inDomain: false,
      distinctPlaces: 0,
      distinctGroups: 0,
    });
    expect(domainEvidence([], 0, 0).score).toBe(0);
  });

  it('a short dispatch full of towns and armed groups of Syria and Iraq is in the domain', () => {
    const mentions = [
      place('abu-kamal', 'SY'),
      place('al-qaim', 'IQ'),
      place('deir-ez-zor', 'SY'),
      group('hezbollah'),
      group('islamic-state'),
    ].map(mention);
    const evidence = domainEvidence(mentions, 120, 6);
    expect(evidence.inDomain).toBe(true);
    expect(evidence.distinctPlaces).toBe(3);
    expect(evidence.distinctGroups).toBe(2);
  });

  it('names of the region without words of fighting are near the subject, not in it (oil exports, cabinet talks)', () => {
    const mentions = [place('basra', 'IQ'), place('kirkuk', 'IQ'), place('baghdad', 'IQ'), place('erbil', 'IQ')].map(
      mention,
    );
    const atPeace = domainEvidence(mentions, 120, 0);
    expect(atPeace.inDomain).toBe(false);
    expect(atPeace.conflictDensity).toBe(0);
    expect(domainEvidence(mentions, 120, 6).inDomain).toBe(true);
  });

  it('a long article that names Syria once in passing is not', () => {
    const evidence = domainEvidence([mention(place('syria', 'SY', 'country'))], 1500, 30);
    expect(evidence.inDomain).toBe(false);
    expect(evidence.score).toBeLessThan(DOMAIN_THRESHOLD);
  });

  it('places far from the region do not count', () => {
    const paris = place('paris', 'FR');
    const evidence = domainEvidence([paris, paris, paris, place('lyon', 'FR')].map(mention), 100, 5);
    expect(evidence.score).toBe(0);
    expect(evidence.distinctPlaces).toBe(0);
  });

  it('more names of the region give a higher score, never above 1', () => {
    const few = domainEvidence([mention(place('raqqa', 'SY'))], 300, 10).score;
    const more = domainEvidence(
      [place('raqqa', 'SY'), place('manbij', 'SY'), group('sdf'), group('islamic-state')].map(mention),
      300,
      10,
    ).score;
    expect(more).toBeGreaterThan(few);
    const saturated = domainEvidence(
      Array.from({ length: 200 }, (_, index) => mention(place(`p${index}`, 'SY'))),
      100,
      10,
    );
    expect(saturated.score).toBeLessThanOrEqual(1);
  });
});

describe('in the domain or not, on real text', () => {
  it('every corpus article is about the war in Syria and Iraq', () => {
    const files = readdirSync(CORPUS).filter((name) => name.endsWith('.txt'));
    expect(files).toHaveLength(5);
    for (const file of files) {
      const analysis = analyse(
        { text: readFileSync(resolve(CORPUS, file), 'utf8') },
        { automaton: defaultAutomaton() },
      );
      expect(analysis.inDomain, file).toBe(true);
      expect(analysis.domainScore, file).toBeGreaterThanOrEqual(DOMAIN_THRESHOLD);
      expect(analysis.notices, file).not.toContain('off-topic');
    }
  });

  it('a sports article and an economy article are not, and say so', () => {
    const texts = [
      'Le Paris Saint-Germain a battu Marseille trois buts à un dimanche soir au Parc des Princes, devant quarante-cinq mille spectateurs. ' +
        'L’entraîneur a salué la performance de ses joueurs, en particulier celle du gardien, auteur de plusieurs arrêts décisifs. ' +
        'Le club reste en tête du championnat avec cinq points d’avance sur Lyon avant la trêve internationale.',
      'Shares in European banks rose on Tuesday after the central bank left interest rates unchanged and signalled that inflation was slowing. ' +
        'Analysts said the decision was widely expected, although some had hoped for a clearer signal about cuts next year. ' +
        'Oil prices were little changed, and the euro gained slightly against the dollar in afternoon trading in London.',
    ];
    for (const text of texts) {
      const analysis = analyse({ text }, { automaton: defaultAutomaton() });
      expect(analysis.inDomain).toBe(false);
      expect(analysis.notices).toContain('off-topic');
    }
  });

  it('an article in an unsupported language is never in the domain', () => {
    const text =
      'Die syrische Armee hat am Samstag die Stadt Abu Kamal an der Grenze zum Irak fast vollständig eingenommen, berichtete die Beobachtungsstelle. ' +
      'Die Kämpfe mit dem Islamischen Staat dauern in den östlichen Vierteln der Stadt weiter an, während die Hisbollah vorrückt.';
    const analysis = analyse({ text }, { automaton: defaultAutomaton() });
    expect(analysis.lang).toBe('und');
    expect(analysis.inDomain).toBe(false);
    expect(analysis.notices).toContain('unsupported-language');
  });

  it.runIf(existsSync(PAGES))(
    'the "quiet" fixture pages are left unmarked: not an article, or not about the war',
    () => {
      const quiet = readdirSync(PAGES).filter((name) => name.startsWith('quiet-'));
      expect(quiet.length).toBeGreaterThan(0);
      for (const name of quiet) {
        const html = readFileSync(resolve(PAGES, name, 'page.html'), 'utf8');
        const article = extractArticle(parseHTML(html).document as unknown as Document);
        const analysis = analyse(
          { text: article.text, title: article.title, isArticle: article.isArticle },
          { automaton: defaultAutomaton() },
        );
        // This is the content script's rule for painting a page.
        expect(article.isArticle && analysis.inDomain, name).toBe(false);
      }
    },
  );
});
