/**
 * Runs one task per key at a time: callers that arrive while a task for their key is running share its promise.
 * The gateway keys refreshes by refresh token, because Concur may rotate it and a second refresh with the old one then
 * fails (security.md A8). This covers one gateway process only; see server/README.md for several instances.
 */
export interface SingleFlight<T> {
  run(key: string, task: () => Promise<T>): Promise<T>;
  readonly inFlight: number;
}

export function createSingleFlight<T>(): SingleFlight<T> {
  const running = new Map<string, Promise<T>>();
  return {
    run(key, task) {
      const existing = running.get(key);
      if (existing) return existing;
      const started = task().finally(() => running.delete(key));
      running.set(key, started);
      return started;
    },
    get inFlight() {
      return running.size;
    },
  };
}
