import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');
/** What the test server serves: the project's fixture pages and the shared real-page dataset. */
const MOUNTS: Record<string, string> = {
  '/pages/': join(ROOT, 'tests/fixtures/pages'),
  '/readability/': resolve(ROOT, '../shared/datasets/readability-pages'),
  '/e2e/': join(ROOT, 'tests/e2e/pages'),
  // Preact for the fixture page that re-renders its article, served from node_modules (no network).
  '/vendor/preact/': join(ROOT, 'node_modules/preact/dist'),
};
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
};

export interface FixtureServer {
  origin: string;
  close: () => Promise<void>;
}

/**
 * A static server on 127.0.0.1 for the fixture pages; anything else answers 404. `generated` adds pages (and scripts) made by
 * the tests themselves (path → HTML), such as the 100,000-word page.
 */
export async function startFixtureServer(generated: Record<string, string> = {}): Promise<FixtureServer> {
  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    if (generated[path] !== undefined) {
      response.writeHead(200, { 'content-type': TYPES[extname(path)] ?? TYPES['.html']! }).end(generated[path]);
      return;
    }
    const mount = Object.keys(MOUNTS).find((prefix) => path.startsWith(prefix));
    let file = mount ? normalize(join(MOUNTS[mount]!, path.slice(mount.length))) : '';
    if (file && existsSync(file) && statSync(file).isDirectory()) file = join(file, 'page.html');
    if (!file || !mount || !file.startsWith(MOUNTS[mount]!) || !existsSync(file)) {
      // The readability dataset names its pages source.html.
      const alternative = file.replace(/page\.html$/, 'source.html');
      if (!file || !existsSync(alternative)) {
        response.writeHead(404).end('not found');
        return;
      }
      file = alternative;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
