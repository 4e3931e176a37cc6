import type { TextNodeVisit } from './text-nodes';

/** A run of the article text that comes from one text node of the page. */
export interface TextSegment<N> {
  node: N;
  /** Where the run starts in the article text. */
  start: number;
  /** offsets[i] is the offset in the node's data of the run's i-th character; one extra entry for the end. */
  offsets: ArrayLike<number>;
}

export interface MappedText<N> {
  text: string;
  segments: TextSegment<N>[];
}

// What /\s/ matches, by UTF-16 code unit: the text is mapped one character at a time.
const SPACE_CODES = new Set(
  [9, 10, 11, 12, 13, 32, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff].concat(
    Array.from({ length: 11 }, (_, at) => 0x2000 + at),
  ),
);
const isSpace = (code: number) => (code === 32 ? true : code > 32 && code < 0xa0 ? false : SPACE_CODES.has(code));

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
      // Runs of non-space characters are copied as slices and the offsets written into one typed array: a
      // 100,000-word page made a string and an array entry per character, and the garbage collector then held its
      // main thread for 50-70 ms at a time.
      const offsets = new Int32Array(data.length + 1);
      const pieces: string[] = [];
      let count = 0;
      let runStart = 0;
      let lastChar = this.lastChar;
      for (let index = 0; index < data.length; index += 1) {
        if (!isSpace(data.charCodeAt(index))) {
          offsets[count++] = index;
          lastChar = '';
          continue;
        }
        if (index > runStart) pieces.push(data.slice(runStart, index));
        runStart = index + 1;
        if (lastChar === ' ' || lastChar === '\n') continue;
        pieces.push(' ');
        offsets[count++] = index;
        lastChar = ' ';
      }
      if (count === 0) continue;
      if (data.length > runStart) pieces.push(data.slice(runStart));
      const chunk = pieces.join('');
      offsets[count] = offsets[count - 1]! + 1;
      this.lastChar = lastChar === ' ' ? ' ' : chunk[chunk.length - 1]!;
      this.segments.push({ node, start: this.length, offsets: offsets.subarray(0, count + 1) });
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
