import { setupServer } from 'msw/node';

/** One MSW server for every test file; each test adds its own handlers. Unhandled requests fail the test. */
export const server = setupServer();

export interface SeenRequest {
  method: string;
  path: string;
  headers: Headers;
  body: string;
}

/** Every request that reached the HTTP boundary during a test, for asserting what was (not) sent. */
export function recordRequests(): SeenRequest[] {
  const seen: SeenRequest[] = [];
  server.events.on('request:start', ({ request }) => {
    const copy = request.clone();
    const entry: SeenRequest = { method: request.method, path: new URL(request.url).pathname, headers: request.headers, body: '' };
    seen.push(entry);
    void copy.text().then((body) => {
      entry.body = body;
    });
  });
  return seen;
}
