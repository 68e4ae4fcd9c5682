/** Every key the app writes to sessionStorage starts with this, so sign-out can remove them all and nothing else. */
export const APP_STORAGE_PREFIX = 'concur-console:';

export const sessionStorageKeys = {
  session: `${APP_STORAGE_PREFIX}session`,
  pendingSignInPrefix: `${APP_STORAGE_PREFIX}sign-in:`,
} as const;

export function appSessionStorageKeys(): string[] {
  const keys: string[] = [];
  for (let index = 0; index < sessionStorage.length; index += 1) {
    const key = sessionStorage.key(index);
    if (key?.startsWith(APP_STORAGE_PREFIX)) keys.push(key);
  }
  return keys;
}

export function removeAppSessionStorageKeys(): void {
  for (const key of appSessionStorageKeys()) sessionStorage.removeItem(key);
}
