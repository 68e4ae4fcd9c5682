import { ConcurError, type HttpMethod } from './concur-error';

interface Wait {
  until: number;
  status: number;
  message: string;
  correlationId: string | undefined;
}

/** Enough for every screen of the console; the oldest entry goes first when more are remembered. */
const MAX_ENTRIES = 200;

/**
 * Where Concur said "come back later" (429 or 503 with `Retry-After`), per user, method and URL: until that moment no
 * request for the same thing leaves the browser, whoever asks (a second component, a preload, a Retry click). The caller
 * gets the same answer again, with the time left, so the retry policy waits for it or shows "try again at …".
 */
export function createRetryAfterGate() {
  const waits = new Map<string, Wait>();

  const prune = () => {
    const at = Date.now();
    for (const [key, wait] of waits) if (wait.until <= at) waits.delete(key);
    while (waits.size > MAX_ENTRIES) {
      const oldest = waits.keys().next().value;
      if (oldest === undefined) break;
      waits.delete(oldest);
    }
  };

  return {
    /** The answer Concur gave, while it still applies; undefined when the request may go. */
    check(key: string, method: HttpMethod): ConcurError | undefined {
      const wait = waits.get(key);
      if (!wait) return undefined;
      const left = wait.until - Date.now();
      if (left <= 0) {
        waits.delete(key);
        return undefined;
      }
      return new ConcurError({ kind: 'http', method, status: wait.status, message: wait.message, correlationId: wait.correlationId, retryAfterMs: left });
    },
    /** Remembers a 429/503 that carried `Retry-After`; any other outcome ends the wait. */
    record(key: string, outcome: unknown): void {
      const asked = outcome instanceof ConcurError && outcome.kind === 'http' && (outcome.status === 429 || outcome.status === 503) ? outcome : undefined;
      if (!asked?.retryAt || asked.status === undefined) {
        waits.delete(key);
        return;
      }
      waits.delete(key);
      waits.set(key, { until: asked.retryAt.getTime(), status: asked.status, message: asked.message, correlationId: asked.correlationId });
      prune();
    },
    clear(): void {
      waits.clear();
    },
  };
}

export type RetryAfterGate = ReturnType<typeof createRetryAfterGate>;
