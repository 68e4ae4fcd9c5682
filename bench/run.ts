import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { buildIfStale } from '../scripts/build-if-stale';
import { CHROMIUM_ARGS, findChromium } from '../scripts/find-chromium';
import { startStack } from '../scripts/stack';
import type { BenchContext, BenchRow } from './context';
import { signInForCookies } from './sign-in';
import { suites } from './suites';

/** npm run bench: builds, starts gateway + sandbox on free ports with a fresh database, prints one table of figures. */
const executablePath = findChromium();
if (!executablePath) {
  console.error('No Chromium found: install it (Debian: apt-get install -y chromium) or set CHROMIUM_PATH.');
  process.exit(1);
}
buildIfStale();
const dataDir = mkdtempSync(join(tmpdir(), 'concur-bench-'));
const stack = await startStack({ quiet: true, env: { SANDBOX_DB: join(dataDir, 'sandbox.sqlite'), SANDBOX_RATE_LIMIT: '0', LOG_LEVEL: 'warn' } });
const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
const context: BenchContext = {
  browser,
  gatewayUrl: stack.gatewayUrl,
  sandboxUrl: stack.sandboxUrl,
  signIn: (login) => signInForCookies(browser, stack.gatewayUrl, login),
};
const rows: BenchRow[] = [];
try {
  for (const suite of suites) rows.push(...(await suite(context)));
} finally {
  await browser.close();
  await stack.stop();
  rmSync(dataDir, { recursive: true, force: true });
}

const width = Math.max(...rows.map((row) => row.figure.length));
const table = [
  `| ${'Figure'.padEnd(width)} | Value |`,
  `| ${'-'.repeat(width)} | ----- |`,
  ...rows.map((row) => `| ${row.figure.padEnd(width)} | ${row.value} |`),
].join('\n');
console.log(`\nConcur Console bench (${new Date().toISOString()}, Node ${process.version}, Chromium headless)\n\n${table}\n`);
mkdirSync(join('bench', 'results'), { recursive: true });
const stamp = new Date().toISOString().replace(/[:.]/g, '-');
writeFileSync(join('bench', 'results', `bench-${stamp}.md`), `${table}\n`);
writeFileSync(join('bench', 'results', `bench-${stamp}.json`), JSON.stringify(rows, null, 2));
