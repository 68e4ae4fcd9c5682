import { expect, test } from '@playwright/test';
import { USERS } from '../support/env';
import { sandbox } from '../support/sandbox';
import { signIn } from '../support/sign-in';
import { tablePage } from './table-page';

/** Finishes issue 3: an expired access token is refreshed once, the refused call is replayed once, and the user never notices. */
test('an expired access token is refreshed once and the refused request replayed once', async ({ page }) => {
  await signIn(page, USERS.finance, '/attendee-types');
  const table = tablePage(page);
  await table.waitForPage(1);
  const firstPage = await table.ids();

  const refreshes: string[] = [];
  const listAnswers: number[] = [];
  page.on('request', (request) => {
    if (request.method() === 'POST' && new URL(request.url()).pathname === '/auth/refresh') refreshes.push(request.url());
  });
  page.on('response', (response) => {
    const url = new URL(response.url());
    if (url.pathname === '/api/v3.0/expense/attendeetypes' && !url.searchParams.has('offset')) listAnswers.push(response.status());
  });

  await sandbox.expireTokens(USERS.finance);
  await page.getByRole('button', { name: 'Refresh' }).click();
  await expect.poll(() => listAnswers).toEqual([403, 200]);
  await table.waitForPage(1);
  expect(await table.ids()).toEqual(firstPage);
  expect(refreshes).toHaveLength(1);
  await expect(page.getByRole('button', { name: 'Sign in with Concur' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
  await page.waitForTimeout(500);
  expect(refreshes).toHaveLength(1);
  expect(listAnswers).toEqual([403, 200]);
});
