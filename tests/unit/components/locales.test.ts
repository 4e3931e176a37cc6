import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MESSAGES } from '../../../components/StatusNotice';
import { TYPE_HEADINGS } from '../../../components/type-headings';
import { CASUALTY_STATUSES, EVENT_KINDS, VICTIM_CLASSES } from '../../../lib/event/kinds';
import { localeKeys, missingKeys } from './dom';

const ROOT = resolve(import.meta.dirname, '../../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.(tsx?|html)$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));
}

// The values a key built from data can take, for each `t(\`prefix_${…}\`)` of the interface.
const importProblems = [
  ...readFileSync(join(ROOT, 'lib/corpus/import.ts'), 'utf8').matchAll(/new ImportError\([^,]+, '(\w+)'/g),
].map((match) => match[1]!);
const TEMPLATE_VALUES: Record<string, readonly string[]> = {
  lang_: ['fr', 'en', 'und'],
  origin_: ['bundled', 'saved', 'imported'],
  importError_: importProblems,
  accountField_: ['casualties', 'actors', 'kind', 'date', 'place'],
};
// The event card's values, from the lists the card itself is typed by.
const EVENT_KEYS = EVENT_KINDS.map((kind) => `eventKind_${kind.replace('-', '_')}`);
const CASUALTIES = CASUALTY_STATUSES.flatMap((status) =>
  VICTIM_CLASSES.map((victims) => `casualty_${status}_${victims}`),
);
// Keys passed through a variable, by the expression the code passes.
const INDIRECT: Record<string, readonly string[]> = {
  '`casualty_${casualty.status}_${casualty.victims}`': CASUALTIES,
  "`eventKind_${event.kind.replace('-'": EVENT_KEYS,
  "`eventKind_${event!.kind.replace('-'": EVENT_KEYS,
  "`eventKind_${kind.replace('-'": EVENT_KEYS,
  'TYPE_HEADINGS[type]': Object.values(TYPE_HEADINGS),
  heading: Object.values(TYPE_HEADINGS),
  'MESSAGES[state]': Object.values(MESSAGES),
};

/**
 * Every key the interface asks for: the first argument of each t() call (literals, both sides of a ternary,
 * templates expanded with TEMPLATE_VALUES, variables through INDIRECT) and the manifest's __MSG_…__ names.
 * An argument of another shape is returned as `?expression`, so that a new kind of call cannot go unchecked.
 */
function calledKeys(): Set<string> {
  const keys = new Set<string>();
  const files = [...['entrypoints', 'components', 'platform'].flatMap(sourceFiles), join(ROOT, 'wxt.config.ts')];
  for (const file of files) {
    const source = readFileSync(file, 'utf8');
    for (const match of source.matchAll(/__MSG_(\w+)__/g)) keys.add(match[1]!);
    for (const match of source.matchAll(/(?<![\w.])t\(([^,)]+)/g)) {
      const argument = match[1]!.trim();
      if (file.endsWith('i18n.ts') && argument.startsWith('key:')) continue; // the definition of t itself
      // In `cond === 'x' ? 'a' : 'b'` the keys are the branches, not the compared value.
      const branches = argument.includes('?') ? argument.slice(argument.indexOf('?')) : argument;
      const literals = [...branches.matchAll(/'(\w+)'/g)].map((literal) => literal[1]!);
      const template = /^`(\w+)\$\{[^}]+\}`$/.exec(argument);
      if (template) {
        const values = TEMPLATE_VALUES[template[1]!];
        if (!values) keys.add(`?${argument}`);
        for (const value of values ?? []) keys.add(`${template[1]}${value}`);
      } else if (INDIRECT[argument]) {
        for (const key of INDIRECT[argument]) keys.add(key);
      } else if (literals.length > 0 && /^[\w\s.=!?:'"<>]+$/.test(argument)) {
        for (const literal of literals) keys.add(literal);
      } else {
        keys.add(`?${argument}`);
      }
    }
  }
  return keys;
}

describe('interface languages', () => {
  it('has every string of the interface in both French and English', () => {
    expect(missingKeys()).toEqual([]);
  });

  it('has a string in both languages for every key the code asks for', () => {
    const called = [...calledKeys()];
    // The scan finds the interface's calls: dozens of keys, among them ones of each kind.
    expect(called.length).toBeGreaterThan(40);
    expect(called).toEqual(expect.arrayContaining(['corpusTitle', 'lang_fr', 'importError_json', 'statusError']));
    const missing = (lang: 'en' | 'fr') => called.filter((key) => !localeKeys(lang).has(key)).sort();
    expect(missing('en')).toEqual([]);
    expect(missing('fr')).toEqual([]);
  });
});
