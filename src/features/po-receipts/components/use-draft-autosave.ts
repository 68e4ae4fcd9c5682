import { useEffect, useRef } from 'react';
import { getSessionState } from '../../../lib/auth/session-store';
import { clearDraft, saveDraft } from '../../../lib/drafts/draft-store';

/** Short enough that a session ending a moment after the last keystroke still finds the draft saved. */
const SAVE_DELAY_MS = 250;

/** After choosing to sign out, nothing may be written back (sign-out deleted every draft on purpose). */
const signedOutOnPurpose = () => {
  const state = getSessionState();
  return state.status === 'signed-out' && state.reason === 'signed-out';
};

/**
 * Keeps `value` as the user's draft `name` while they type: saved shortly after each change, at once when the page is
 * hidden or closed (pagehide) and when the screen goes away; `undefined` (nothing unsent) deletes the draft at once.
 */
export function useDraftAutosave<T>(userId: string, name: string, value: T | undefined): void {
  const pending = useRef<{ value: T | undefined } | null>(null);
  const flushRef = useRef<() => void>(() => undefined);

  useEffect(() => {
    const flush = () => {
      const next = pending.current;
      pending.current = null;
      if (!next || signedOutOnPurpose()) return;
      if (next.value === undefined) clearDraft(userId, name);
      else saveDraft(userId, name, next.value);
    };
    flushRef.current = flush;
    window.addEventListener('pagehide', flush);
    return () => {
      window.removeEventListener('pagehide', flush);
      flush();
    };
  }, [userId, name]);

  useEffect(() => {
    pending.current = { value };
    if (value === undefined) {
      flushRef.current();
      return undefined;
    }
    const timer = setTimeout(() => flushRef.current(), SAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [value]);
}
