import type { PaintedHighlights } from '../../lib/highlight/paint';
import { isLive } from './reveal';

/** A painted mention: its range on the page, its entity and its place among that entity's mentions. */
export interface PaintedMention {
  range: Range;
  entityId: string;
  index: number;
}

/** How many mentions are indexed between two yields (a 100,000-word page paints thousands). */
const MENTIONS_PER_STEP = 500;

/** Finds the painted mention under a point of the page or at a caret position, without touching the DOM. */
export class MentionIndex {
  private readonly byNode = new Map<Node, PaintedMention[]>();

  private constructor(readonly painted: PaintedHighlights) {}

  /** Indexes the painted mentions, yielding every few hundred (run in slices by the content script). */
  static *build(painted: PaintedHighlights): Generator<void, MentionIndex, void> {
    const index = new MentionIndex(painted);
    let indexed = 0;
    for (const [entityId, ranges] of painted.entityRanges) {
      for (const [position, range] of ranges.entries()) {
        if (++indexed % MENTIONS_PER_STEP === 0) yield;
        index.add({ range, entityId, index: position });
      }
    }
    return index;
  }

  private add(mention: PaintedMention): void {
    for (const node of new Set([mention.range.startContainer, mention.range.endContainer])) {
      const list = this.byNode.get(node);
      if (list) list.push(mention);
      else this.byNode.set(node, [mention]);
    }
  }

  /** The mention that holds this caret position, if any. */
  atCaret(node: Node, offset: number): PaintedMention | null {
    for (const mention of this.byNode.get(node) ?? []) {
      try {
        if (mention.range.comparePoint(node, offset) === 0) return mention;
      } catch {
        // A node from another document or a detached range: not ours.
      }
    }
    return null;
  }

  /** The mention drawn under the pointer at (x, y) in viewport coordinates. */
  atPoint(document: Document, x: number, y: number): PaintedMention | null {
    const caret = caretAt(document, x, y);
    if (!caret) return null;
    const mention = this.atCaret(caret.node, caret.offset) ?? this.atCaret(caret.node, Math.max(0, caret.offset - 1));
    if (!mention) return null;
    // The caret snaps to the nearest character: check that the pointer really is over the mention's text.
    for (const rect of Array.from(mention.range.getClientRects())) {
      if (x >= rect.left - 1 && x <= rect.right + 1 && y >= rect.top - 1 && y <= rect.bottom + 1) return mention;
    }
    return null;
  }

  /** The first mention inside an element (a focused link, a selected paragraph…). */
  within(element: Element): PaintedMention | null {
    let best: PaintedMention | null = null;
    for (const [node, mentions] of this.byNode) {
      if (!element.contains(node)) continue;
      for (const mention of mentions) {
        if (!best || best.range.compareBoundaryPoints(Range.START_TO_START, mention.range) > 0) best = mention;
      }
    }
    return best;
  }

  /** All live mentions of an entity, in text order. */
  rangesOf(entityId: string): Range[] {
    return (this.painted.entityRanges.get(entityId) ?? []).filter(isLive);
  }
}

function caretAt(document: Document, x: number, y: number): { node: Node; offset: number } | null {
  const withPosition = document as Document & {
    caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
  };
  if (withPosition.caretPositionFromPoint) {
    const position = withPosition.caretPositionFromPoint(x, y);
    return position ? { node: position.offsetNode, offset: position.offset } : null;
  }
  const range = document.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}
