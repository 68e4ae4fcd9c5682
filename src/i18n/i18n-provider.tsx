import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { I18nContext, type I18n } from './i18n-context';
import { pickInitialLocale, rememberLocale, type Locale } from './locale';
import { createTranslator, type Translate } from './translate';
import { formatDate, formatNumber } from './format';

interface I18nProviderProps {
  children: ReactNode;
  /** Tests pin a locale; the app starts from the remembered or browser language. */
  initialLocale?: Locale;
  /** Tests swap the catalogs (see `createPseudoTranslator`); the app always uses `createTranslator`. */
  translatorFor?: (locale: Locale) => Translate;
}

export function I18nProvider({ children, initialLocale, translatorFor = createTranslator }: I18nProviderProps) {
  const [locale, setLocaleState] = useState<Locale>(() => initialLocale ?? pickInitialLocale());

  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);

  const i18n = useMemo<I18n>(
    () => ({
      locale,
      setLocale: (next) => {
        rememberLocale(next);
        setLocaleState(next);
      },
      t: translatorFor(locale),
      formatNumber: (value, options) => formatNumber(locale, value, options),
      formatDate: (value, options) => formatDate(locale, value, options),
    }),
    [locale, translatorFor],
  );

  return <I18nContext.Provider value={i18n}>{children}</I18nContext.Provider>;
}
