// Where Repère never reads or paints: code, editable fields, scripts and styles, SVG and MathML text.
const SKIPPED_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'TEXTAREA',
  'INPUT',
  'SELECT',
  'OPTION',
  'BUTTON',
  'CODE',
  'PRE',
  'KBD',
  'SAMP',
  'SVG',
  'MATH',
  'IFRAME',
  'OBJECT',
  'CANVAS',
  'VIDEO',
  'AUDIO',
]);
export const BLOCK_TAGS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BR',
  'DD',
  'DETAILS',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TD',
  'TH',
  'TR',
  'UL',
  'BODY',
  'HTML',
]);
const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

export function isSkippedElement(element: Element): boolean {
  if (SKIPPED_TAGS.has(element.tagName.toUpperCase())) return true;
  const editable = element.getAttribute('contenteditable');
  return editable !== null && editable !== 'false';
}

export interface TextNodeVisit {
  node: Text;
  /** Whether a block boundary (paragraph, heading, line break…) lies between this node and the previous one. */
  newBlock: boolean;
}

/** Text nodes under `root` in document order, with block boundaries, skipping what Repère must never touch. */
export function visitTextNodes(root: Node): TextNodeVisit[] {
  const visits: TextNodeVisit[] = [];
  let pendingBlock = false;
  // An explicit stack rather than recursion: broken or hostile pages nest elements tens of thousands deep.
  interface Frame {
    next: Node | null;
    element: Element | null;
    block: boolean;
    shadowVisited: boolean;
  }
  const stack: Frame[] = [{ next: root.firstChild, element: null, block: false, shadowVisited: false }];
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!;
    const child = frame.next;
    if (!child) {
      const shadow = frame.element?.shadowRoot;
      if (shadow && !frame.shadowVisited) {
        frame.shadowVisited = true;
        frame.next = shadow.firstChild;
        continue;
      }
      stack.pop();
      if (frame.block) pendingBlock = true;
      continue;
    }
    frame.next = child.nextSibling;
    if (child.nodeType === TEXT_NODE) {
      visits.push({ node: child as Text, newBlock: pendingBlock });
      pendingBlock = false;
    } else if (child.nodeType === ELEMENT_NODE) {
      const element = child as Element;
      if (isSkippedElement(element)) continue;
      const block = BLOCK_TAGS.has(element.tagName.toUpperCase());
      if (block) pendingBlock = true;
      stack.push({ next: element.firstChild, element, block, shadowVisited: false });
    }
  }
  return visits;
}
