import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

// Each browser context imports only what belongs to it (see docs/design.md, "Layout"): lib/ is pure TypeScript
// shared by every context and the CLI, the content script runs inside web pages and must not drag the UI along,
// and the extension pages do not reach into each other's folders. Patterns are gitignore-style and match the
// import specifier as written, so both the "**/x/**" and the relative "../x/*" spellings are listed.

const EXTENSION_APIS = [
  { group: ['wxt', 'wxt/*', 'wxt/**', '\\#imports'], message: 'lib/ is pure TypeScript: no WXT or extension APIs.' },
  {
    group: ['webextension-polyfill', '@wxt-dev/*', 'webextension-polyfill/*'],
    message: 'lib/ is pure TypeScript: no extension APIs.',
  },
];

/** Restricts imports of the given folders (paths relative to the repo root, e.g. "entrypoints/popup"). */
function folders(names, message) {
  return names.map((name) => {
    const last = name.split('/').at(-1);
    return {
      group: [`**/${name}`, `**/${name}/**`, `../${last}`, `../${last}/**`, `./${last}`, `./${last}/**`],
      message,
    };
  });
}

const PAGE_CONTEXTS = ['popup', 'corpus', 'options'];

function restrict(patterns) {
  return { 'no-restricted-imports': ['error', { patterns }] };
}

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
    files: ['lib/**'],
    rules: {
      ...restrict([
        ...folders(
          ['entrypoints', 'components', 'platform'],
          'lib/ may not import extension contexts, UI or platform code.',
        ),
        ...EXTENSION_APIS,
      ]),
      // WXT declares `browser` as a global for the whole project; lib/ must not use it either.
      'no-restricted-globals': [
        'error',
        { name: 'browser', message: 'lib/ is pure TypeScript: no extension APIs.' },
        { name: 'chrome', message: 'lib/ is pure TypeScript: no extension APIs.' },
      ],
    },
  },
  {
    files: ['entrypoints/content/**'],
    rules: restrict([
      ...folders(['components'], 'The content script runs in web pages: no extension-page UI.'),
      ...folders(
        PAGE_CONTEXTS.map((page) => `entrypoints/${page}`),
        'The content script may not import extension pages.',
      ),
      ...folders(['entrypoints/background'], 'The content script may not import the background script.'),
    ]),
  },
  ...PAGE_CONTEXTS.map((page) => ({
    files: [`entrypoints/${page}/**`],
    rules: restrict(
      folders(
        ['content', ...PAGE_CONTEXTS.filter((other) => other !== page), 'background'].map(
          (other) => `entrypoints/${other}`,
        ),
        `entrypoints/${page}/ may only import its own folder, components/, platform/ and lib/.`,
      ),
    ),
  })),
  {
    files: ['entrypoints/background.ts'],
    rules: restrict([
      ...folders(['components'], 'The background script has no UI.'),
      ...folders(
        ['content', ...PAGE_CONTEXTS].map((other) => `entrypoints/${other}`),
        'The background script may not import other contexts.',
      ),
    ]),
  },
  {
    files: ['components/**'],
    rules: restrict(folders(['entrypoints'], 'components/ are shared by the extension pages: no entry-point code.')),
  },
);
