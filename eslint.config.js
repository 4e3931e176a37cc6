import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';

// Each browser context imports only what belongs to it (see docs/design.md, "Layout"). The rules below compare the
// *resolved* path of every import with the folders a context may not reach (eslint-plugin-import-x's
// no-restricted-paths, as Dark Reader does), so "../../lib/knowledge/bundled", "./bundled" and a path through an
// alias all count alike. tests/unit/boundaries.test.ts proves each rule rejects a probe import.

const EXTENSION_APIS = ['./node_modules/wxt', './node_modules/webextension-polyfill', './node_modules/@wxt-dev'];
const PAGE_CONTEXTS = ['popup', 'corpus', 'options', 'offscreen'];
const entry = (name) => `./entrypoints/${name}`;

/** The zones: `target` files may not import anything under `from`. */
export const BOUNDARIES = [
  {
    target: './lib',
    from: ['./entrypoints', './components', './platform', ...EXTENSION_APIS, './node_modules/preact'],
    message:
      'lib/ is pure TypeScript shared by every context and the CLI: no extension contexts, UI, platform code, extension APIs or preact.',
  },
  {
    target: entry('content'),
    from: [
      './lib/knowledge/generated',
      './lib/corpus/bundled.json',
      './platform/corpus-store.ts',
      './components',
      './node_modules/preact',
      ...['background', ...PAGE_CONTEXTS].map(entry),
    ],
    message:
      'The content script runs in every web page: the knowledge base, the corpus and the analysis live in the background; no UI or other context.',
  },
  {
    target: ['./entrypoints', './components', './platform'],
    from: ['./lib/knowledge/bundled.ts', './lib/knowledge/data', './lib/analyse/recogniser.ts'],
    message:
      'The extension ships the knowledge base once, as knowledge.json: its contexts read it through platform/knowledge.ts (loadAutomaton), not the bundled data.',
  },
  {
    target: './platform',
    from: ['./components', './entrypoints'],
    message: 'platform/ wraps extension APIs for every context: no UI and no entry-point code.',
  },
  {
    target: './components',
    from: ['./entrypoints'],
    message: 'components/ are shared by the extension pages: no entry-point code.',
  },
  {
    target: entry('background'),
    from: ['./components', './node_modules/preact', ...['content', ...PAGE_CONTEXTS].map(entry)],
    message: 'The background has no UI and does not import other contexts.',
  },
  ...PAGE_CONTEXTS.map((page) => ({
    target: entry(page),
    from: ['content', 'background', ...PAGE_CONTEXTS.filter((other) => other !== page)].map(entry),
    message: `entrypoints/${page}/ may only import its own folder, components/, platform/ and lib/.`,
  })),
  {
    target: ['./scripts', './bin', './lib', './platform', './entrypoints', './components'],
    from: ['./tests'],
    message:
      'Code outside tests/ does not import tests: what scripts and tests share (browsers, evaluation, data sets) lives in scripts/support or scripts/evaluation.',
  },
];

export default defineConfig(
  {
    ignores: [
      '.output/**',
      '.wxt/**',
      'node_modules/**',
      'coverage/**',
      'dist/**',
      'tests/fixtures/**',
      'tests/e2e/.artifacts/**',
    ],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    files: ['**/*.js', '**/*.mjs'],
    languageOptions: {
      globals: { process: 'readonly', Buffer: 'readonly', console: 'readonly', URL: 'readonly' },
    },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['lib/**', 'entrypoints/**', 'components/**', 'platform/**', 'scripts/**', 'bin/**'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'] })],
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: BOUNDARIES }],
    },
  },
  {
    files: ['lib/**'],
    rules: {
      // WXT declares `browser` as a global for the whole project; lib/ must not use it either.
      'no-restricted-globals': [
        'error',
        { name: 'browser', message: 'lib/ is pure TypeScript: no extension APIs.' },
        { name: 'chrome', message: 'lib/ is pure TypeScript: no extension APIs.' },
      ],
    },
  },
);
