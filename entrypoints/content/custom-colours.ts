import { DEFAULT_COLOURS, highlightCss, type Settings } from '../../lib/settings';

// The reader's own highlight colours, when they changed them in the options: a constructed style sheet adopted by
// the document (no element is added to the page, and a page CSP on <style> does not apply to it). With the
// default colours nothing is added: the manifest's style sheet already paints them.

let sheet: CSSStyleSheet | null = null;

function isDefault(settings: Pick<Settings, 'colours'>): boolean {
  return Object.entries(DEFAULT_COLOURS).every(
    ([type, colour]) => settings.colours[type as keyof typeof DEFAULT_COLOURS] === colour,
  );
}

export function applyReaderColours(document: Document, settings: Pick<Settings, 'colours'>): void {
  try {
    if (isDefault(settings)) {
      if (sheet) sheet.replaceSync('');
      return;
    }
    if (!sheet) {
      sheet = new CSSStyleSheet();
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    }
    sheet.replaceSync(highlightCss(settings));
  } catch {
    // A page that forbids adopted style sheets keeps the default colours: still legible, never broken.
  }
}
