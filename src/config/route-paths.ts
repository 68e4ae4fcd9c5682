/** Every path the app routes, in one place so links and redirects never drift apart. */
export const routePaths = {
  home: '/',
  signIn: '/sign-in',
  oauthCallback: '/oauth/callback',
  attendeeTypes: '/attendee-types',
  taxInvoices: '/tax-invoices',
  opportunities: '/opportunities',
  poReceipts: '/po-receipts',
} as const;

/** `/sign-in`, optionally with the (already validated) page to come back to. */
export function signInPath(returnTo?: string): string {
  if (!returnTo || returnTo === routePaths.home) return routePaths.signIn;
  return `${routePaths.signIn}?${new URLSearchParams({ returnTo }).toString()}`;
}
