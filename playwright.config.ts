import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './scripts/find-chromium';

const SIGN_IN_SPECS = ['**/e2e/sign-in.spec.ts'];
const SESSION_CHAOS_SPECS = ['**/e2e/chaos/sessions.spec.ts'];

export default defineConfig({
  testDir: './e2e',
  globalSetup: './e2e/global-setup.ts',
  fullyParallel: false,
  // Two workers: the projects below keep journeys that sign users out away from the others.
  workers: 2,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    browserName: 'chromium',
    headless: true,
    launchOptions: { executablePath: findChromium(), args: CHROMIUM_ARGS },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  // Signing out revokes every token of that user at Concur (DELETE /app-mgmt/v0/connections), and the session chaos cases
  // expire, revoke and sign out the shared demo users: those journeys run first, one file at a time, never beside the
  // feature journeys (docs/decisions/003).
  projects: [
    { name: 'sign-in', testMatch: SIGN_IN_SPECS },
    { name: 'chaos-sessions', testMatch: SESSION_CHAOS_SPECS, dependencies: ['sign-in'] },
    { name: 'features', testIgnore: [...SIGN_IN_SPECS, ...SESSION_CHAOS_SPECS], dependencies: ['chaos-sessions'] },
  ],
});
