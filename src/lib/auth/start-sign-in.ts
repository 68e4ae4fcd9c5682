import { routePaths } from '../../config/route-paths';
import { leaveAppFor } from './browser-location';
import { fetchAuthConfig } from './gateway-auth';
import { discardStalePendingSignIns, savePendingSignIn } from './pending-sign-in';
import { pkceChallengeS256, randomBase64Url } from './random-token';
import { safeReturnTo } from './return-to';

export function callbackUrl(): string {
  return `${window.location.origin}${routePaths.oauthCallback}`;
}

/** Web flow step 1: a fresh `state` and PKCE verifier kept in this tab, then off to Concur's authorize page. */
export async function startSignIn(returnTo: string | null | undefined): Promise<void> {
  const config = await fetchAuthConfig();
  const state = randomBase64Url(32);
  const verifier = randomBase64Url(32);
  const challenge = await pkceChallengeS256(verifier);

  discardStalePendingSignIns();
  savePendingSignIn(state, { verifier, returnTo: safeReturnTo(returnTo), createdAt: Date.now() });

  const authorizeUrl = new URL(config.authorizeUrl);
  const params: Record<string, string> = {
    client_id: config.clientId,
    redirect_uri: callbackUrl(),
    scope: config.scope,
    response_type: 'code',
    state,
    code_challenge: challenge,
    code_challenge_method: 'S256',
  };
  for (const [name, value] of Object.entries(params)) authorizeUrl.searchParams.set(name, value);
  leaveAppFor(authorizeUrl.toString());
}
