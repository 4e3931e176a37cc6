import { DEFAULT_COLOURS, highlightCss, type Settings } from '../settings';

// The reader's own highlight colours, when they changed them in the options: a constructed style sheet adopted by
// the document (no element is added to the page, and a page CSP on <style> does not apply to it). With the
// default colours nothing is added: the extension's own style sheet (highlights.css) already paints them.

/** One constructed sheet a document (the page, or the corpus page of the extension). */
const sheets = new WeakMap<Document, CSSStyleSheet>();

function isDefault(settings: Pick<Settings, 'colours'>): boolean {
  return Object.entries(DEFAULT_COLOURS).every(
    ([type, colour]) => settings.colours[type as keyof typeof DEFAULT_COLOURS] === colour,
  );
}

export function applyReaderColours(document: Document, settings: Pick<Settings, 'colours'>): void {
  try {
    let sheet = sheets.get(document);
    if (isDefault(settings)) {
      sheet?.replaceSync('');
      return;
    }
    if (!sheet) {
      sheet = new CSSStyleSheet();
      sheets.set(document, sheet);
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    }
    sheet.replaceSync(highlightCss(settings));
  } catch {
    // A page that forbids adopted style sheets keeps the default colours: still legible, never broken.
  }
}
