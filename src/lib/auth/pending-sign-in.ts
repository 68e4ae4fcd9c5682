import { z } from 'zod/mini';
import { appSessionStorageKeys, sessionStorageKeys } from './app-storage';

/** A sign-in link is good for 10 minutes, like Concur's authorization codes. */
export const PENDING_SIGN_IN_MAX_AGE_MS = 10 * 60_000;
const STATE_FORMAT = /^[A-Za-z0-9_-]{43}$/;

const pendingSignInSchema = z.object({
  verifier: z.string().check(z.regex(/^[A-Za-z0-9._~-]{43,128}$/)),
  returnTo: z.string(),
  createdAt: z.number(),
});
export type PendingSignIn = z.infer<typeof pendingSignInSchema>;

export type TakenSignIn = { found: true; pending: PendingSignIn } | { found: false; reason: 'malformed' | 'unknown' | 'stale' };

const keyFor = (state: string) => `${sessionStorageKeys.pendingSignInPrefix}${state}`;

function isStale(createdAt: number, now: number): boolean {
  // A date in the future means the clock moved or the entry was forged: not trusted either.
  return now - createdAt > PENDING_SIGN_IN_MAX_AGE_MS || createdAt - now > 60_000;
}

export function savePendingSignIn(state: string, pending: PendingSignIn): void {
  sessionStorage.setItem(keyFor(state), JSON.stringify(pending));
}

/** Reads and deletes the entry in one step, so a state can be used once, whatever happens next. */
export function takePendingSignIn(state: string, now = Date.now()): TakenSignIn {
  if (!STATE_FORMAT.test(state)) return { found: false, reason: 'malformed' };
  const text = sessionStorage.getItem(keyFor(state));
  sessionStorage.removeItem(keyFor(state));
  if (text === null) return { found: false, reason: 'unknown' };
  let parsed;
  try {
    parsed = pendingSignInSchema.safeParse(JSON.parse(text));
  } catch {
    return { found: false, reason: 'unknown' };
  }
  if (!parsed.success) return { found: false, reason: 'unknown' };
  if (isStale(parsed.data.createdAt, now)) return { found: false, reason: 'stale' };
  return { found: true, pending: parsed.data };
}

export function discardPendingSignIn(state: string): void {
  sessionStorage.removeItem(keyFor(state));
}

export function discardStalePendingSignIns(now = Date.now()): void {
  for (const key of appSessionStorageKeys()) {
    if (!key.startsWith(sessionStorageKeys.pendingSignInPrefix)) continue;
    const state = key.slice(sessionStorageKeys.pendingSignInPrefix.length);
    const taken = takePendingSignIn(state, now);
    if (taken.found) savePendingSignIn(state, taken.pending);
  }
}
