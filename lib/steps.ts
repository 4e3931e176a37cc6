// Long work is written as generators that yield between slices: the content script runs them in slices on the
// page's main thread, everything else (the CLI, the extension pages, the tests) runs them straight through.

/** Milliseconds, from the best clock at hand (performance.now in browsers and Node). */
export const clock = () => (typeof performance !== 'undefined' ? performance.now() : Date.now());

/** Runs a generator of work straight to its result. */
export function runToEnd<T>(steps: Generator<void, T, void>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Runs a generator of work to completion, awaiting `pause` whenever a run of steps took longer than the budget. */
export async function runInSlices<T>(
  steps: Generator<void, T, void>,
  pause: () => Promise<void>,
  budgetMs = 12,
): Promise<T> {
  let sliceStart = clock();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (clock() - sliceStart >= budgetMs) {
      await pause();
      sliceStart = clock();
    }
  }
}
