// Copies the default local corpus (../shared/corpus) into the extension's sources as lib/corpus/bundled.json.
// The five articles ship with the extension; their file stems stay their permanent entry ids.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { detectLanguage } from '../lib/language/detect';
import { titleOf } from '../lib/corpus/title';

const corpusDir = resolve(process.argv[2] ?? '../shared/corpus');
const entries = readdirSync(corpusDir)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => {
    const text = readFileSync(join(corpusDir, name), 'utf8').replace(/\r\n?/g, '\n');
    return { id: basename(name, '.txt'), title: titleOf(text), lang: detectLanguage(text), text };
  });
writeFileSync('lib/corpus/bundled.json', `${JSON.stringify(entries, null, 2)}\n`);
console.log(`bundled ${entries.length} corpus entries from ${corpusDir}`);
