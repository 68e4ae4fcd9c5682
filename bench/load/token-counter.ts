import http from 'node:http';

/**
 * The sandbox does not count calls to its token endpoint, so the load bench puts this forwarder in front of it and counts
 * what reaches "Concur" there: every request is passed on byte for byte to `upstream`, and `POST /oauth2/v0/token`
 * requests are counted. See run.ts for how the gateway is pointed at it.
 */
export interface TokenCounter {
  /** Token-endpoint requests forwarded so far. */
  readonly tokenCalls: number;
  reset(): void;
  close(): Promise<void>;
}

export async function startTokenCounter(listen: { host: string; port: number }, upstream: { host: string; port: number }): Promise<TokenCounter> {
  let tokenCalls = 0;
  const agent = new http.Agent({ keepAlive: true });
  const server = http.createServer((request, response) => {
    if (request.method === 'POST' && (request.url ?? '').split('?')[0] === '/oauth2/v0/token') tokenCalls += 1;
    const forwarded = http.request(
      { host: upstream.host, port: upstream.port, method: request.method, path: request.url, headers: request.headers, agent },
      (answer) => {
        response.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(response);
      },
    );
    // Upstream down (still starting): drop the connection as the sandbox itself would, so that start-up waits retry.
    forwarded.on('error', () => request.socket.destroy());
    request.pipe(forwarded);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(listen.port, listen.host, resolve);
  });
  return {
    get tokenCalls() {
      return tokenCalls;
    },
    reset() {
      tokenCalls = 0;
    },
    close: () =>
      new Promise<void>((resolve) => {
        agent.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
