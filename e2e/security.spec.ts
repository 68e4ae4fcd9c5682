import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { gatewayUrl, sandboxUrl, USERS } from './support/env';
import { signIn } from './support/sign-in';
import { watchPage } from './support/watch';

// The sandbox's development client secret and password (sandbox/config.ts); neither may reach the browser.
const SECRETS = ['b7e2c1f4-8a3d-4f6b-9c2e-5d7a1e3f9b80', 'client_secret'];

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

test('dist/ holds no client secret and no refresh-token handling', () => {
  const files = filesUnder('dist');
  expect(files.length).toBeGreaterThan(0);
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    for (const secret of [...SECRETS, 'refresh_token', 'refreshToken']) expect(text, `${file} contains ${secret}`).not.toContain(secret);
  }
});

test('the app runs under a strict CSP, and nothing the browser can read holds a secret or refresh token', async ({ page }) => {
  const watch = watchPage(page, [gatewayUrl(), sandboxUrl()]);
  const bodies: string[] = [];
  page.on('response', async (response) => {
    if (!response.url().startsWith(gatewayUrl())) return;
    try {
      bodies.push(await response.text());
    } catch {
      // redirects and aborted responses have no body
    }
  });
  const home = await page.goto(`${gatewayUrl()}/`);
  const headers = home?.headers() ?? {};
  const csp = headers['content-security-policy'] ?? '';
  expect(csp).toContain("script-src 'self'");
  expect(csp).toContain("object-src 'none'");
  expect(csp).toContain("base-uri 'none'");
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).not.toContain('unsafe-eval');
  expect(headers['referrer-policy']).toBe('no-referrer');
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['cross-origin-opener-policy']).toBe('same-origin');

  await signIn(page, USERS.finance);
  await page.reload();
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();

  const readable = await page.evaluate(() => JSON.stringify({ session: { ...sessionStorage }, local: { ...localStorage }, cookies: document.cookie }));
  expect(readable).not.toMatch(/refresh/i);
  expect(readable).not.toContain('concur_session');
  for (const body of bodies) {
    for (const secret of SECRETS) expect(body).not.toContain(secret);
    expect(body).not.toMatch(/"refresh_?token"/i);
  }
  expect(watch.cspViolations).toEqual([]);
  expect(watch.pageErrors).toEqual([]);
});
