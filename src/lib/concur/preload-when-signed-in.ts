import { getSessionState, subscribeToSession } from '../auth/session-store';

/**
 * A cold start on a list would otherwise ask Concur for its first page only once the signed-in app has rendered (a long
 * first render). A route starts that request instead, the moment the session is there, while the screen's code loads;
 * the page's query takes the answer once. An answer older than the app's staleTime (30 s), or started for another user,
 * is not used.
 */
const FRESH_MS = 30_000;
const preloaded = new Map<string, { userId: string; at: number; result: Promise<unknown> }>();

const signedInUserId = () => {
  const state = getSessionState();
  return state.status === 'signed-in' ? state.session.user.id : undefined;
};

/** Starts `load` now if signed in, or as soon as the silent sign-in in progress succeeds; keyed by `key`. */
export function preloadWhenSignedIn(key: string, load: () => Promise<unknown>): void {
  // A failure is handed to the page's query as its first attempt (so the retry policy counts it), never dropped.
  const start = (userId: string) => {
    const result = load();
    result.catch(() => undefined); // handled by whoever takes it; unhandled if nobody does
    preloaded.set(key, { userId, at: Date.now(), result });
  };
  const userId = signedInUserId();
  if (userId) return start(userId);
  if (getSessionState().status !== 'checking') return;
  // Subscribed before the app's guards, so the request leaves before React renders the signed-in app.
  const stop = subscribeToSession(() => {
    if (getSessionState().status === 'checking') return;
    stop();
    const signedIn = signedInUserId();
    if (signedIn) start(signedIn);
  });
}

/** The preloaded request under `key` for the signed-in user, once (it may reject); undefined when there is none. */
export function takePreloaded<T>(key: string): Promise<T> | undefined {
  const entry = preloaded.get(key);
  if (!entry) return undefined;
  preloaded.delete(key);
  return entry.userId === signedInUserId() && Date.now() - entry.at <= FRESH_MS ? (entry.result as Promise<T>) : undefined;
}

/** Drops every preloaded answer (tests: nothing carries over from one test to the next). */
export function forgetPreloaded(): void {
  preloaded.clear();
}
