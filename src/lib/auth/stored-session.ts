import { z } from 'zod/mini';
import { sessionStorageKeys } from './app-storage';

/** What the gateway answers on /auth/token and /auth/refresh, and what this tab keeps (never the refresh token). */
export const sessionSchema = z.object({
  accessToken: z.string().check(z.minLength(1)),
  expiresAt: z.int().check(z.positive()),
  scopes: z.array(z.string()),
  user: z.object({
    id: z.string(),
    name: z._default(z.string(), ''),
    email: z._default(z.string(), ''),
  }),
});

export type Session = z.infer<typeof sessionSchema>;

export function readStoredSession(): Session | undefined {
  const text = sessionStorage.getItem(sessionStorageKeys.session);
  if (!text) return undefined;
  try {
    const parsed = sessionSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

export function writeStoredSession(session: Session): void {
  sessionStorage.setItem(sessionStorageKeys.session, JSON.stringify(session));
}

export function removeStoredSession(): void {
  sessionStorage.removeItem(sessionStorageKeys.session);
}
