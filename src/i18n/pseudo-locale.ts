import type { Locale } from './locale';
import { messagesEn, type CatalogKey } from './messages-en';
import { createTranslator, type Translate } from './translate';

/** Marks where a translated message starts and ends, so a scan can tell catalog text from text that bypassed it. */
export const PSEUDO_OPEN = '⟦';
export const PSEUDO_CLOSE = '⟧';

const ACCENTED: Record<string, string> = {
  a: 'à', b: 'ƀ', c: 'ç', d: 'ð', e: 'é', f: 'ƒ', g: 'ĝ', h: 'ĥ', i: 'í', j: 'ĵ', k: 'ķ', l: 'ĺ', m: 'ɱ',
  n: 'ñ', o: 'ö', p: 'þ', q: 'ʠ', r: 'ŕ', s: 'š', t: 'ŧ', u: 'ü', v: 'ṽ', w: 'ŵ', x: 'ẋ', y: 'ý', z: 'ž',
  A: 'À', B: 'Ɓ', C: 'Ç', D: 'Ð', E: 'É', F: 'Ƒ', G: 'Ĝ', H: 'Ĥ', I: 'Í', J: 'Ĵ', K: 'Ķ', L: 'Ĺ', M: 'Ṁ',
  N: 'Ñ', O: 'Ö', P: 'Þ', Q: 'Ǫ', R: 'Ŕ', S: 'Š', T: 'Ŧ', U: 'Ü', V: 'Ṽ', W: 'Ŵ', X: 'Ẋ', Y: 'Ý', Z: 'Ž',
};

/** `Saved {name}.` → `⟦Šàṽéð {name}.⟧`: every letter accented, placeholders kept, the whole message bracketed. */
export function pseudoLocalize(message: string): string {
  const parts = message.split(/(\{\w+\})/);
  const accented = parts.map((part) => (/^\{\w+\}$/.test(part) ? part : part.replace(/[A-Za-z]/g, (letter) => ACCENTED[letter] ?? letter)));
  return `${PSEUDO_OPEN}${accented.join('')}${PSEUDO_CLOSE}`;
}

const pseudoCatalog = Object.fromEntries(Object.entries(messagesEn).map(([key, message]) => [key, pseudoLocalize(message)])) as Record<CatalogKey, string>;

/**
 * Test-only: a translator whose every message is the pseudo form of the English one, with numbers and times formatted
 * for `locale`. Rendering the app with it shows any text that did not come from the catalogs as plain English.
 */
export function createPseudoTranslator(locale: Locale): Translate {
  return createTranslator(locale, pseudoCatalog);
}
