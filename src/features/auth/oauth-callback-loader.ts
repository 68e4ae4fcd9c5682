import { replace, type LoaderFunctionArgs } from 'react-router';
import { routePaths } from '../../config/route-paths';
import { stripAddressBarParams } from '../../lib/auth/browser-location';
import { completeSignIn, type SignInOutcome } from '../../lib/auth/complete-sign-in';

export type CallbackProblem = Exclude<SignInOutcome, { kind: 'signed-in' }>;

/**
 * Runs once per visit, before anything renders (a loader, so StrictMode's double effects cannot replay it): reads the
 * parameters, wipes them from the address bar, then signs in and replaces the history entry with the page asked for.
 */
export async function oauthCallbackLoader({ request }: LoaderFunctionArgs): Promise<CallbackProblem | Response> {
  const params = new URL(request.url).searchParams;
  if (window.location.pathname === routePaths.oauthCallback) stripAddressBarParams();
  const outcome = await completeSignIn(params);
  if (outcome.kind === 'signed-in') return replace(outcome.returnTo);
  return outcome;
}

/** The code is single-use: never run the loader again for the same visit. */
export function shouldRevalidateOAuthCallback(): boolean {
  return false;
}
