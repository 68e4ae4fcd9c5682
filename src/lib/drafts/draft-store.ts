import { APP_STORAGE_PREFIX } from '../auth/app-storage';

/**
 * Unsent input, kept per signed-in user in sessionStorage so it survives a reload, a crash or a re-sign-in in this tab
 * (security.md A9). Keys hold the user's id, so another user never sees it; sign-out removes every app key.
 */
export interface Draft<T> {
  value: T;
  savedAt: number;
}

const draftKey = (userId: string, name: string) => `${APP_STORAGE_PREFIX}draft:${userId}:${name}`;

/**
 * Whether a draft may be written for `userId` right now. The session store installs the real rule (drafts of the signed-in
 * user, or of a session that expired; none after a sign-out), so that a late writer (a form flushing on unmount, a queue
 * finishing a request) never puts a draft back after sign-out deleted them all (security.md C18, C27).
 */
let mayKeepDraftsOf: (userId: string) => boolean = () => true;

export function setDraftOwnerCheck(check: (userId: string) => boolean): void {
  mayKeepDraftsOf = check;
}

export function saveDraft<T>(userId: string, name: string, value: T): void {
  if (!mayKeepDraftsOf(userId)) return;
  try {
    sessionStorage.setItem(draftKey(userId, name), JSON.stringify({ value, savedAt: Date.now() } satisfies Draft<T>));
  } catch {
    // Storage full or blocked: the form still works, it just cannot be restored.
  }
}

/** The saved draft, or undefined. Anything unreadable is dropped rather than trusted. */
export function loadDraft<T>(userId: string, name: string, isValid: (value: unknown) => value is T): Draft<T> | undefined {
  const raw = sessionStorage.getItem(draftKey(userId, name));
  if (!raw) return undefined;
  try {
    const parsed = JSON.parse(raw) as { value?: unknown; savedAt?: unknown };
    if (typeof parsed.savedAt === 'number' && isValid(parsed.value)) return { value: parsed.value, savedAt: parsed.savedAt };
  } catch {
    // fall through
  }
  sessionStorage.removeItem(draftKey(userId, name));
  return undefined;
}

export function clearDraft(userId: string, name: string): void {
  sessionStorage.removeItem(draftKey(userId, name));
}

/** Drafts left by other users of this tab are deleted on sign-in (security.md C17). */
export function clearDraftsOfOtherUsers(userId: string): void {
  const prefix = `${APP_STORAGE_PREFIX}draft:`;
  for (let index = sessionStorage.length - 1; index >= 0; index -= 1) {
    const key = sessionStorage.key(index);
    if (key?.startsWith(prefix) && !key.startsWith(`${prefix}${userId}:`)) sessionStorage.removeItem(key);
  }
}
