import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

// Generated article pages that watch their own main thread: long tasks, long animation frames, a 10 ms heartbeat
// after load, and the moment Repère's first place highlight shows up (polled every animation frame).

const ROOT = resolve(import.meta.dirname, '../../..');
const CORPUS = join(ROOT, '../shared/corpus');

const PROBES = `<script>
  window.__longTasks = [];
  window.__maxGap = 0;
  window.__paintedAt = null;
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__longTasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
  // Long animation frames (Chromium): a frame that holds a task over 50 ms has a non-zero blockingDuration.
  window.__frames = [];
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        window.__frames.push({ start: entry.startTime, duration: entry.duration, blocking: entry.blockingDuration });
    }).observe({ type: 'long-animation-frame', buffered: true });
  } catch {}
  // The first frame in which a place highlight exists: when the reader sees the page marked.
  const watch = () => {
    if ((CSS.highlights?.get('repere-place')?.size ?? 0) > 0) window.__paintedAt = performance.now();
    else requestAnimationFrame(watch);
  };
  requestAnimationFrame(watch);
  // A heartbeat every 10 ms: the longest gap between two beats after load is the longest the page was unresponsive.
  addEventListener('load', () => {
    window.__loadedAt = performance.now();
    let last = performance.now();
    setInterval(() => {
      const now = performance.now();
      window.__maxGap = Math.max(window.__maxGap, now - last);
      last = now;
    }, 10);
  });
</script>`;

function escape(line: string): string {
  return line.replace(/&/g, '&amp;').replace(/</g, '&lt;');
}

function page(title: string, paragraphs: readonly string[]): string {
  return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>${escape(title)}</title>
${PROBES}</head><body><main><article><h1>${escape(title)}</h1>
${paragraphs.map((line) => `<p>${escape(line)}</p>`).join('\n')}
</article></main></body></html>`;
}

function corpusText(id: string): string {
  return readFileSync(join(CORPUS, `${id}.txt`), 'utf8');
}

/** A page of about 100,000 words made of the corpus articles. */
export function longPage(): string {
  const texts = ['001_5554a87f2ba7b6ff', '003_65784f5ca0caa49c', '004_76b50f77c4356d27'].map(corpusText);
  const paragraphs: string[] = [];
  let words = 0;
  for (let round = 0; words < 101_000; round += 1) {
    for (const line of texts[round % texts.length]!.split('\n')) {
      if (!line.trim()) continue;
      paragraphs.push(line);
      words += line.split(/\s+/).length;
    }
  }
  return page('Chronique de la frontière', paragraphs);
}

/** A typical news article: one report of the corpus (about 530 words, French), as a title and its paragraphs. */
export function typicalArticle(): { title: string; lines: string[] } {
  const [title, ...lines] = corpusText('003_65784f5ca0caa49c')
    .split('\n')
    .filter((line) => line.trim());
  return { title: title!, lines };
}

export function typicalPage(): string {
  const { title, lines } = typicalArticle();
  return page(title, lines);
}

/** What the probes saw, read in the page. */
export interface Probe {
  longestAfterLoad: number;
  longTasksAfterLoad: number[];
  longestFrameBlocking: number;
  longestBeforeLoad: number;
  maxGap: number;
  places: number;
  /** From DOMContentLoaded to the first frame with highlights (ms); null while nothing is painted. */
  domReadyToPainted: number | null;
}

/** Run in the page (page.evaluate). */
export function readProbe(): Probe {
  const w = window as unknown as {
    __longTasks: { start: number; duration: number }[];
    __frames: { start: number; duration: number; blocking: number }[];
    __maxGap: number;
    __loadedAt: number;
    __paintedAt: number | null;
  };
  const afterLoad = w.__longTasks.filter((task) => task.start >= w.__loadedAt);
  const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
  return {
    longestAfterLoad: Math.max(0, ...afterLoad.map((task) => task.duration)),
    longTasksAfterLoad: afterLoad.map((task) => Math.round(task.duration)),
    longestFrameBlocking: Math.max(
      0,
      ...w.__frames.filter((frame) => frame.start >= w.__loadedAt).map((frame) => frame.blocking),
    ),
    longestBeforeLoad: Math.max(0, ...w.__longTasks.filter((t) => t.start < w.__loadedAt).map((t) => t.duration)),
    maxGap: Math.round(w.__maxGap),
    places: CSS.highlights.get('repere-place')?.size ?? 0,
    domReadyToPainted:
      w.__paintedAt === null || !navigation ? null : w.__paintedAt - navigation.domContentLoadedEventEnd,
  };
}
