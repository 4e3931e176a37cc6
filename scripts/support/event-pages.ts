import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

// The event fixtures the end-to-end tests and the screenshots share.

const ROOT = resolve(import.meta.dirname, '../..');

/** The French fixture of air strikes on Maarat al-Numan (tests/fixtures/events), as a news page. */
export function maaratPage(): string {
  const text = readFileSync(join(ROOT, 'tests/fixtures/events/fr-maarat-frappes/page.txt'), 'utf8');
  const [title, ...paragraphs] = text.split('\n').filter((line) => line.trim());
  return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>${title}</title></head>
<body><main><article><h1>${title}</h1>
${paragraphs.map((paragraph) => `<p>${paragraph}</p>`).join('\n')}
</article></main></body></html>`;
}

// Two invented accounts of the same strikes, as other outlets might tell them: another toll, another source.
export const ACCOUNTS = [
  {
    id: 'acc-civil-defence',
    title: 'Air strikes on a Maarat al-Numan market kill 21 civilians',
    date: '2018-06-02',
    outlet: 'north-news.example',
    lang: 'en',
    text: 'Government warplanes struck a crowded market in Maarat al-Numan, in Idlib province, on Saturday, killing 21 civilians, the Syrian Civil Defence said. Rescue workers were still searching the rubble.',
  },
  {
    id: 'acc-state-media',
    title: 'Army strikes terrorist positions in Maarat al-Numan',
    date: '2018-06-03',
    outlet: 'capital-wire.example',
    lang: 'en',
    text: 'Syrian Arab Army jets struck positions of terrorists in Maarat al-Numan in Idlib countryside on Saturday, killing 14 terrorists, SANA reported. The army said the strikes targeted weapons depots.',
  },
];
