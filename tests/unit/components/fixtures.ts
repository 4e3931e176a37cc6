import type { Analysis } from '../../../lib/types';

export const analysis: Analysis = {
  schema: 'repere.analysis/1',
  lang: 'fr',
  isArticle: true,
  inDomain: true,
  domainScore: 0.9,
  title: 'Combats à Abou Kamal',
  text: 'Des combats ont eu lieu à Abou Kamal, près d’al-Qaïm. '.repeat(60),
  entities: [
    {
      id: 'place/abu-kamal',
      type: 'place',
      kind: 'city',
      name: 'Abou Kamal',
      quoted: false,
      mentions: [
        { start: 26, end: 36, text: 'Abou Kamal' },
        { start: 90, end: 100, text: 'Abou Kamal' },
      ],
    },
    {
      id: 'place/al-qaim',
      type: 'place',
      kind: 'town',
      name: 'al-Qaïm',
      quoted: false,
      mentions: [{ start: 45, end: 52, text: 'al-Qaïm' }],
    },
    {
      id: 'group/hezbollah',
      type: 'group',
      kind: 'militia',
      name: 'Hezbollah',
      quoted: false,
      mentions: [{ start: 120, end: 129, text: 'Hezbollah' }],
    },
    {
      id: 'source/ofdh',
      type: 'source',
      kind: 'monitor',
      name: 'OSDH',
      quoted: true,
      mentions: [{ start: 140, end: 144, text: 'OSDH' }],
    },
  ],
  quotes: [
    { start: 150, end: 180, text: 'Les combats continuent', speaker: { text: 'Rami Abdel Rahmane', entityId: null } },
    { start: 200, end: 230, text: 'Nous avons repris la ville', speaker: null },
  ],
  summary: ['Première phrase.', 'Deuxième phrase.', 'Troisième phrase.'],
  digest: '',
  anonymousSources: [],
  matches: [
    {
      id: '001_5554a87f2ba7b6ff',
      title: 'Fighting in Albu Kamal',
      lang: 'en',
      score: 0.62,
      shared: ['place/abu-kamal', 'group/hezbollah'],
    },
  ],
  timings: { totalMs: 3 },
  notices: [],
  domain: { density: 4.2, distinctPlaces: 2, distinctGroups: 1, conflictDensity: 3.1, corpusSimilarity: null },
  event: null,
};
