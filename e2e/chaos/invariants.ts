import { expect, type Page } from '@playwright/test';
import { sandbox } from '../support/sandbox';
import { gatewayUrl, sandboxUrl } from '../support/env';
import { watchPage } from '../support/watch';

/**
 * The "nothing lost" invariants of ../shared/docs/security.md §5, checked after every chaos case:
 * N1 typed values survive (case-specific: assert the fields), N2 write counters (`expectWrites`), N3 no page error, no blank
 * screen, the route error boundary did not fire, N4 no code/state/token in the URL, the console or foreign requests,
 * N5 the screen equals the server after a refetch (case-specific).
 */
const SECRET_IN_URL = /[?#&](code|state|access_token|refresh_token|id_token)=/;
const TOKEN_LIKE = /\b(eyJ[\w-]{10,}\.[\w-]{10,}\.[\w-]{10,})\b/;

export function chaosWatch(page: Page) {
  const watch = watchPage(page, [gatewayUrl(), sandboxUrl()]);
  const consoleLeaks: string[] = [];
  page.on('console', (message) => {
    const text = message.text();
    if (TOKEN_LIKE.test(text) || SECRET_IN_URL.test(text)) consoleLeaks.push(text);
  });
  const urlLeaks: string[] = [];
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame() && new URL(frame.url()).origin === gatewayUrl() && SECRET_IN_URL.test(frame.url())) {
      // The callback route is the one place a code and state may appear: it must strip them at once (checked below).
      if (!new URL(frame.url()).pathname.startsWith('/oauth/callback')) urlLeaks.push(frame.url());
    }
  });

  return {
    ...watch,
    /** N3 + N4, for the page as it stands now. `allowErrorView` for cases whose expected result is the error view. */
    async expectClean({ allowErrorView = false }: { allowErrorView?: boolean } = {}) {
      expect(watch.pageErrors, 'N3: page errors').toEqual([]);
      expect(watch.cspViolations, 'N3: CSP violations').toEqual([]);
      const text = (await page.locator('body').innerText()).trim();
      expect(text.length, 'N3: blank screen').toBeGreaterThan(0);
      if (!allowErrorView) await expect(page.getByRole('heading', { name: 'Something went wrong' }), 'N3: route error boundary').toHaveCount(0);
      expect(urlLeaks, 'N4: code/state/token in the URL').toEqual([]);
      expect(SECRET_IN_URL.test(page.url()), 'N4: code/state/token in the current URL').toBe(false);
      expect(consoleLeaks, 'N4: token-like text in the console').toEqual([]);
      expect(watch.foreignRequests, 'N4: requests to other hosts').toEqual([]);
    },
  };
}

/** N2: how many writes (PUT/POST/DELETE) the sandbox counted for one entity, e.g. `expense/digitaltaxinvoices/<id>`. */
export async function writesTo(entity: string): Promise<number> {
  return (await sandbox.writes()).byEntity[entity] ?? 0;
}

/** N2 as an assertion: the count rose by exactly `intended` since `before`. */
export async function expectWrites(entity: string, before: number, intended: number): Promise<void> {
  await expect.poll(() => writesTo(entity), { message: `N2: writes to ${entity}` }).toBe(before + intended);
}
