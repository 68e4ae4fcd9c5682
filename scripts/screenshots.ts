import { mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { buildIfStale } from './build-if-stale';
import { CHROMIUM_ARGS, findChromium } from './find-chromium';
import { startStack } from './stack';

/**
 * npm run screenshots: the README's pictures of the console. Builds the app if needed, starts gateway + sandbox on free
 * ports with a fresh database, signs in as each area's demo user in headless Chromium, and writes
 * docs/screenshots/<area>.<locale>.png at 1280×800 in the light theme, once the data is on screen.
 */
const OUT_DIR = join('docs', 'screenshots');
const LOCALES = ['en', 'es-MX'] as const;
type Locale = (typeof LOCALES)[number];
const MAX_BYTES = 250 * 1024;
const DAY_MS = 86_400_000;

/** Last calendar month in UTC, as the opportunities page's address holds it. */
function lastMonthQuery(now = new Date()): string {
  const from = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1));
  const to = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1) - DAY_MS);
  const day = (date: Date) => date.toISOString().slice(0, 10);
  return `mode=range&from=${day(from)}T00:00:00Z&to=${day(to)}T23:59:59Z`;
}

// What runs in the page is passed as text: this file is type-checked without the DOM's types (tsconfig.node.json).
// A progress bar with a value (the review's "decided" line) is content; one without is something still loading.
const LOADING_SELECTOR = '[role="progressbar"]:not([aria-valuenow]), .MuiSkeleton-root, [aria-busy="true"]';
// Only what the picture shows counts: the review queue loads a row's details once the row scrolls into view.
const LOADING = `![...document.querySelectorAll('${LOADING_SELECTOR}')].some((element) => {
  const box = element.getBoundingClientRect();
  return box.width > 0 && box.bottom > 0 && box.top < innerHeight;
})`;

/** Nothing on screen is loading: no spinner or indeterminate bar, no skeleton, no busy region; the fonts are in. */
async function settled(page: Page): Promise<void> {
  await page.waitForFunction(LOADING).catch(async (error: unknown) => {
    const still = await page.locator(LOADING_SELECTOR).evaluateAll((elements) => elements.map((element) => element.outerHTML.slice(0, 200)));
    throw new Error(`${page.url()} is still loading: ${still.join(' | ')}`, { cause: error });
  });
  await page.evaluate('document.fonts.ready.then(() => undefined)');
}

interface Shot {
  area: string;
  login: string;
  /** Opens the area and waits until what the picture shows is there (selectors only: the texts change with the language). */
  show(page: Page, gatewayUrl: string): Promise<void>;
}

const SHOTS: Shot[] = [
  {
    area: 'attendee-types',
    login: 'finance.admin@sandbox.test',
    async show(page, gatewayUrl) {
      await page.goto(`${gatewayUrl}/attendee-types`);
      await page.locator('[role="row"][data-id]').first().waitFor();
    },
  },
  {
    area: 'tax-invoices',
    login: 'finance.admin@sandbox.test',
    async show(page, gatewayUrl) {
      await page.goto(`${gatewayUrl}/tax-invoices`);
      await page.locator('main section table a[href]').first().click();
      await page.locator('main article[aria-busy="false"]').waitFor();
    },
  },
  {
    area: 'opportunities',
    login: 'travel.manager@sandbox.test',
    async show(page, gatewayUrl) {
      await page.goto(`${gatewayUrl}/opportunities?${lastMonthQuery()}`);
      await page.locator('main [role="grid"]').waitFor();
      // The results, not the query form: the summary and the chart, just under the app bar.
      const summary = await page.locator('#opportunities-summary-title').boundingBox();
      if (summary) await page.evaluate(`scrollTo(0, ${Math.round(summary.y - 88)})`);
    },
  },
  {
    area: 'po-receipts',
    login: 'ap.clerk@sandbox.test',
    async show(page, gatewayUrl) {
      await page.goto(`${gatewayUrl}/po-receipts`);
      const po = `PO-${new Date().getUTCFullYear()}-000001`;
      await page.locator('#receipt-purchaseOrderNumber').fill(po);
      await page.locator('main h2, main h3').filter({ hasText: po }).first().waitFor();
    },
  },
];

async function signIn(context: BrowserContext, gatewayUrl: string, login: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(gatewayUrl);
  // The console starts in the browser's language: English or Mexican Spanish.
  await page.getByRole('button', { name: /^(Sign in with Concur|Iniciar sesión con Concur)$/ }).click();
  await page.getByLabel('Email or Login ID').fill(login);
  await page.getByLabel('Password').fill('sandbox');
  await page.getByRole('button', { name: 'Sign In' }).click();
  await page.getByRole('button', { name: /^(Sign out|Cerrar sesión)$/ }).waitFor();
  return page;
}

async function capture(page: Page, shot: Shot, locale: Locale, gatewayUrl: string): Promise<string> {
  // The language is a remembered preference: set it, then open the area afresh (the session stays in this tab).
  await page.evaluate(`localStorage.setItem('concur-console:locale', ${JSON.stringify(locale)})`);
  // Each picture starts from a clean form: no draft of the previous one restored.
  await page.evaluate(`Object.keys(sessionStorage).filter((key) => key.includes(':draft:')).forEach((key) => sessionStorage.removeItem(key))`);
  await shot.show(page, gatewayUrl);
  await page.waitForFunction(`document.documentElement.lang === ${JSON.stringify(locale)}`);
  await settled(page);
  // No hover, no focus ring, no caret: the picture shows the page at rest.
  await page.mouse.move(0, 799);
  await page.evaluate('document.activeElement?.blur()');
  const file = join(OUT_DIR, `${shot.area}.${locale}.png`);
  await page.screenshot({ path: file, animations: 'disabled', caret: 'hide' });
  return file;
}

const executablePath = findChromium();
if (!executablePath) {
  console.error('No Chromium found: install it (Debian: apt-get install -y chromium) or set CHROMIUM_PATH.');
  process.exit(1);
}
buildIfStale();
mkdirSync(OUT_DIR, { recursive: true });
const dataDir = mkdtempSync(join(tmpdir(), 'concur-screenshots-'));
const stack = await startStack({ quiet: true, env: { SANDBOX_DB: join(dataDir, 'sandbox.sqlite'), SANDBOX_RATE_LIMIT: '0', LOG_LEVEL: 'warn' } });
const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
const tooLarge: string[] = [];
try {
  // One browser context per language, so the browser's own widgets (the native date-time field) speak it too.
  for (const locale of LOCALES) {
    for (const login of new Set(SHOTS.map((shot) => shot.login))) {
      const context = await browser.newContext({
        viewport: { width: 1280, height: 800 },
        colorScheme: 'light',
        reducedMotion: 'reduce',
        locale: locale === 'en' ? 'en-US' : locale,
        timezoneId: 'UTC',
        // waitForFunction with a text predicate compiles it in the page, which the console's CSP (rightly) forbids.
        bypassCSP: true,
      });
      await context.addInitScript({ content: `localStorage.setItem('concur-console:theme-mode', 'light')` });
      const page = await signIn(context, stack.gatewayUrl, login);
      for (const shot of SHOTS.filter((candidate) => candidate.login === login)) {
        const file = await capture(page, shot, locale, stack.gatewayUrl);
        const bytes = statSync(file).size;
        if (bytes > MAX_BYTES) tooLarge.push(file);
        console.log(`${file}  ${Math.round(bytes / 1024)} KB`);
      }
      await context.close();
    }
  }
} finally {
  await browser.close();
  await stack.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
if (tooLarge.length) {
  console.error(`Larger than ${MAX_BYTES / 1024} KB: ${tooLarge.join(', ')}`);
  process.exitCode = 1;
}
