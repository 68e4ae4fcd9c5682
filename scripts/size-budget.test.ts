import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { filesBeforeRunning, gzipBytes, lazyModules, readManifest } from './load-size';
import { viteBuild } from './vite-build';

/*
 * What a first visit downloads before a screen is usable stays within the budget of docs/decisions/004-size-budget.md:
 * the JS and CSS of the entry (index.html's script and modulepreloads), and of the entry plus each route's lazy chunks
 * with their static imports, in gzip bytes. Measured on a fresh build, so it can never pass on a stale dist/.
 */

const root = process.cwd();

const screen = (feature: string, module: string) => `src/features/${feature}/components/${module}.tsx`;
/**
 * The request a route starts while its screen's code loads. The bundler makes it a lazy chunk of its own or folds it into
 * a chunk the route loads anyway (it is small, and the screen imports it too), so it counts only when it is a lazy chunk.
 */
const firstPagePreload = (feature: string) => `src/features/${feature}/api/first-page-preload.ts`;
const foldable = new Set(['attendee-types', 'tax-invoices'].map(firstPagePreload));

/**
 * Each route: the lazy modules it needs before it is usable (nested routes and lazily rendered parts included), and
 * its budget for the entry plus those, in gzip bytes. Change budgets only as docs/decisions/004-size-budget.md says.
 */
const ROUTES: Record<string, { modules: string[]; budget: number }> = {
  '/sign-in': { modules: [screen('auth', 'sign-in-page')], budget: 245_000 },
  '/oauth/callback': { modules: [screen('auth', 'oauth-callback-page')], budget: 245_000 },
  '/attendee-types': { modules: [screen('attendee-types', 'attendee-types-page'), firstPagePreload('attendee-types')], budget: 455_000 },
  '/attendee-types/:id': {
    modules: [screen('attendee-types', 'attendee-types-page'), firstPagePreload('attendee-types'), screen('attendee-types', 'attendee-type-detail')],
    budget: 475_000,
  },
  '/tax-invoices/:id?': { modules: [screen('tax-invoices', 'tax-invoices-page'), firstPagePreload('tax-invoices')], budget: 330_000 },
  // The results (charts and table) load lazily, but the page starts loading them as soon as it mounts.
  '/opportunities': { modules: [screen('opportunities', 'opportunities-page'), screen('opportunities', 'results-overview')], budget: 615_000 },
  '/po-receipts': { modules: [screen('po-receipts', 'po-receipts-page')], budget: 385_000 },
};

/** The entry alone (index.html's script and modulepreloads): what every visit pays before anything shows. */
const ENTRY_BUDGET = 240_000;

const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

describe('what a first visit downloads stays within the size budget (gzip)', () => {
  const outDir = mkdtempSync(join(tmpdir(), 'concur-size-budget-'));
  let entryBytes = 0;
  const routeBytes = new Map<string, number>();
  let lazy: string[] = [];

  beforeAll(async () => {
    await viteBuild(root, outDir, { flags: ['--manifest'] });
    const manifest = readManifest(outDir);
    lazy = lazyModules(manifest);
    entryBytes = gzipBytes(outDir, filesBeforeRunning(manifest, ['index.html']));
    for (const [route, { modules }] of Object.entries(ROUTES)) {
      const built = modules.filter((module) => !foldable.has(module) || lazy.includes(module));
      routeBytes.set(route, gzipBytes(outDir, filesBeforeRunning(manifest, ['index.html', ...built])));
    }
    const lines = [...routeBytes].map(([route, bytes]) => `  entry + ${route}: ${kB(bytes)} (route adds ${kB(bytes - entryBytes)})`);
    console.log(`JS+CSS before a screen is usable, gzip:\n  entry: ${kB(entryBytes)}\n${lines.join('\n')}`);
  }, 180_000);
  afterAll(() => rmSync(outDir, { recursive: true, force: true }));

  it('measures every lazily loaded module (a new one must be given its route above)', () => {
    expect(lazy.length).toBeGreaterThan(3);
    const named = new Set(Object.values(ROUTES).flatMap((route) => route.modules.filter((module) => !foldable.has(module) || lazy.includes(module))));
    expect([...named].sort()).toEqual([...lazy].sort());
  });

  it(`keeps the entry within ${kB(ENTRY_BUDGET)}`, () => {
    expect(entryBytes).toBeGreaterThan(0);
    expect(entryBytes).toBeLessThanOrEqual(ENTRY_BUDGET);
  });

  it('ships every JS and CSS asset with .br and .gz twins that decode to it (the gateway serves them as they are)', () => {
    const assets = join(outDir, 'assets');
    const names = readdirSync(assets);
    const code = names.filter((name) => /\.(js|css)$/.test(name) && readFileSync(join(assets, name)).length >= 1024);
    expect(code.length).toBeGreaterThan(3);
    for (const name of code) {
      const original = readFileSync(join(assets, name));
      expect(gunzipSync(readFileSync(join(assets, `${name}.gz`))).equals(original), `${name}.gz`).toBe(true);
      expect(brotliDecompressSync(readFileSync(join(assets, `${name}.br`))).equals(original), `${name}.br`).toBe(true);
    }
  });

  it('keeps the entry plus each route within its budget', () => {
    const overBudget = [...routeBytes]
      .filter(([route, bytes]) => bytes > (ROUTES[route]?.budget ?? 0))
      .map(([route, bytes]) => `${route}: ${kB(bytes)} > ${kB(ROUTES[route]?.budget ?? 0)}`);
    expect(overBudget).toEqual([]);
  });
});
