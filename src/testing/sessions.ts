import { markSignedIn } from '../lib/auth/session-store';
import type { Session } from '../lib/auth/stored-session';

const HOUR_MS = 3_600_000;

/** The sandbox's demo users, by the scopes they are granted. */
export const demoScopes = {
  financeAdmin: ['openid', 'attendee.admin.read', 'ATTEND', 'TAXINV', 'INSGHT', 'INVPO'],
  travelManager: ['openid', 'INSGHT'],
  apClerk: ['openid', 'INVPO'],
} as const;

export function aSession(overrides: Partial<Session> = {}): Session {
  return {
    accessToken: 'access-token-1',
    expiresAt: Date.now() + HOUR_MS,
    scopes: [...demoScopes.financeAdmin],
    user: { id: '0b5e1f0c-3f7e-4d8a-9a51-6c2f7e1d4a01', name: 'Fernanda Alvarez', email: 'finance.admin@sandbox.test' },
    ...overrides,
  };
}

/** Signs this (test) tab in, as the callback would. */
export function signIn(overrides: Partial<Session> = {}): Session {
  const session = aSession(overrides);
  markSignedIn(session);
  return session;
}
