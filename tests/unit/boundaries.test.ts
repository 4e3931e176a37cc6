import { resolve } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// Each boundary of eslint.config.js rejects a probe import, written the way a hurried change would write it, and the
// same import is allowed where it belongs. The probe files do not exist: ESLint lints the text as if it were there.

const ROOT = resolve(import.meta.dirname, '../..');
const eslint = new ESLint({ cwd: ROOT });

async function boundaryErrors(file: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${source}\nexport const probe = 1;\n`, { filePath: resolve(ROOT, file) });
  return result!.messages
    .filter((message) => message.ruleId === 'import-x/no-restricted-paths')
    .map((message) => message.message);
}

const REJECTED: [string, string, string, RegExp][] = [
  [
    'content script ← knowledge data',
    'entrypoints/content/probe.ts',
    "import places from '../../lib/knowledge/data/places.json';",
    /knowledge\.json/,
  ],
  [
    'content script ← bundled knowledge',
    'entrypoints/content/probe.ts',
    "import { knowledgeEntities } from '../../lib/knowledge/bundled';",
    /knowledge\.json/,
  ],
  [
    'background ← bundled automaton',
    'entrypoints/background/probe.ts',
    "import { defaultAutomaton } from '../../lib/analyse/recogniser';",
    /knowledge\.json/,
  ],
  [
    'corpus page ← bundled knowledge',
    'entrypoints/corpus/library/probe.ts',
    "import { knowledgeEntities } from '../../../lib/knowledge/bundled';",
    /knowledge\.json/,
  ],
  [
    'content script ← corpus store',
    'entrypoints/content/probe.ts',
    "import { putEntries } from '../../platform/corpus-store';",
    /content script/,
  ],
  ['content script ← popup', 'entrypoints/content/probe.ts', "import { App } from '../popup/App';", /content script/],
  [
    'content script ← components',
    'entrypoints/content/probe.ts',
    "import { Legend } from '../../components/Legend';",
    /content script/,
  ],
  ['lib ← entrypoints', 'lib/probe.ts', "import { PageSession } from '../entrypoints/content/page-session';", /lib\//],
  ['lib ← platform', 'lib/text/probe.ts', "import { loadSettings } from '../../platform/settings-store';", /lib\//],
  ['lib ← wxt/browser', 'lib/probe.ts', "import { browser } from 'wxt/browser';", /lib\//],
  ['lib ← webextension-polyfill', 'lib/probe.ts', "import browser from 'webextension-polyfill';", /lib\//],
  ['lib ← preact', 'lib/probe.ts', "import { h } from 'preact';", /lib\//],
  ['platform ← components', 'platform/probe.ts', "import { Legend } from '../components/Legend';", /platform\//],
  ['platform ← entrypoints', 'platform/probe.ts', "import { App } from '../entrypoints/popup/App';", /platform\//],
  [
    'background ← components',
    'entrypoints/background/probe.ts',
    "import { Legend } from '../../components/Legend';",
    /background/,
  ],
  ['popup ← corpus page', 'entrypoints/popup/probe.ts', "import { Library } from '../corpus/Library';", /popup/],
  [
    'components ← entrypoints',
    'components/probe.ts',
    "import { App } from '../entrypoints/popup/App';",
    /components\//,
  ],
  [
    'scripts ← tests',
    'scripts/probe.ts',
    "import { readProbe } from '../tests/e2e/support/probed-page';",
    /Code outside tests/,
  ],
];

describe('context boundaries, by resolved path', () => {
  it.each(REJECTED)('rejects %s', async (_name, file, source, message) => {
    const errors = await boundaryErrors(file, source);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(message);
  });

  it('allows the same imports where they belong', async () => {
    expect(
      await boundaryErrors(
        'entrypoints/background/probe.ts',
        "import { loadAutomaton } from '../../platform/knowledge';",
      ),
    ).toEqual([]);
    expect(
      await boundaryErrors(
        'entrypoints/content/probe.ts',
        "import { extractArticle } from '../../lib/article/extract';",
      ),
    ).toEqual([]);
    expect(
      await boundaryErrors('entrypoints/popup/probe.ts', "import { Legend } from '../../components/Legend';"),
    ).toEqual([]);
    expect(await boundaryErrors('platform/probe.ts', "import { browser } from 'wxt/browser';")).toEqual([]);
    expect(
      await boundaryErrors('tests/unit/probe.ts', "import { evaluate } from '../../scripts/evaluation/evaluate';"),
    ).toEqual([]);
  });
});
