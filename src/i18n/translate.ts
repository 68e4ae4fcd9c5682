import type { Locale } from './locale';
import { messagesEn, type CatalogKey, type EnglishMessages, type MessageKey } from './messages-en';
import { messagesEsMx } from './messages-es-mx';
import { formatNumber, formatTime } from './format';

const catalogs: Record<Locale, Record<CatalogKey, string>> = { en: messagesEn, 'es-MX': messagesEsMx };

type PlaceholderNames<Text extends string> = Text extends `${string}{${infer Name}}${infer Rest}` ? Name | PlaceholderNames<Rest> : never;

/** Numbers are formatted for the locale; dates interpolate as a time of day (format whole dates with formatDate first). */
export type MessageValue = string | number | Date;

type ParamsArgument<Key extends MessageKey> = [PlaceholderNames<EnglishMessages[Key]>] extends [never]
  ? []
  : [params: Record<PlaceholderNames<EnglishMessages[Key]>, MessageValue>];

/**
 * `t('shell.signedInAs', { name })`: the key must exist and the placeholders it names are required.
 * When `count` is a number the locale calls singular (`Intl.PluralRules`: 1 in English and Spanish) and the catalog has
 * `<key>#one`, that variant is used instead: `t('taxInvoices.bulk.title', { count: 1 })` → `Decide 1 invoice`.
 */
export type Translate = <Key extends MessageKey>(key: Key, ...params: ParamsArgument<Key>) => string;

/** `catalog` replaces the locale's messages (the pseudo-locale of the tests); numbers and times still follow `locale`. */
export function createTranslator(locale: Locale, catalog: Record<CatalogKey, string> = catalogs[locale]): Translate {
  const plurals = new Intl.PluralRules(locale);
  const variants: Partial<Record<string, string>> = catalog;
  return (key, ...[params]) => {
    if (!params) return catalog[key];
    const values: Partial<Record<string, MessageValue>> = params;
    const count = values.count;
    const singular = typeof count === 'number' && plurals.select(count) === 'one' ? variants[`${key}#one`] : undefined;
    const message = singular ?? catalog[key];
    return message.replace(/\{(\w+)\}/g, (placeholder, name: string) => {
      const value = values[name];
      if (value === undefined) return placeholder;
      if (typeof value === 'number') return formatNumber(locale, value);
      if (value instanceof Date) return formatTime(locale, value);
      return value;
    });
  };
}
