import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './scripts/find-chromium';

const SIGN_OUT_SPECS = ['sign-in.spec.ts'];

export default defineConfig({
  testDir: './e2e',
  globalSetup: './e2e/global-setup.ts',
  fullyParallel: false,
  workers: process.env.CI ? 1 : 2,
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
  // Signing out revokes every token of that user at Concur (DELETE /app-mgmt/v0/connections), so the journeys that sign
  // the demo users out run before the feature journeys, never beside them (docs/decisions/003).
  projects: [
    { name: 'sessions', testMatch: SIGN_OUT_SPECS },
    { name: 'features', testIgnore: SIGN_OUT_SPECS, dependencies: ['sessions'] },
  ],
});
