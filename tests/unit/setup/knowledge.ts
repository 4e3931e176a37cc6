import { vi } from 'vitest';

// In node there is no extension package to fetch knowledge.json from: the unit tests give platform/knowledge.ts the
// same data the build writes into it (lib/knowledge/bundled.ts, through defaultAutomaton).
vi.mock('../../../platform/knowledge', async () => {
  const { defaultAutomaton } = await import('../../../lib/analyse/recogniser');
  const entities = () => defaultAutomaton().entities;
  return {
    KNOWLEDGE_FILE: 'knowledge.json',
    loadKnowledge: () => Promise.resolve(entities()),
    loadedKnowledge: entities,
    loadedAutomaton: defaultAutomaton,
    loadAutomaton: () => Promise.resolve(defaultAutomaton()),
  };
});
