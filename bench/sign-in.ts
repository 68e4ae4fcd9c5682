import type { Browser, Cookie } from '@playwright/test';

/** Signs in through the real Web flow (console → sandbox sign-in page → callback) and returns the session cookie. */
export async function signInForCookies(browser: Browser, gatewayUrl: string, login: string): Promise<Cookie[]> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(gatewayUrl);
  await page.getByRole('button', { name: 'Sign in with Concur' }).click();
  await page.getByLabel('Email or Login ID').fill(login);
  await page.getByLabel('Password').fill('sandbox');
  await page.getByRole('button', { name: 'Sign In' }).click();
  await page.getByRole('button', { name: 'Sign out' }).waitFor();
  const cookies = await context.cookies();
  await context.close();
  return cookies;
}
