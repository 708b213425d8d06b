import { readFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

/** What the test server answers on one path: a status, headers and a body, or nothing ever (`hang`). */
export interface FeedAnswer {
  status?: number;
  headers?: Record<string, string>;
  body?: string | Buffer;
  /** Send the headers and the body in pieces without a Content-Length (chunked). */
  chunked?: boolean;
  hang?: boolean;
}

/** A local HTTP server for the feed tests: where it listens and what it was asked. */
export interface FeedServer {
  /** The URL of `path` on the server. */
  url(path: string): string;
  /** Every request, in order: its path and headers. */
  requests: { path: string; headers: IncomingHttpHeaders }[];
  close(): Promise<void>;
}

/** A feed fixture of src/services/listening/fixtures/ as text. */
export function feedFixture(name: string): string {
  return readFileSync(new URL(`../services/listening/fixtures/${name}`, import.meta.url), 'utf8');
}

/**
 * Starts an HTTP server on 127.0.0.1 that answers each path as `routes` says (a function
 * gets the request's headers, for conditional GETs), 404 on any other, and records every request.
 */
export async function startFeedServer(routes: Record<string, FeedAnswer | ((headers: IncomingHttpHeaders) => FeedAnswer)>): Promise<FeedServer> {
  const requests: FeedServer['requests'] = [];
  const server = createServer((request, response) => {
    const path = request.url ?? '/';
    requests.push({ path, headers: request.headers });
    const route = Object.hasOwn(routes, path) ? routes[path] : undefined;
    const answer: FeedAnswer = route === undefined ? { status: 404, body: 'not found' } : typeof route === 'function' ? route(request.headers) : route;
    if (answer.hang) return;
    const body = answer.body ?? '';
    if (answer.chunked) {
      response.writeHead(answer.status ?? 200, answer.headers);
      const text = Buffer.from(body);
      for (let at = 0; at < text.length; at += 1024) response.write(text.subarray(at, at + 1024));
      response.end();
      return;
    }
    response.writeHead(answer.status ?? 200, { 'content-length': String(Buffer.byteLength(body)), ...answer.headers }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (path) => `http://127.0.0.1:${port}${path}`,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
