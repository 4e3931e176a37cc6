/**
 * Build-time generator of the first-name lexicon the recogniser uses to find people the knowledge base does not
 * know (lib/recognise/open-persons.ts).
 *
 * Reads the first-name lists of the `gender-detection-from-name` npm package (MIT; registers of given names in
 * English-, French-, German-, Spanish-, Italian- and Turkish-speaking countries, which include the Arabic names
 * common there: Mohammed, Anas, Fatima, Karim…) and keeps the names found in at least two of its lists, which
 * drops the one-off spellings of a single register. Month and weekday names go. A name that is also an ordinary
 * English or French word ("Will", "Hope", "Ash") is written to `alsoWords`: it only counts as a first name when
 * another capitalised name follows it. Same package in, same bytes out.
 *
 * Usage: npx tsx scripts/build-given-names.ts
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import englishWordsPath from 'word-list';
import { isCalendarWord } from '../lib/text/calendar';

const require = createRequire(import.meta.url);
const root = resolve(import.meta.dirname, '..');
const packageDir = dirname(require.resolve('gender-detection-from-name/package.json'));
const outputPath = resolve(root, 'lib/knowledge/generated/given-names.json');
const MIN_LISTS = 2;

const plain = (word: string) => word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

const lists = readdirSync(join(packageDir, 'names'))
  .filter((file) => file.endsWith('.js'))
  .map(
    (file) =>
      new Set(
        [...readFileSync(join(packageDir, 'names', file), 'utf8').matchAll(/\[\s*'([^']+)'/g)].map((match) =>
          plain(match[1]!),
        ),
      ),
  );
const counts = new Map<string, number>();
for (const list of lists) for (const name of list) counts.set(name, (counts.get(name) ?? 0) + 1);

const ordinary = new Set<string>();
const frenchWords: string[] = require('an-array-of-french-words/index.json');
for (const word of [...readFileSync(englishWordsPath, 'utf8').split('\n'), ...frenchWords]) {
  if (/^[\p{Ll}'’-]+$/u.test(word)) ordinary.add(plain(word));
}

const names: string[] = [];
const alsoWords: string[] = [];
for (const [name, count] of [...counts.entries()].sort((a, b) => a[0].localeCompare(b[0]))) {
  if (count < MIN_LISTS || name.length < 3 || !/^[a-z]+(?:-[a-z]+)?$/.test(name) || isCalendarWord(name)) continue;
  (ordinary.has(name) ? alsoWords : names).push(name);
}
writeFileSync(outputPath, `${JSON.stringify({ names, alsoWords })}\n`);
console.log(`given-names.json: ${names.length} names, ${alsoWords.length} that are also ordinary words`);
