import { expect, test } from '@playwright/test';
import { gatewayUrl, sandboxUrl, USERS } from './support/env';
import { HOSTILE_RETURN_TO } from './support/hostile-return-to';
import { fillSandboxSignIn, signIn } from './support/sign-in';
import { watchPage } from './support/watch';

const AREAS = ['Attendee types', 'Tax invoices', 'Opportunities', 'PO receipts'];
const ALLOWED: Record<string, string[]> = {
  [USERS.finance]: AREAS,
  [USERS.travel]: ['Opportunities'],
  [USERS.clerk]: ['PO receipts'],
};

for (const [login, areas] of Object.entries(ALLOWED)) {
  test(`${login} signs in, sees only their areas, and signs out`, async ({ page }) => {
    const watch = watchPage(page, [gatewayUrl(), sandboxUrl()]);
    await signIn(page, login);
    const nav = page.getByRole('navigation', { name: /main/i });
    for (const area of AREAS) {
      const link = nav.getByRole('link', { name: area });
      if (areas.includes(area)) await expect(link).toBeVisible();
      else await expect(link).toHaveCount(0);
    }
    const url = new URL(page.url());
    expect(url.origin).toBe(gatewayUrl());
    for (const param of ['code', 'state', 'geolocation', 'access_token']) expect(url.searchParams.has(param)).toBe(false);

    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page.getByRole('button', { name: 'Sign in with Concur' })).toBeVisible();
    const stored = await page.evaluate(() => Object.keys(sessionStorage).filter((key) => key.startsWith('concur-console')));
    expect(stored).toEqual([]);
    expect(watch.pageErrors).toEqual([]);
    expect(watch.cspViolations).toEqual([]);
    expect(watch.foreignRequests).toEqual([]);
  });
}

test('a reload keeps the session', async ({ page }) => {
  await signIn(page, USERS.finance);
  await page.reload();
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Sign in with Concur' })).toHaveCount(0);
});

test('a second tab signs in silently, and signing out in one tab signs out the other', async ({ context, page }) => {
  await signIn(page, USERS.finance);
  const second = await context.newPage();
  const authorizeRequests: string[] = [];
  second.on('request', (request) => {
    if (request.url().includes('/oauth2/v0/authorize')) authorizeRequests.push(request.url());
  });
  await second.goto(`${gatewayUrl()}/`);
  await expect(second.getByRole('button', { name: 'Sign out' })).toBeVisible();
  expect(authorizeRequests).toEqual([]);

  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(second.getByRole('button', { name: 'Sign in with Concur' })).toBeVisible({ timeout: 2000 });
});

test('a forged, missing or replayed state makes no token request', async ({ page }) => {
  const tokenRequests: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/auth/token')) tokenRequests.push(request.url());
  });
  for (const query of ['code=abc&state=forged&geolocation=' + encodeURIComponent(sandboxUrl()), 'code=abc']) {
    await page.goto(`${gatewayUrl()}/oauth/callback?${query}`);
    await expect(page.getByRole('button', { name: 'Sign in again' })).toBeVisible();
    expect(new URL(page.url()).search).toBe('');
  }
  expect(tokenRequests).toEqual([]);

  // A real sign-in, then the same callback URL again (Back / reload onto a used callback).
  await page.goto(`${gatewayUrl()}/`);
  await page.getByRole('button', { name: 'Sign in with Concur' }).click();
  await page.getByLabel('Email or Login ID').fill(USERS.finance);
  await page.getByLabel('Password').fill('sandbox');
  const callback = page.waitForRequest((request) => request.url().includes('/oauth/callback?'));
  await page.getByRole('button', { name: 'Sign In' }).click();
  const usedCallbackUrl = (await callback).url();
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
  expect(tokenRequests).toHaveLength(1);
  await page.goto(usedCallbackUrl);
  await expect(page.getByRole('button', { name: /Sign out|Sign in again/ }).first()).toBeVisible();
  expect(tokenRequests).toHaveLength(1);
});

test('denying access shows the reason as text with Try again, and no redirect loop', async ({ page }) => {
  await page.goto(`${gatewayUrl()}/`);
  await page.getByRole('button', { name: 'Sign in with Concur' }).click();
  await page.getByRole('button', { name: 'Deny' }).click();
  await expect(page.getByText('User denied access')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Try again' })).toBeVisible();
  await page.waitForTimeout(1000);
  expect(new URL(page.url()).origin).toBe(gatewayUrl());
  expect(new URL(page.url()).search).toBe('');
});

test('after sign-in the user returns to the page first asked for', async ({ page }) => {
  await page.goto(`${gatewayUrl()}/opportunities?fromUtc=2026-01-01`);
  await page.getByRole('button', { name: 'Sign in with Concur' }).click();
  await fillSandboxSignIn(page, USERS.finance);
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
  const url = new URL(page.url());
  expect(url.pathname).toBe('/opportunities');
  expect(url.searchParams.get('fromUtc')).toBe('2026-01-01');
});

for (const returnTo of HOSTILE_RETURN_TO) {
  test(`a returnTo of ${returnTo} lands on the home page`, async ({ page }) => {
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.goto(`${gatewayUrl()}/sign-in?returnTo=${encodeURIComponent(returnTo)}`);
    await page.getByRole('button', { name: 'Sign in with Concur' }).click();
    await fillSandboxSignIn(page, USERS.finance);
    await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
    expect(new URL(page.url()).origin).toBe(gatewayUrl());
    expect(dialogs).toEqual([]);
  });
}
