/**
 * A mock HTTP server on 127.0.0.1 (a random free port) that serves recorded responses by path,
 * for tests of code that fetches: each test sets the routes it needs, and reads back every
 * request it received. An unknown path answers 404.
 */
import { createServer, type IncomingHttpHeaders } from 'node:http';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from './fixtures.ts';

const RESPONSES = join(PROJECT_ROOT, 'tests/fixtures/source-watch/responses');

export interface MockRoute {
  status?: number;
  contentType?: string;
  /** A file in tests/fixtures/source-watch/responses, or the body itself. */
  file?: string;
  body?: string;
  /** Answer only after this long (a page slower than the caller's timeout). */
  delayMs?: number;
  /** Statuses to answer with first, one per request, before the route's own answer. */
  before?: number[];
}

export interface MockServer {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  routes: Map<string, MockRoute>;
  requests: { path: string; headers: IncomingHttpHeaders }[];
  close: () => Promise<void>;
}

/** The route's content type from its file name, unless it gives one. */
function typeOf(route: MockRoute): string {
  if (route.contentType) return route.contentType;
  if (route.file?.endsWith('.json')) return 'application/json';
  return 'text/html; charset=utf-8';
}

export async function startMockServer(): Promise<MockServer> {
  const routes = new Map<string, MockRoute>();
  const requests: MockServer['requests'] = [];
  const server = createServer((request, response) => {
    const path = request.url ?? '/';
    requests.push({ path, headers: request.headers });
    const route = routes.get(path);
    if (!route) {
      response.writeHead(404, { 'content-type': 'text/html' }).end('<h1>Not found</h1>');
      return;
    }
    const early = route.before?.shift();
    if (early !== undefined) {
      response.writeHead(early, { 'content-type': 'text/plain' }).end(`status ${early}`);
      return;
    }
    const body = route.file
      ? readFileSync(join(RESPONSES, route.file), 'utf8')
      : (route.body ?? '');
    const send = () => {
      if (response.destroyed) return;
      response.writeHead(route.status ?? 200, { 'content-type': typeOf(route) }).end(body);
    };
    if (route.delayMs) setTimeout(send, route.delayMs).unref();
    else send();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string')
    throw new Error('The mock server has no port');
  return {
    origin: `http://127.0.0.1:${address.port}`,
    routes,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
