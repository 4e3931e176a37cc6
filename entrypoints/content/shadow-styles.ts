import highlightStyles from '../../lib/highlight/highlights.css?inline';

// ::highlight() rules only apply inside the tree scope that holds them: an article inside an open shadow root needs
// Repère's highlight colours in that root too. They are adopted as a constructed style sheet (no element is added);
// where that is refused, a <style> element carries them.

const styled = new WeakSet<ShadowRoot>();

export function styleShadowRoots(nodes: Iterable<Node>): void {
  for (const node of nodes) {
    const root = node.getRootNode();
    if (!(root instanceof ShadowRoot) || styled.has(root)) continue;
    styled.add(root);
    try {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(highlightStyles);
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    } catch {
      const style = root.ownerDocument.createElement('style');
      style.textContent = highlightStyles;
      root.append(style);
    }
  }
}
