import autocannon from 'autocannon';
import { type LatencySummary, summarizeLatencies } from './report';

export interface CannonOptions {
  url: string;
  connections: number;
  /** Seconds; ignored when `amount` is given. */
  durationSeconds?: number;
  /** Exactly this many requests, then stop. */
  amount?: number;
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  body?: string;
  /** Per-request time-out in seconds (autocannon's default is 10). */
  timeoutSeconds?: number;
  /** A fresh body per request (e.g. a different bad code each time). */
  bodyFor?: (index: number) => string;
}

export interface CannonRun {
  /** Requests sent and responses received (any status). */
  sent: number;
  responses: number;
  seconds: number;
  /** Responses per second over the run. */
  perSecond: number;
  /** Latency of every response, from autocannon's exact (fractional-ms) timings, not its whole-ms histogram. */
  latency: LatencySummary;
  statusCounts: Record<string, number>;
  non2xx: number;
  /** Connection errors and time-outs (autocannon counts time-outs among errors). */
  errors: number;
  timeouts: number;
  /** Mean response size in bytes (head and body, as autocannon counts them). */
  meanBytes: number;
  /** performance.now() of the first and last response, to place the run against other events. */
  firstResponseAt: number;
  lastResponseAt: number;
}

/**
 * Runs autocannon in this process and keeps each response's exact time: autocannon's own histogram records whole
 * milliseconds, too coarse for a sandbox that answers in a fraction of one on loopback.
 */
export function cannon(options: CannonOptions): Promise<CannonRun> {
  const samples: number[] = [];
  let firstResponseAt = Number.NaN;
  let lastResponseAt = Number.NaN;
  let sent = 0;
  let bytes = 0;
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: options.url,
        connections: options.connections,
        ...(options.amount !== undefined ? { amount: options.amount } : { duration: options.durationSeconds ?? 10 }),
        method: options.method ?? 'GET',
        headers: options.headers ?? {},
        ...(options.body !== undefined ? { body: options.body } : {}),
        timeout: options.timeoutSeconds ?? 10,
        ...(options.bodyFor
          ? { requests: [{ setupRequest: (request) => ({ ...request, body: options.bodyFor?.(sent++) ?? '' }) }] }
          : {}),
      },
      (error, result) => {
        if (error) return reject(error instanceof Error ? error : new Error(String(error)));
        const statusCounts: Record<string, number> = {};
        for (const [status, stats] of Object.entries(result.statusCodeStats ?? {})) statusCounts[status] = stats.count ?? 0;
        const responses = samples.length;
        resolve({
          sent: result.requests.sent,
          responses,
          seconds: result.duration,
          perSecond: result.duration > 0 ? responses / result.duration : Number.NaN,
          latency: summarizeLatencies(samples),
          statusCounts,
          non2xx: result.non2xx,
          errors: result.errors,
          timeouts: result.timeouts,
          meanBytes: responses ? bytes / responses : Number.NaN,
          firstResponseAt,
          lastResponseAt,
        });
      },
    );
    instance.on('response', (_client, _status, resBytes, responseTime) => {
      bytes += resBytes;
      const now = performance.now();
      if (Number.isNaN(firstResponseAt)) firstResponseAt = now;
      lastResponseAt = now;
      samples.push(responseTime);
    });
  });
}

export const describeStatuses = (run: CannonRun) =>
  Object.entries(run.statusCounts)
    .map(([status, count]) => `${count}×${status}`)
    .join(', ') || 'none';
