import { expect, type Page } from '@playwright/test';
import { DEMO_PASSWORD, gatewayUrl } from './env';

/** Signs in through the real Web flow: console sign-in page → sandbox sign-in form → callback. */
export async function signIn(page: Page, login: string, path = '/'): Promise<void> {
  await page.goto(`${gatewayUrl()}${path}`);
  await page.getByRole('button', { name: 'Sign in with Concur' }).click();
  await fillSandboxSignIn(page, login);
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
}

export async function fillSandboxSignIn(page: Page, login: string): Promise<void> {
  await page.getByLabel('Email or Login ID').fill(login);
  await page.getByLabel('Password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign In' }).click();
}
