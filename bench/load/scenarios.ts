import { type CannonRun, cannon, describeStatuses } from './cannon';
import { residentBytes } from './process-memory';
import { type LoadRow, formatMiB, formatMs, formatPercent } from './report';
import { appHeaders } from './session';
import type { TokenCounter } from './token-counter';

export interface LoadTargets {
  gatewayUrl: string;
  /** The sandbox itself, not through the token counter: what the gateway proxies API calls to. */
  directUrl: string;
  /** The sandbox origin the gateway's token URL points at (the token counter). */
  tokenSandboxUrl: string;
  /** Bearer token (password grant) and gateway session cookie of the same user. */
  accessToken: string;
  cookie: string;
  gatewayPid: number | undefined;
  tokenCounter: TokenCounter;
}

/** Everything the report needs: the table rows and the raw runs for the JSON file. */
export interface ScenarioResult {
  rows: LoadRow[];
  runs: Record<string, unknown>;
}

export const LIGHT_PATH = '/api/v3.0/expense/attendeetypes?limit=1';
export const MEDIUM_PATH = '/api/v3.0/expense/attendeetypes?limit=100';
/** Eighteen months of seeded opportunities: a full 1,000-item page. */
export const HEAVY_PATH = '/api/v3.0/insights/opportunities?fromUtc=2000-01-01T00:00:00&toUtc=2100-12-31T23:59:59';
export const SUSTAINED_PATH = '/api/v3.0/expense/attendeetypes?limit=25';
export const SLOW_PATH = '/api/v3.0/expense/digitaltaxinvoices';
export const SLOW_REQUESTS = 1000;
export const SLOW_LATENCY_MS = 15_000;
export const REALISTIC_LATENCY_MS = 20;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const count = (value: number) => Math.round(value).toLocaleString('en-US');
const triple = (run: CannonRun) => `${formatMs(run.latency.p50)} / ${formatMs(run.latency.p97_5)} / ${formatMs(run.latency.p99)}`;

function apiHeaders(targets: LoadTargets, throughGateway: boolean): Record<string, string> {
  return {
    accept: 'application/json',
    authorization: `Bearer ${targets.accessToken}`,
    ...(throughGateway ? { cookie: targets.cookie } : {}),
  };
}

/** Fails loudly when a run that should only see 2xx did not: a broken setup must not pass as a figure. */
function requireSuccess(name: string, run: CannonRun): void {
  if (run.responses === 0) throw new Error(`${name}: no response at all (${run.errors} errors)`);
}

async function chaos(targets: LoadTargets, method: 'POST' | 'DELETE' | 'GET', body?: unknown): Promise<unknown> {
  const response = await fetch(`${targets.directUrl}/__chaos/faults`, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  if (!response.ok) throw new Error(`${method} /__chaos/faults: ${response.status} ${await response.text()}`);
  return response.status === 204 ? undefined : response.json();
}

const mean = (values: readonly number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;

/**
 * Latency the gateway adds over calling the sandbox directly, at the median, one connection (requests in sequence, so
 * the figure is latency, not throughput). For scale, the same through a bare node:http forwarder (the token counter,
 * which passes every request on untouched): the cost of any extra hop on loopback. The three paths alternate, two rounds
 * each, to even out drift on a shared machine; the figure is the mean of the rounds' medians.
 */
export async function gatewayOverhead(targets: LoadTargets, windowSeconds: number): Promise<ScenarioResult> {
  const rows: LoadRow[] = [];
  const runs: Record<string, unknown> = {};
  const endpoints = [
    ['light', 'attendee types, limit=1', LIGHT_PATH, 0],
    ['medium', 'attendee types, limit=100', MEDIUM_PATH, 0],
    ['heavy', 'opportunities, all dates: 1,000 items', HEAVY_PATH, 0],
    // Concur answers in tens to hundreds of milliseconds, not in a fraction of one: the same light call with a sandbox
    // latency fault shows what the gateway's fixed cost weighs against a realistic upstream.
    ['light + 20 ms upstream latency', 'attendee types, limit=1, sandbox latency fault', LIGHT_PATH, REALISTIC_LATENCY_MS],
  ] as const;
  const paths = [
    ['direct', targets.directUrl, false],
    ['forwarder', targets.tokenSandboxUrl, false],
    ['gateway', targets.gatewayUrl, true],
  ] as const;
  for (const [key, label, path, latencyMs] of endpoints) {
    if (latencyMs > 0) {
      await chaos(targets, 'DELETE');
      await chaos(targets, 'POST', { method: 'GET', path: path.split('?')[0], latencyMs, times: 10_000 });
    }
    const medians: Record<string, number[]> = { direct: [], forwarder: [], gateway: [] };
    const detail: Record<string, CannonRun[]> = { direct: [], forwarder: [], gateway: [] };
    const measure = (base: string, throughGateway: boolean, seconds: number) =>
      cannon({ url: `${base}${path}`, connections: 1, durationSeconds: seconds, headers: apiHeaders(targets, throughGateway) });
    // A short warm-up of every path (JIT, keep-alive sockets, SQLite page cache) before anything is kept.
    for (const [, base, throughGateway] of paths) await measure(base, throughGateway, 1);
    for (let round = 0; round < 2; round += 1) {
      for (const [name, base, throughGateway] of paths) {
        const run = await measure(base, throughGateway, windowSeconds);
        requireSuccess(`${key} ${name}`, run);
        medians[name]?.push(run.latency.p50);
        detail[name]?.push(run);
      }
    }
    if (latencyMs > 0) await chaos(targets, 'DELETE');
    const direct = mean(medians.direct ?? []);
    const forwarder = mean(medians.forwarder ?? []);
    const gateway = mean(medians.gateway ?? []);
    const overhead = gateway / direct - 1;
    const errors = Object.values(detail).flat().reduce((sum, run) => sum + run.errors + run.non2xx, 0);
    const bytes = detail.gateway?.[0]?.meanBytes ?? Number.NaN;
    rows.push({
      figure: `Gateway overhead at the median, ${key} (${label}; ${(bytes / 1024).toFixed(1)} KB)`,
      value:
        `direct ${formatMs(direct)} → gateway ${formatMs(gateway)} (${formatPercent(overhead)}, +${formatMs(gateway - direct)}); ` +
        `bare node:http forwarder ${formatMs(forwarder)} (${formatPercent(forwarder / direct - 1)})`,
      raw: overhead,
      target: '< +20%',
      ok: overhead < 0.2 && errors === 0,
    });
    runs[`overhead-${key}`] = { path, medians, errorsAndNon2xx: errors, runs: detail };
  }
  return { rows, runs };
}

/** 100 connections on an authenticated GET through the gateway for `durationSeconds`, with the gateway's RSS around it. */
export async function sustainedLoad(targets: LoadTargets, durationSeconds: number): Promise<ScenarioResult> {
  const url = `${targets.gatewayUrl}${SUSTAINED_PATH}`;
  const headers = apiHeaders(targets, true);
  const warmUp = await cannon({ url, connections: 100, durationSeconds: 5, headers });
  requireSuccess('warm-up', warmUp);
  const rssAfterWarmUp = residentBytes(targets.gatewayPid);
  const samples: number[] = [];
  const sampler = setInterval(() => samples.push(residentBytes(targets.gatewayPid)), 1000);
  let run: CannonRun;
  try {
    run = await cannon({ url, connections: 100, durationSeconds, headers });
  } finally {
    clearInterval(sampler);
  }
  requireSuccess('sustained load', run);
  const rssAtEnd = residentBytes(targets.gatewayPid);
  const growth = rssAtEnd - rssAfterWarmUp;
  const peak = Math.max(rssAfterWarmUp, rssAtEnd, ...samples.filter(Number.isFinite));
  const title = `Sustained GET attendee types (limit=25) via gateway, 100 connections × ${durationSeconds} s`;
  const failures = run.errors + run.non2xx;
  return {
    rows: [
      { figure: `${title}: requests/s`, value: `${count(run.perSecond)}/s (${count(run.responses)} requests)`, raw: run.perSecond },
      { figure: `${title}: latency p50 / p97.5 / p99`, value: triple(run), raw: run.latency.p50 },
      {
        figure: `${title}: errors + non-2xx`,
        value: `${run.errors} + ${run.non2xx} (${describeStatuses(run)})`,
        raw: failures,
        target: '0',
        ok: failures === 0,
      },
      {
        figure: 'Gateway RSS after 5 s warm-up → at end of the sustained run',
        value: `${formatMiB(rssAfterWarmUp)} → ${formatMiB(rssAtEnd)} (${growth >= 0 ? '+' : ''}${formatMiB(growth)}; peak ${formatMiB(peak)})`,
        raw: growth,
        // No growth: anything under 10% of the warmed-up size is allocator and heap-sizing noise, not a leak.
        target: 'growth < 10% of warm-up RSS',
        ok: Number.isFinite(growth) && growth < rssAfterWarmUp * 0.1,
      },
    ],
    runs: { sustained: { path: SUSTAINED_PATH, warmUp, run, rssAfterWarmUp, rssAtEnd, rssSamples: samples } },
  };
}

/**
 * 1,000 requests hang at "Concur" (a sandbox latency fault on one path) while other users' requests on another path are
 * timed: they must not wait for the hanging ones.
 */
export async function slowUpstream(targets: LoadTargets, windowSeconds: number): Promise<ScenarioResult> {
  const normal = () =>
    cannon({ url: `${targets.gatewayUrl}${LIGHT_PATH}`, connections: 10, durationSeconds: windowSeconds, headers: apiHeaders(targets, true) });
  await chaos(targets, 'DELETE');
  const unloaded = await normal();
  requireSuccess('unloaded normal requests', unloaded);

  await chaos(targets, 'POST', { method: 'GET', path: SLOW_PATH, latencyMs: SLOW_LATENCY_MS, times: SLOW_REQUESTS });
  const started = performance.now();
  const slow = cannon({
    url: `${targets.gatewayUrl}${SLOW_PATH}?limit=1`,
    connections: SLOW_REQUESTS,
    amount: SLOW_REQUESTS,
    headers: apiHeaders(targets, true),
    timeoutSeconds: SLOW_LATENCY_MS / 1000 + 30,
  });
  // All of them are hanging once the sandbox has taken the fault's last count.
  let allHangingAfter = Number.NaN;
  while (performance.now() - started < SLOW_LATENCY_MS) {
    const { faults } = (await chaos(targets, 'GET')) as { faults: unknown[] };
    if (faults.length === 0) {
      allHangingAfter = performance.now() - started;
      break;
    }
    await sleep(50);
  }
  const loaded = await normal();
  const slowRun = await slow;
  await chaos(targets, 'DELETE');
  requireSuccess('normal requests during the hang', loaded);
  // The timed window must lie wholly inside the hang, or the comparison would flatter the gateway.
  const insideHang = Number.isFinite(allHangingAfter) && loaded.lastResponseAt < slowRun.firstResponseAt;
  const loadedFailures = loaded.errors + loaded.non2xx;
  const slowOk = slowRun.responses === SLOW_REQUESTS && slowRun.non2xx === 0 && slowRun.errors === 0;
  const p99Ratio = loaded.latency.p99 / unloaded.latency.p99;
  return {
    rows: [
      {
        figure: `${SLOW_REQUESTS} slow requests (sandbox latency fault ${SLOW_LATENCY_MS / 1000} s) via gateway`,
        value: `all in flight after ${formatMs(allHangingAfter)}; answered ${describeStatuses(slowRun)}, errors ${slowRun.errors}, p50 ${formatMs(slowRun.latency.p50)}`,
        raw: slowRun.responses,
        target: `${SLOW_REQUESTS} × 2xx`,
        ok: slowOk,
      },
      { figure: 'Other users\' GET (10 connections), unloaded: p50 / p99', value: `${formatMs(unloaded.latency.p50)} / ${formatMs(unloaded.latency.p99)} (${count(unloaded.perSecond)}/s)`, raw: unloaded.latency.p99 },
      {
        figure: `Other users' GET (10 connections) while ${SLOW_REQUESTS} hang: p50 / p99`,
        value: `${formatMs(loaded.latency.p50)} / ${formatMs(loaded.latency.p99)} (${count(loaded.perSecond)}/s, p99 ×${p99Ratio.toFixed(2)}, errors + non-2xx ${loadedFailures}${insideHang ? '' : ', NOT wholly inside the hang'})`,
        raw: loaded.latency.p99,
        target: 'not blocked: 0 errors, p99 < 100 ms',
        ok: insideHang && loadedFailures === 0 && loaded.latency.p99 < 100,
      },
    ],
    runs: { slowUpstream: { slowPath: SLOW_PATH, normalPath: LIGHT_PATH, allHangingAfterMs: allHangingAfter, insideHang, unloaded, loaded, slow: slowRun } },
  };
}

export const FLOOD_REQUESTS = 5000;

/**
 * A flood of /auth/token calls with bad codes: answered quickly, and each reaches Concur's token endpoint at most once
 * (counted in front of the sandbox). A flood naming a host off the allowlist must not reach Concur at all. Each flood is a
 * fixed number of requests that all get their answer, so no call is still on its way to Concur when the count is read.
 */
export async function tokenFlood(targets: LoadTargets): Promise<ScenarioResult> {
  const redirectUri = `${targets.gatewayUrl}/oauth/callback`;
  const flood = (geolocation: string) =>
    cannon({
      url: `${targets.gatewayUrl}/auth/token`,
      method: 'POST',
      connections: 50,
      amount: FLOOD_REQUESTS,
      headers: appHeaders(targets.gatewayUrl),
      bodyFor: (index) => JSON.stringify({ code: `bad-code-${index}`, codeVerifier: 'v'.repeat(43), redirectUri, geolocation }),
    });
  const settle = () => sleep(500);

  targets.tokenCounter.reset();
  const badCodes = await flood(targets.tokenSandboxUrl);
  await settle();
  const badCodeCalls = targets.tokenCounter.tokenCalls;
  targets.tokenCounter.reset();
  const forged = await flood('https://evil.example');
  await settle();
  const forgedCalls = targets.tokenCounter.tokenCalls;
  const only400 = (run: CannonRun) => run.responses > 0 && Object.keys(run.statusCounts).every((status) => status === '400');
  return {
    rows: [
      {
        figure: `/auth/token flood, ${count(FLOOD_REQUESTS)} bad codes (50 connections): answers/s, p50 / p99`,
        value: `${count(badCodes.perSecond)}/s, ${formatMs(badCodes.latency.p50)} / ${formatMs(badCodes.latency.p99)} (${describeStatuses(badCodes)}, errors ${badCodes.errors})`,
        raw: badCodes.latency.p99,
        // Quick = a bad code never queues behind Concur's time-out (30 s): answered within a second even at the tail, on a
        // 2-core machine that also runs the sandbox and the load generator.
        target: 'all 400, p99 < 1 s',
        ok: only400(badCodes) && badCodes.errors === 0 && badCodes.latency.p99 < 1000,
      },
      {
        figure: '/auth/token flood, bad codes: token-endpoint calls reaching Concur',
        value: `${count(badCodeCalls)} for ${count(badCodes.sent)} requests (${(badCodeCalls / badCodes.sent).toFixed(3)} per request)`,
        raw: badCodeCalls / badCodes.sent,
        target: '≤ 1 per request',
        ok: badCodeCalls <= badCodes.sent,
      },
      {
        figure: `/auth/token flood, ${count(FLOOD_REQUESTS)} with a geolocation off the allowlist: calls reaching Concur`,
        value: `${count(forgedCalls)} for ${count(forged.sent)} requests (${describeStatuses(forged)}, p99 ${formatMs(forged.latency.p99)})`,
        raw: forgedCalls,
        target: '0',
        ok: forgedCalls === 0 && only400(forged),
      },
    ],
    runs: { tokenFlood: { badCodes, badCodeCalls, forged, forgedCalls } },
  };
}
