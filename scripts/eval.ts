// `npm run eval`: precision / recall / F1 per type, quotes and speakers, domain and corpus-match accuracy on the
// annotated fixtures; the event card against FA-KES's event annotations. `--failures` lists every miss and every extra.
import { evaluate, formatScores } from '../tests/eval/evaluate';
import { evaluateEvents, formatEventScores } from '../tests/eval/fakes-events';

for (const set of ['pages', 'fakes'] as const) {
  const scores = evaluate([set]);
  console.log(
    `${formatScores(set === 'pages' ? 'Corpus news pages (fr/en)' : 'FA-KES development articles (en)', scores)}\n`,
  );
  if (process.argv.includes('--failures')) console.log(`${scores.failures.join('\n')}\n`);
}

// The event card against FA-KES's own event annotations (governorate, cause, actor class, killed counts).
console.log(`${formatEventScores(evaluateEvents())}\n`);
