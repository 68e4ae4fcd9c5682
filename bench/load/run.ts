import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, startStack } from '../../scripts/stack';
import { findChildProcess, residentBytes } from './process-memory';
import { type LoadRow, formatLoadTable, formatMiB, parseLoadArgs } from './report';
import { gatewayOverhead, type LoadTargets, type ScenarioResult, slowUpstream, sustainedLoad, tokenFlood } from './scenarios';
import { gatewaySessionCookie, passwordGrantToken } from './session';
import { startTokenCounter } from './token-counter';

/*
 * npm run bench:load [-- --duration <seconds>]: the gateway under load, proxying to the sandbox on loopback.
 * Starts gateway + sandbox on free ports with a fresh database (scripts/stack.ts), then: the gateway's overhead over the
 * sandbox, a sustained run at 100 connections (default 60 s, `--duration` shortens it) with the gateway's RSS, 1,000
 * hanging upstream requests beside normal traffic, and an /auth/token flood with bad codes. Prints one table and writes
 * it as Markdown and JSON to bench/results/ (git-ignored). No figure here is asserted in a test.
 *
 * Counting token calls: the sandbox keeps no count of them, so a forwarder (token-counter.ts) takes the sandbox's
 * address on 127.0.0.1 (where the stack points the gateway's token and authorize URLs) and the sandbox itself listens on
 * 127.0.0.2, same port. The sandbox announces 127.0.0.2 as the users' geolocation, which CONCUR_ALLOWED_HOSTS lets the
 * gateway use, so API calls go straight to the sandbox and only the OAuth calls pass the counter.
 */

let args;
try {
  args = parseLoadArgs(process.argv.slice(2));
} catch (error) {
  console.error((error as Error).message);
  process.exit(2);
}
const { durationSeconds } = args;
// Windows of the shorter scenarios: 5 s each at the default 60 s run, 2 s with --duration 10 or less.
const windowSeconds = Math.min(5, Math.max(2, Math.round(durationSeconds / 12)));

const loadAtStart = loadavg()[0] ?? Number.NaN;
const port = await freePort();
const directUrl = `http://127.0.0.2:${port}`;
const tokenCounter = await startTokenCounter({ host: '127.0.0.1', port }, { host: '127.0.0.2', port });
const dataDir = mkdtempSync(join(tmpdir(), 'concur-load-'));
console.log(`Starting gateway + sandbox (sustained run ${durationSeconds} s, other windows ${windowSeconds} s)…`);
const stack = await startStack({
  sandboxPort: port,
  quiet: true,
  env: {
    SANDBOX_DB: join(dataDir, 'sandbox.sqlite'),
    SANDBOX_HOST: '127.0.0.2',
    SANDBOX_RATE_LIMIT: '0',
    SANDBOX_FAULTS: '1',
    CONCUR_ALLOWED_HOSTS: directUrl,
    LOG_LEVEL: 'warn',
  },
}).catch(async (error: unknown) => {
  await tokenCounter.close();
  throw error;
});

const rows: LoadRow[] = [];
const runs: Record<string, unknown> = {};
const record = (result: ScenarioResult) => {
  rows.push(...result.rows);
  Object.assign(runs, result.runs);
  console.log(formatLoadTable(result.rows));
};
const gatewayPid = findChildProcess(join('server', 'main.ts'));
let rssFinal = Number.NaN;
try {
  const targets: LoadTargets = {
    gatewayUrl: stack.gatewayUrl,
    directUrl,
    tokenSandboxUrl: stack.sandboxUrl,
    accessToken: await passwordGrantToken(directUrl),
    cookie: await gatewaySessionCookie(stack.gatewayUrl, stack.sandboxUrl),
    gatewayPid,
    tokenCounter,
  };
  if (gatewayPid === undefined) console.warn('The gateway process was not found in /proc: its RSS is reported as n/a.');
  console.log(`Gateway RSS at start: ${formatMiB(residentBytes(gatewayPid))}`);
  console.log('\n1/4 Gateway overhead over the sandbox…');
  record(await gatewayOverhead(targets, windowSeconds));
  console.log(`\n2/4 Sustained load, 100 connections × ${durationSeconds} s (after a 5 s warm-up)…`);
  record(await sustainedLoad(targets, durationSeconds));
  console.log('\n3/4 1,000 hanging upstream requests beside normal traffic…');
  record(await slowUpstream(targets, windowSeconds));
  console.log('\n4/4 /auth/token flood with bad codes…');
  record(await tokenFlood(targets));
  rssFinal = residentBytes(gatewayPid);
  record({
    rows: [{ figure: 'Gateway RSS after all scenarios (incl. 1,000 concurrent requests)', value: formatMiB(rssFinal), raw: rssFinal }],
    runs: {},
  });
} finally {
  await stack.stop();
  await tokenCounter.close();
  rmSync(dataDir, { recursive: true, force: true });
}

const command = `npm run bench:load${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`;
const loadAverages = `1-min load average ${loadAtStart.toFixed(1)} at start, ${(loadavg()[0] ?? Number.NaN).toFixed(1)} at end`;
const machine = `Node ${process.version}, ${cpus().length} CPU (${cpus()[0]?.model ?? 'unknown'}), gateway + sandbox + autocannon on one machine, LOG_LEVEL=warn, ${loadAverages}`;
const table = formatLoadTable(rows);
const failed = rows.filter((row) => row.ok === false).length;
const summary = `${rows.filter((row) => row.ok === true).length} targets met, ${failed} missed`;
console.log(`\nConcur Console load bench (${new Date().toISOString()}; ${command}; ${machine})\n\n${table}\n\n${summary}\n`);
mkdirSync(join('bench', 'results'), { recursive: true });
const stamp = new Date().toISOString().replace(/[:.]/g, '-');
writeFileSync(join('bench', 'results', `load-${stamp}.md`), `Command: \`${command}\`\n\n${machine}\n\n${table}\n\n${summary}\n`);
writeFileSync(
  join('bench', 'results', `load-${stamp}.json`),
  JSON.stringify({ command, machine, date: new Date().toISOString(), durationSeconds, windowSeconds, rows, rssFinal, runs }, null, 2),
);
console.log(`Written to bench/results/load-${stamp}.md and .json`);
