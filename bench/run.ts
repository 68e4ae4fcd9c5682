import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { buildIfStale } from '../scripts/build-if-stale';
import { CHROMIUM_ARGS, findChromium } from '../scripts/find-chromium';
import { startStack } from '../scripts/stack';
import { measureBuild } from './build-size';
import { coldLoad, type ColdLoad } from './cold-load';
import { signInForCookies } from './sign-in';
import { kb, median, ms, spread } from './stats';

/** npm run bench: builds, starts gateway + sandbox on free ports, prints a table of figures. */
const LOADS = 7;

interface Row {
  figure: string;
  value: string;
  raw: number;
}

const executablePath = findChromium();
if (!executablePath) {
  console.error('No Chromium found: install it (Debian: apt-get install -y chromium) or set CHROMIUM_PATH.');
  process.exit(1);
}
buildIfStale();
const dataDir = mkdtempSync(join(tmpdir(), 'concur-bench-'));
const stack = await startStack({ quiet: true, env: { SANDBOX_DB: join(dataDir, 'sandbox.sqlite'), SANDBOX_RATE_LIMIT: '0' } });
const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
const rows: Row[] = [];
try {
  const build = measureBuild('dist');
  rows.push(
    { figure: 'Build: JS (raw / gzip)', value: `${kb(build.js.raw)} / ${kb(build.js.gzip)}`, raw: build.js.gzip },
    { figure: 'Build: CSS (raw / gzip)', value: `${kb(build.css.raw)} / ${kb(build.css.gzip)}`, raw: build.css.gzip },
  );

  let cookies = await signInForCookies(browser, stack.gatewayUrl, 'finance.admin@sandbox.test');
  const loads: ColdLoad[] = [];
  for (let i = 0; i < LOADS; i += 1) {
    const result = await coldLoad(browser, `${stack.gatewayUrl}/`, cookies, async (context) => {
      const page = context.pages()[0];
      if (!page) throw new Error('no page');
      await page.getByRole('button', { name: 'Sign out' }).waitFor();
    });
    loads.push(result.load);
    cookies = result.cookies;
  }
  const times = loads.map((load) => load.ms);
  const first = loads[0] as ColdLoad;
  const range = spread(times);
  rows.push(
    { figure: 'Home: JS + CSS loaded before the signed-in shell (gzip)', value: `${kb(first.jsGzip)} + ${kb(first.cssGzip)}`, raw: first.jsGzip + first.cssGzip },
    { figure: `Home: cold load to signed-in shell (median of ${LOADS})`, value: `${ms(median(times))} (${ms(range.min)}–${ms(range.max)})`, raw: median(times) },
  );
} finally {
  await browser.close();
  await stack.stop();
  rmSync(dataDir, { recursive: true, force: true });
}

const width = Math.max(...rows.map((row) => row.figure.length));
const table = [`| ${'Figure'.padEnd(width)} | Value |`, `| ${'-'.repeat(width)} | ----- |`, ...rows.map((row) => `| ${row.figure.padEnd(width)} | ${row.value} |`)].join('\n');
console.log(`\nConcur Console bench (${new Date().toISOString()}, ${process.platform}, Node ${process.version})\n\n${table}\n`);
mkdirSync(join('bench', 'results'), { recursive: true });
const stamp = new Date().toISOString().replace(/[:.]/g, '-');
writeFileSync(join('bench', 'results', `bench-${stamp}.md`), `${table}\n`);
writeFileSync(join('bench', 'results', `bench-${stamp}.json`), JSON.stringify(rows, null, 2));
