import { parseHTML } from 'linkedom';
import { readFileSync } from 'node:fs';
import { render, type ComponentChild } from 'preact';
import { act } from 'preact/test-utils';

// A DOM for Preact components in vitest, from linkedom (already a dependency): no jsdom or happy-dom needed.

const { window, document } = parseHTML('<!doctype html><html><head></head><body></body></html>');
const globals = globalThis as unknown as Record<string, unknown>;
for (const name of ['window', 'document', 'Node', 'Element', 'HTMLElement', 'Event', 'SVGElement', 'Text'])
  globals[name] ??= (window as unknown as Record<string, unknown>)[name] ?? (name === 'window' ? window : undefined);
globals.document = document;
// Extension pages read their query string (popup.html?tabId=N); tests set it through this object.
globals.location ??= { search: '', href: 'chrome-extension://test/page.html' };

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const messages: Record<string, Messages> = {
  en: JSON.parse(
    readFileSync(new URL('../../../public/_locales/en/messages.json', import.meta.url), 'utf8'),
  ) as Messages,
  fr: JSON.parse(
    readFileSync(new URL('../../../public/_locales/fr/messages.json', import.meta.url), 'utf8'),
  ) as Messages,
};

/** The UI language `browser.i18n` answers with in these tests. */
export const locale = { current: 'en' as 'en' | 'fr' };

/** What the components see as `browser` (see the vi.mock of 'wxt/browser' in each test file). */
export const fakeBrowser = {
  i18n: {
    getMessage: (key: string, substitutions?: string[]) => {
      const entry = messages[locale.current]![key];
      // Named placeholders ($COUNT$ → "$1") first, then positional substitutions, as browser.i18n does.
      const message = (entry?.message ?? '').replace(
        /\$([A-Za-z_]+)\$/g,
        (_, name: string) => entry?.placeholders?.[name.toLowerCase()]?.content ?? '',
      );
      return message.replace(/\$(\d)/g, (_, n: string) => substitutions?.[Number(n) - 1] ?? '');
    },
    getUILanguage: () => locale.current,
  },
  runtime: { getURL: (path: string) => `chrome-extension://test${path}` },
};

/** Renders a component into a fresh container and returns it. */
export function mount(node: ComponentChild): HTMLElement {
  const container = document.createElement('div');
  document.body.append(container);
  act(() => render(node, container));
  return container as unknown as HTMLElement;
}

export function all(root: ParentNode, selector: string): Element[] {
  return Array.from(root.querySelectorAll(selector));
}

/** The message keys of a locale. */
export function localeKeys(lang: 'en' | 'fr'): Set<string> {
  return new Set(Object.keys(messages[lang]!));
}

/** Keys of one locale that the other lacks, as `lang:key` (a reader would see the raw key there). */
export function missingKeys(): string[] {
  const keys = (lang: string) => new Set(Object.keys(messages[lang]!));
  const [en, fr] = [keys('en'), keys('fr')];
  return [
    ...[...en].filter((key) => !fr.has(key)).map((key) => `fr:${key}`),
    ...[...fr].filter((key) => !en.has(key)).map((key) => `en:${key}`),
  ];
}

export { act };
