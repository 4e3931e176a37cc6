import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { knowledgeEntities } from './lib/knowledge/bundled';
import { KNOWLEDGE_FILE } from './platform/knowledge';

// The Firefox add-on id is fixed so that tests can pin its moz-extension UUID.
export const GECKO_ID = 'repere@repere.example';

export default defineConfig({
  // A separate output folder lets several builds (and their end-to-end runs) live side by side.
  outDir: process.env.REPERE_OUT_DIR ?? '.output',
  modules: ['@wxt-dev/webextension-polyfill'],
  // Large JSON (the knowledge base) is emitted as JSON.parse('…'), which engines parse faster than object literals.
  vite: () => ({ plugins: [preact()], json: { stringify: true } }),
  // The knowledge base ships once, as one JSON file that every extension context reads (platform/knowledge.ts):
  // derived from lib/knowledge at build time, never committed.
  hooks: {
    'build:publicAssets': (_wxt, files) => {
      files.push({ relativeDest: KNOWLEDGE_FILE, contents: JSON.stringify(knowledgeEntities()) });
    },
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extensionName__',
    description: '__MSG_extensionDescription__',
    default_locale: 'en',
    // contextMenus: the page's "Add to the Repère corpus" item (Firefox accepts this name for its menus API).
    // offscreen (Chrome): the document whose worker analyses the pages (entrypoints/background/analysis-host.ts).
    permissions: ['storage', 'contextMenus', ...(browser === 'firefox' ? [] : ['offscreen'])],
    action: { default_title: '__MSG_actionTitle__' },
    // Alt+Shift+R turns the highlights on or off everywhere (the same setting as the options page).
    commands: {
      'toggle-highlights': {
        suggested_key: { default: 'Alt+Shift+R' },
        description: '__MSG_commandToggleHighlights__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: GECKO_ID,
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
