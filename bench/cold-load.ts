import type { Browser, Cookie, Page } from '@playwright/test';

export interface ColdLoad {
  ms: number;
  jsGzip: number;
  cssGzip: number;
  requests: number;
  /** Requests to the gateway's /api/ (Concur calls) before the page was usable. */
  apiRequests: number;
  /** Used JS heap once usable, after a forced GC (only when asked for). */
  heap?: number;
}

export async function usedHeapBytes(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  await cdp.detach();
  return usedSize;
}

/**
 * One cold load of a signed-in page in a fresh browser context (empty cache), as a new tab would: the session cookie is
 * there, sessionStorage is empty, so the app signs in silently through /auth/refresh. `ready` waits for what "usable" means
 * (and may return its own in-page time in ms).
 * Returns the rotated session cookie for the next load.
 */
export async function coldLoad(
  browser: Browser,
  url: string,
  cookies: Cookie[],
  ready: (page: Page) => Promise<unknown>,
  options: { heap?: boolean } = {},
): Promise<{ load: ColdLoad; cookies: Cookie[] }> {
  const context = await browser.newContext();
  await context.addCookies(cookies);
  const page = await context.newPage();
  const encoded = { js: 0, css: 0 };
  let requests = 0;
  let apiRequests = 0;
  let usable = false;
  page.on('request', (request) => {
    if (!usable && new URL(request.url()).pathname.startsWith('/api/')) apiRequests += 1;
  });
  page.on('requestfinished', (request) => {
    requests += 1;
    request
      .sizes()
      .then((sizes) => {
        const type = request.resourceType();
        if (type === 'script') encoded.js += sizes.responseBodySize;
        if (type === 'stylesheet') encoded.css += sizes.responseBodySize;
      })
      // A request that finishes while the context closes has no sizes to read any more.
      .catch(() => undefined);
  });
  const started = performance.now();
  await page.goto(url);
  const timed = await ready(page);
  // A `ready` that times the load inside the page (from navigation start) returns its figure; otherwise wall time.
  const elapsed = typeof timed === 'number' ? timed : performance.now() - started;
  usable = true;
  const heap = options.heap ? await usedHeapBytes(page) : undefined;
  await page.waitForTimeout(50);
  const next = await context.cookies();
  await context.close();
  return { load: { ms: elapsed, jsGzip: encoded.js, cssGzip: encoded.css, requests, apiRequests, heap }, cookies: next };
}
