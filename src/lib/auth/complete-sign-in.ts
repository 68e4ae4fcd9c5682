import { isConcurApiOrigin } from '../../config/concur-hosts';
import { requestToken } from './gateway-auth';
import { discardPendingSignIn, takePendingSignIn } from './pending-sign-in';
import { safeReturnTo } from './return-to';
import { markSignedIn } from './session-store';
import { callbackUrl } from './start-sign-in';

const CALLBACK_PARAM_NAMES = ['code', 'state', 'geolocation', 'error', 'error_description', 'error_code'] as const;

export type SignInOutcome =
  | { kind: 'signed-in'; returnTo: string }
  /** Missing, unknown, reused, stale or duplicated state: no token request was made. */
  | { kind: 'invalid-link' }
  /** Concur's authorize step answered with an error (`access_denied` when the user declined). */
  | { kind: 'refused'; error: string; description: string | undefined; returnTo: string }
  /** The state was good but the code could not be exchanged. */
  | { kind: 'failed'; returnTo: string };

function isAllowedGeolocation(geolocation: string): boolean {
  try {
    return isConcurApiOrigin(new URL(geolocation));
  } catch {
    return false;
  }
}

/** Web flow step 2: checks the callback's parameters against this tab's pending sign-in and exchanges the code. */
export async function completeSignIn(params: URLSearchParams): Promise<SignInOutcome> {
  if (CALLBACK_PARAM_NAMES.some((name) => params.getAll(name).length > 1)) {
    for (const state of params.getAll('state')) discardPendingSignIn(state);
    return { kind: 'invalid-link' };
  }
  const state = params.get('state');
  if (!state) return { kind: 'invalid-link' };
  const taken = takePendingSignIn(state);
  if (!taken.found) return { kind: 'invalid-link' };
  const returnTo = safeReturnTo(taken.pending.returnTo);

  const error = params.get('error') || params.get('error_code');
  if (error) return { kind: 'refused', error, description: params.get('error_description') || undefined, returnTo };

  const code = params.get('code');
  if (!code) return { kind: 'invalid-link' };
  const geolocation = params.get('geolocation') ?? '';
  if (!isAllowedGeolocation(geolocation)) return { kind: 'failed', returnTo };

  try {
    const session = await requestToken({ code, codeVerifier: taken.pending.verifier, redirectUri: callbackUrl(), geolocation });
    markSignedIn(session);
    return { kind: 'signed-in', returnTo };
  } catch {
    return { kind: 'failed', returnTo };
  }
}
