// `npm run eval`: precision / recall / F1 per type, quotes and speakers, domain and corpus-match accuracy on the
// annotated fixtures; the event card against FA-KES's event annotations. `--failures` lists every miss and every extra.
import { evaluate, formatScores } from './evaluation/evaluate';
import { evaluateRe3dQuotes, formatRe3dQuotes } from './evaluation/re3d-quotes';
import { evaluateEvents, formatEventScores } from './evaluation/fakes-events';

for (const set of ['pages', 'fakes'] as const) {
  const scores = evaluate([set]);
  console.log(
    `${formatScores(set === 'pages' ? 'Corpus news pages (fr/en)' : 'FA-KES development articles (en)', scores)}\n`,
  );
  if (process.argv.includes('--failures')) console.log(`${scores.failures.join('\n')}\n`);
}

// Outside gold: re3d (entities), annotated by others on documents nobody tuned for.
{
  const { evaluateRe3d, formatRe3d } = await import('./evaluation/re3d-entities');
  console.log(`${formatRe3d(evaluateRe3d(), process.argv.includes('--failures') ? 60 : 12)}\n`);
}

// Outside gold that nobody tuned against: its misses are always listed, they are what to look at next.
const re3dQuotes = evaluateRe3dQuotes();
console.log(`${formatRe3dQuotes(re3dQuotes)}\n${re3dQuotes.failures.map((line) => `  ${line}`).join('\n')}\n`);

// The event card against FA-KES's own event annotations (governorate, cause, actor class, killed counts).
console.log(`${formatEventScores(evaluateEvents())}\n`);
