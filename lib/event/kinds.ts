// The values an event card takes, once, at run time: the types in lib/types.ts are derived from these lists, and
// the interface, the filters of the library and the tests read the same lists.

/**
 * What happened, from the most specific kind to the most general: where an article's words weigh the same for two
 * kinds, the one listed first wins (a car bomb told among clashes is an explosion).
 */
export const EVENT_KINDS = [
  'chemical',
  'execution',
  'explosion',
  'air-strike',
  'shelling',
  'shooting',
  'clashes',
  'capture',
  'offensive',
  'other',
] as const;

export const CASUALTY_STATUSES = ['killed', 'wounded'] as const;

/** Whom a figure counts; `unspecified` where the article says only "people" or "persons". */
export const VICTIM_CLASSES = ['civilians', 'children', 'women', 'fighters', 'unspecified'] as const;
