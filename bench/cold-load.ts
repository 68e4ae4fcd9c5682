import type { Browser, Cookie, Page } from '@playwright/test';

export interface ColdLoad {
  ms: number;
  jsGzip: number;
  cssGzip: number;
  requests: number;
}

/**
 * One cold load of a signed-in page in a fresh browser context (empty cache), as a new tab would: the session cookie is
 * there, sessionStorage is empty, so the app signs in silently through /auth/refresh. `ready` waits for what "usable" means.
 * Returns the rotated session cookie for the next load.
 */
export async function coldLoad(
  browser: Browser,
  url: string,
  cookies: Cookie[],
  ready: (page: Page) => Promise<void>,
): Promise<{ load: ColdLoad; cookies: Cookie[] }> {
  const context = await browser.newContext();
  await context.addCookies(cookies);
  const page = await context.newPage();
  const encoded = { js: 0, css: 0 };
  let requests = 0;
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
  await ready(page);
  const elapsed = performance.now() - started;
  await page.waitForTimeout(50);
  const next = await context.cookies();
  await context.close();
  return { load: { ms: elapsed, jsGzip: encoded.js, cssGzip: encoded.css, requests }, cookies: next };
}
