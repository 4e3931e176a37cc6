import { WordIds } from './word-ids';

const MIN_MERGED = 1 << 16;

/** Word lists as plain data: `words` sorted, and postings.subarray(start[i], start[i + 1]) the positions of words[i]. */
export interface PostingsData {
  words: string[];
  start: Int32Array;
  postings: Int32Array;
}

/**
 * Which positions (entries) hold each word, for look-ups by word prefix. Most lists sit in one compact part (the
 * words sorted, so that a prefix is one range of them, and every list in one typed array: 100,000 entries hold some
 * fifteen million postings); the lists of positions added since it was made sit apart until `compact` merges them.
 * Positions must be added in increasing order, so that every list stays ascending.
 */
export class WordPostings {
  private words: string[] = [];
  private start: Int32Array = new Int32Array(1);
  private postings: Int32Array = new Int32Array(0);
  /** Lists of the positions added since the last `compact`, by word id (`addedIds`). */
  private addedIds = new WordIds();
  private added: number[][] = [];
  /** The added words' ids in word order, or null until a look-up needs them. */
  private addedOrder: number[] | null = null;
  private addedCount = 0;

  /**
   * The compact lists of many texts at once (texts[position] are the folded texts of one position): each position's
   * distinct word ids go to one typed array, counted, then laid out word by word, without a list a word.
   */
  static build(texts: readonly (readonly string[])[]): WordPostings {
    const ids = new WordIds();
    let pool = new Int32Array(1 << 16);
    let size = 0;
    const ends = new Int32Array(texts.length);
    let lastSeen = new Int32Array(1 << 12).fill(-1);
    const words: number[] = [];
    texts.forEach((parts, position) => {
      words.length = 0;
      for (const text of parts) ids.idsOf(text, words);
      if (ids.words.length > lastSeen.length) {
        const grown = new Int32Array(Math.max(ids.words.length, lastSeen.length * 2)).fill(-1);
        grown.set(lastSeen);
        lastSeen = grown;
      }
      if (size + words.length > pool.length) {
        const grown = new Int32Array(Math.max(size + words.length, pool.length * 2));
        grown.set(pool);
        pool = grown;
      }
      for (const id of words) {
        if (lastSeen[id] === position) continue;
        lastSeen[id] = position;
        pool[size++] = id;
      }
      ends[position] = size;
    });
    const order = ids.sortedIds();
    const start = new Int32Array(order.length + 1);
    const counts = new Int32Array(order.length);
    for (let at = 0; at < size; at += 1) counts[pool[at]!] = counts[pool[at]!]! + 1;
    const fill = new Int32Array(order.length);
    order.forEach((id, rank) => {
      fill[id] = start[rank]!;
      start[rank + 1] = start[rank]! + counts[id]!;
    });
    const postings = new Int32Array(size);
    let at = 0;
    for (let position = 0; position < texts.length; position += 1)
      for (; at < ends[position]!; at += 1) {
        const id = pool[at]!;
        postings[fill[id]!] = position;
        fill[id] = fill[id]! + 1;
      }
    return WordPostings.from({ words: order.map((id) => ids.words[id]!), start, postings });
  }

  static from(data: PostingsData): WordPostings {
    const postings = new WordPostings();
    postings.words = data.words;
    postings.start = data.start;
    postings.postings = data.postings;
    return postings;
  }

  /**
   * Postings added since the last `compact`, for a share of those in the compact part (or of MIN_MERGED, while that
   * holds fewer: a library built one entry at a time is not merged at each).
   */
  get addedShare(): number {
    return this.addedCount / Math.max(MIN_MERGED, this.postings.length);
  }

  /** Lists `position` under each distinct word of the texts (folded words, space-separated). */
  add(position: number, ...texts: string[]): void {
    const ids: number[] = [];
    for (const text of texts) this.addedIds.idsOf(text, ids);
    for (const id of ids) {
      let list = this.added[id];
      if (!list) {
        list = this.added[id] = [];
        this.addedOrder = null;
      }
      if (list[list.length - 1] !== position) {
        list.push(position);
        this.addedCount += 1;
      }
    }
  }

  /** Merges the added lists into the compact part. */
  compact(): void {
    if (this.added.length === 0) return;
    const addedOrder = this.sortedAdded();
    const addedWords = addedOrder.map((id) => this.addedIds.words[id]!);
    const words: string[] = [];
    const start = new Int32Array(this.words.length + addedWords.length + 1);
    const postings = new Int32Array(this.postings.length + this.addedCount);
    let fill = 0;
    let old = 0;
    let fresh = 0;
    while (old < this.words.length || fresh < addedWords.length) {
      const oldWord = this.words[old];
      const freshWord = addedWords[fresh];
      const word = freshWord === undefined || (oldWord !== undefined && oldWord <= freshWord) ? oldWord! : freshWord;
      if (word === oldWord) {
        postings.set(this.postings.subarray(this.start[old]!, this.start[old + 1]!), fill);
        fill += this.start[old + 1]! - this.start[old]!;
        old += 1;
      }
      if (word === freshWord) {
        // Added positions all come after the compact part's: the merged list stays ascending.
        const list = this.added[addedOrder[fresh]!]!;
        postings.set(list, fill);
        fill += list.length;
        fresh += 1;
      }
      words.push(word);
      start[words.length] = fill;
    }
    this.words = words;
    this.start = start.slice(0, words.length + 1);
    this.postings = postings;
    this.addedIds = new WordIds();
    this.added = [];
    this.addedOrder = null;
    this.addedCount = 0;
  }

  /** The compact form as plain data (merging the added lists first). */
  data(): PostingsData {
    this.compact();
    return { words: this.words, start: this.start, postings: this.postings };
  }

  /** The lists of the words starting with `prefix`, each ascending (a position may be in several). */
  listsWithPrefix(prefix: string): ArrayLike<number>[] {
    const lists: ArrayLike<number>[] = [];
    for (let rank = firstAtLeast(this.words, prefix); rank < this.words.length; rank += 1) {
      if (!this.words[rank]!.startsWith(prefix)) break;
      lists.push(this.postings.subarray(this.start[rank]!, this.start[rank + 1]!));
    }
    if (this.added.length === 0) return lists;
    const order = this.sortedAdded();
    const words = this.addedIds.words;
    let low = 0;
    let high = order.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (words[order[middle]!]! < prefix) low = middle + 1;
      else high = middle;
    }
    for (let rank = low; rank < order.length && words[order[rank]!]!.startsWith(prefix); rank += 1)
      lists.push(this.added[order[rank]!]!);
    return lists;
  }

  private sortedAdded(): number[] {
    this.addedOrder ??= this.addedIds.sortedIds();
    return this.addedOrder;
  }
}

/** The first place in the sorted words whose word is not before `word`. */
function firstAtLeast(words: readonly string[], word: string): number {
  let low = 0;
  let high = words.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (words[middle]! < word) low = middle + 1;
    else high = middle;
  }
  return low;
}
