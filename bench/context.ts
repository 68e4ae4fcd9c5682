import type { Browser, Cookie } from '@playwright/test';

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
  /** Signs in through the real Web flow and returns the session cookie (rotates on every refresh: pass the newest). */
  signIn(login: string): Promise<Cookie[]>;
}

/** A group of figures (one per route or feature), run in sequence by bench/run.ts. */
export type BenchSuite = (context: BenchContext) => Promise<BenchRow[]>;
