import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { buildIfStale } from '../scripts/build-if-stale';
import { CHROMIUM_ARGS, findChromium } from '../scripts/find-chromium';
import { startStack } from '../scripts/stack';
import type { BenchContext, BenchRow } from './context';
import { buildFloor, startFloorGateway } from './floor-gateway';
import { signInForCookies } from './sign-in';
import { suites } from './suites';
import { compareTable, summaryTable, type BenchReport, type RouteSummary } from './summary';

/**
 * npm run bench [-- --only attendee-types[,po-receipts]] [-- --compare bench/results/old.json]: builds the console and
 * the floor, starts gateway + sandbox (and the floor's gateway) on free ports with a fresh database, runs the suites and
 * prints the per-route summary (console and floor, alternating, ratios to the floor) after the detailed figures.
 */
const { values: args } = parseArgs({ options: { only: { type: 'string' }, compare: { type: 'string' } } });
const only = args.only?.split(',').map((name) => name.trim());
const unknown = only?.filter((name) => !suites.some((suite) => suite.name === name)) ?? [];
if (unknown.length) {
  console.error(`Unknown suite ${unknown.join(', ')}: choose from ${suites.map((suite) => suite.name).join(', ')}.`);
  process.exit(1);
}
const previous = args.compare ? (JSON.parse(readFileSync(args.compare, 'utf8')) as Partial<BenchReport>) : undefined;
const executablePath = findChromium();
if (!executablePath) {
  console.error('No Chromium found: install it (Debian: apt-get install -y chromium) or set CHROMIUM_PATH.');
  process.exit(1);
}
buildIfStale();
await buildFloor();
const dataDir = mkdtempSync(join(tmpdir(), 'concur-bench-'));
const stack = await startStack({ quiet: true, env: { SANDBOX_DB: join(dataDir, 'sandbox.sqlite'), SANDBOX_RATE_LIMIT: '0', LOG_LEVEL: 'warn' } });
const floor = await startFloorGateway(stack);
const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
const summaries: RouteSummary[] = [];
const context: BenchContext = {
  browser,
  gatewayUrl: stack.gatewayUrl,
  sandboxUrl: stack.sandboxUrl,
  floorUrl: floor.url,
  signIn: (login) => signInForCookies(browser, stack.gatewayUrl, login),
  summarize: (summary) => summaries.push(summary),
};
const rows: BenchRow[] = [];
const failed: string[] = [];
try {
  for (const suite of suites) {
    if (only && !only.includes(suite.name)) continue;
    try {
      rows.push(...(await suite.run(context)));
    } catch (error) {
      // One broken suite must not cost the figures of the others: report it, fail the run at the end.
      failed.push(suite.name);
      console.error(`Suite ${suite.name} failed:`, error);
    }
  }
} finally {
  await browser.close();
  await floor.stop();
  await stack.stop();
  rmSync(dataDir, { recursive: true, force: true });
}

const width = Math.max(6, ...rows.map((row) => row.figure.length));
const details = [
  `| ${'Figure'.padEnd(width)} | Value |`,
  `| ${'-'.repeat(width)} | ----- |`,
  ...rows.map((row) => `| ${row.figure.padEnd(width)} | ${row.value} |`),
].join('\n');
const report: BenchReport = { date: new Date().toISOString(), node: process.version, summaries, rows };
const summary = summaryTable(summaries);
const heading = `Concur Console bench (${report.date}, Node ${process.version}, Chromium headless)`;
console.log(`\n${heading}\n\nDetailed figures\n\n${details}\n\nSummary per route (console vs floor, same run)\n\n${summary}\n`);
const comparison = previous ? compareTable({ summaries: previous.summaries ?? [] }, report) : undefined;
if (comparison) console.log(`Change since ${args.compare}\n\n${comparison}\n`);
mkdirSync(join('bench', 'results'), { recursive: true });
const stamp = report.date.replace(/[:.]/g, '-');
const markdown = [`# ${heading}`, '', '## Summary per route', '', summary, '', '## Detailed figures', '', details, ...(comparison ? ['', `## Change since ${args.compare}`, '', comparison] : [])];
writeFileSync(join('bench', 'results', `bench-${stamp}.md`), `${markdown.join('\n')}\n`);
writeFileSync(join('bench', 'results', `bench-${stamp}.json`), `${JSON.stringify(report, null, 2)}\n`);
console.log(`Written: bench/results/bench-${stamp}.md and .json`);
if (failed.length) {
  console.error(`Failed suites: ${failed.join(', ')}`);
  process.exitCode = 1;
}
