// A worker thread of `repere analyze --jobs N`: like bin/repere.js, it loads the TypeScript through tsx's API.
import { tsImport } from 'tsx/esm/api';

await tsImport('./batch-thread.ts', import.meta.url);
