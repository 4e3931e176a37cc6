import type { TextNodeVisit } from './text-nodes';

/** A run of the article text that comes from one text node of the page. */
export interface TextSegment<N> {
  node: N;
  /** Where the run starts in the article text. */
  start: number;
  /** offsets[i] is the offset in the node's data of the run's i-th character; one extra entry for the end. */
  offsets: number[];
}

export interface MappedText<N> {
  text: string;
  segments: TextSegment<N>[];
}

/**
 * Builds readable text from text nodes, collapsing white space and putting one line break between blocks, while
 * remembering for every character which node and offset it came from, so offsets found in the text can be turned
 * back into ranges on the page.
 */
export function mapTextNodes<N extends { data: string }>(
  visits: readonly { node: N; newBlock: boolean }[],
): MappedText<N> {
  const mapper = new TextMapper<N>();
  mapper.add(visits);
  return mapper.result();
}

/** mapTextNodes a batch of nodes at a time, for long pages read in slices. */
export class TextMapper<N extends { data: string }> {
  private readonly parts: string[] = [];
  private readonly segments: TextSegment<N>[] = [];
  private length = 0;
  private lastChar = '\n';

  add(visits: readonly { node: N; newBlock: boolean }[]): void {
    for (const { node, newBlock } of visits) {
      const data = node.data;
      if (newBlock && this.lastChar !== '\n' && /\S/.test(data)) {
        this.parts.push('\n');
        this.length += 1;
        this.lastChar = '\n';
      }
      let chunk = '';
      const offsets: number[] = [];
      for (let index = 0; index < data.length; index += 1) {
        const char = data[index]!;
        if (/\s/.test(char)) {
          if (this.lastChar === ' ' || this.lastChar === '\n') continue;
          chunk += ' ';
          offsets.push(index);
          this.lastChar = ' ';
        } else {
          chunk += char;
          offsets.push(index);
          this.lastChar = char;
        }
      }
      if (chunk.length === 0) continue;
      this.segments.push({ node, start: this.length, offsets: [...offsets, offsets[offsets.length - 1]! + 1] });
      this.parts.push(chunk);
      this.length += chunk.length;
    }
  }

  result(): MappedText<N> {
    return { text: this.parts.join(''), segments: this.segments };
  }
}

/** The node positions of text offsets [start, end), or null when they fall outside the mapped text. */
export function locate<N>(
  segments: readonly TextSegment<N>[],
  start: number,
  end: number,
): { startNode: N; startOffset: number; endNode: N; endOffset: number } | null {
  const first = findSegment(segments, start);
  const last = findSegment(segments, end - 1);
  if (!first || !last) return null;
  return {
    startNode: first.node,
    startOffset: first.offsets[start - first.start]!,
    endNode: last.node,
    endOffset: last.offsets[end - 1 - last.start]! + 1,
  };
}

function findSegment<N>(segments: readonly TextSegment<N>[], offset: number): TextSegment<N> | null {
  let low = 0;
  let high = segments.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const segment = segments[middle]!;
    const length = segment.offsets.length - 1;
    if (offset < segment.start) high = middle - 1;
    else if (offset >= segment.start + length) low = middle + 1;
    else return segment;
  }
  return null;
}

export type { TextNodeVisit };
