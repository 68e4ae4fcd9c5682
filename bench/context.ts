import type { Browser, Cookie } from '@playwright/test';
import type { RouteSummary } from './summary';

export interface BenchRow {
  figure: string;
  value: string;
  /** The figure as a number (ms, bytes…) for the JSON output and comparisons. */
  raw: number;
}

export interface BenchContext {
  browser: Browser;
  gatewayUrl: string;
  sandboxUrl: string;
  /** The floor's gateway (bench/floor, same sandbox): `${floorUrl}/?route=…` is a route's floor page. */
  floorUrl: string;
  /** Signs in through the real Web flow and returns the session cookie (rotates on every refresh: pass the newest). */
  signIn(login: string): Promise<Cookie[]>;
  /** Hands a route's headline figures (console and floor) to the summary table. */
  summarize(summary: RouteSummary): void;
}

/** A group of figures (one per route or feature), run in sequence by bench/run.ts. */
export type BenchSuite = (context: BenchContext) => Promise<BenchRow[]>;
