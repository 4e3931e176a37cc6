// Writes or raises tests/fixtures/pages/<page>/floors.json from the page's scores now (see scripts/evaluation/page-floors.ts):
// a floor only goes up, a ceiling only down. Prints what changed.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { evaluateFolder, FIXTURE_SETS } from './evaluation/evaluate';
import { belowFloors, floorsOf, raiseFloors, type PageFloors } from './evaluation/page-floors';

for (const name of readdirSync(FIXTURE_SETS.pages).sort()) {
  const dir = join(FIXTURE_SETS.pages, name);
  if (!existsSync(join(dir, 'expected.json'))) continue;
  const file = join(dir, 'floors.json');
  const old = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as PageFloors) : null;
  const scores = evaluateFolder(dir);
  const worse = old ? belowFloors(scores, old) : [];
  if (worse.length > 0) console.log(`${name}: below its floors (kept): ${worse.join('; ')}`);
  const next = `${JSON.stringify(raiseFloors(old, floorsOf(scores)), null, 2)}\n`;
  if (old && next === readFileSync(file, 'utf8')) continue;
  writeFileSync(file, next);
  console.log(`${name}: ${old ? 'raised' : 'written'}`);
}
