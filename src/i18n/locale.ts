export const supportedLocales = ['en', 'es-MX'] as const;
export type Locale = (typeof supportedLocales)[number];

/** A preference, so localStorage is fine here (tokens never go there). */
const LOCALE_STORAGE_KEY = 'concur-console:locale';

export function isLocale(value: unknown): value is Locale {
  return supportedLocales.some((locale) => locale === value);
}

function readRememberedLocale(): Locale | undefined {
  try {
    const remembered = localStorage.getItem(LOCALE_STORAGE_KEY);
    return isLocale(remembered) ? remembered : undefined;
  } catch {
    return undefined; // storage can be blocked by browser settings
  }
}

/** The remembered choice, else the browser's first language we support, else English. */
export function pickInitialLocale(): Locale {
  const remembered = readRememberedLocale();
  if (remembered) return remembered;
  const preferred = navigator.languages.find((language) => /^(en|es)\b/i.test(language));
  return preferred?.toLowerCase().startsWith('es') ? 'es-MX' : 'en';
}

export function rememberLocale(locale: Locale): void {
  try {
    localStorage.setItem(LOCALE_STORAGE_KEY, locale);
  } catch {
    // The choice still applies to this page; it just will not be remembered.
  }
}
