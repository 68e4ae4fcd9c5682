import { enUS as dataGridEn, esES as dataGridEs } from '@mui/x-data-grid/locales';
import { enUS as pickersEn, esES as pickersEs } from '@mui/x-date-pickers/locales';
import { enUS as materialEn, esES as materialEs } from '@mui/material/locale';
import { messagesEn } from '../i18n/messages-en';
import { messagesEsMx } from '../i18n/messages-es-mx';
import { PSEUDO_CLOSE, PSEUDO_OPEN } from '../i18n/pseudo-locale';

const SCANNED_ATTRIBUTES = ['aria-label', 'aria-description', 'aria-roledescription', 'aria-valuetext', 'aria-placeholder', 'title', 'placeholder', 'alt'];

/** Every string in a locale pack (functions are called with a sample count, as the component would). */
function packTexts(pack: unknown): string[] {
  if (typeof pack === 'string') return [pack];
  if (typeof pack === 'function') {
    try {
      return packTexts((pack as (...args: unknown[]) => unknown)(2, { from: 1, to: 2, count: 3, page: 1 }));
    } catch {
      return [];
    }
  }
  if (pack && typeof pack === 'object') return Object.values(pack).flatMap(packTexts);
  return [];
}

const words = (text: string) => text.match(/\p{L}+/gu) ?? [];
const vocabulary = (texts: string[]) => new Set(texts.flatMap(words).map((word) => word.toLowerCase()));

/** Words people read in the English UI, from our catalog and MUI's English packs, less those Spanish also uses (“no”, “total”). */
const spanishWords = vocabulary([...Object.values(messagesEsMx), ...packTexts(dataGridEs), ...packTexts(pickersEs), ...packTexts(materialEs)]);
const COMMON_ENGLISH = 'the and of to in is it for on with as at by an be this that from or not are you your all yes more page rows next previous close open clear loading options search filter sort delete save cancel edit select show hide columns items item none other error failed saved loading';
const englishWords = [...vocabulary([...Object.values(messagesEn), ...packTexts(dataGridEn), ...packTexts(pickersEn), ...packTexts(materialEn), COMMON_ENGLISH])].filter(
  (word) => word.length > 1 && !spanishWords.has(word),
);
const ENGLISH = new Set(englishWords);

export interface EnglishFinding {
  /** `text` or the attribute name. */
  where: string;
  text: string;
  english: string[];
}

/** Strips pseudo-bracketed text (nesting allowed); `depth` carries over between text nodes a message was split across. */
function outsideBrackets(text: string, depth: { value: number }): string {
  let outside = '';
  for (const character of text) {
    if (character === PSEUDO_OPEN || character === PSEUDO_CLOSE) {
      depth.value = Math.max(0, depth.value + (character === PSEUDO_OPEN ? 1 : -1));
      outside += ' ';
    } else if (depth.value === 0) {
      outside += character;
    }
  }
  return outside;
}

/** Words a user would read as English: in the vocabulary, not an acronym or code (PO, CFDI, UTC). */
function englishIn(text: string, serverStrings: readonly string[]): string[] {
  let rest = text;
  for (const server of serverStrings) rest = rest.split(server).join(' ');
  return words(rest).filter((word) => word !== word.toUpperCase() && ENGLISH.has(word.toLowerCase()));
}

/**
 * Finds English that did not come from the catalogs, in a document rendered with `createPseudoTranslator`: every text node
 * and every attribute people read (aria-label, title, placeholder, alt…). `serverStrings` (data from Concur) are skipped.
 */
export function findUnbracketedEnglish(root: HTMLElement = document.body, serverStrings: readonly string[] = []): EnglishFinding[] {
  const byLength = [...new Set(serverStrings.filter((server) => server.trim().length > 1))].sort((a, b) => b.length - a.length);
  const findings: EnglishFinding[] = [];
  const depth = { value: 0 };
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || parent.closest('script, style, noscript')) continue;
    const text = node.textContent ?? '';
    const english = englishIn(outsideBrackets(text, depth), byLength);
    if (english.length > 0) findings.push({ where: `text in <${parent.tagName.toLowerCase()}>`, text, english });
  }
  for (const element of [root, ...root.querySelectorAll('*')]) {
    for (const name of SCANNED_ATTRIBUTES) {
      const value = element.getAttribute(name);
      if (!value) continue;
      const english = englishIn(outsideBrackets(value, { value: 0 }), byLength);
      if (english.length > 0) findings.push({ where: `${name} of <${element.tagName.toLowerCase()}>`, text: value, english });
    }
  }
  return findings;
}

/** Every string inside fixture data (and the attribute values and text of XML in it), to skip as data from Concur. */
export function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') {
    if (!value.trimStart().startsWith('<')) return [value];
    const xmlValues = [...value.matchAll(/="([^"]*)"/g), ...value.matchAll(/>([^<>]+)</g)].map((match) => match[1] ?? '');
    return [value, ...xmlValues.map((text) => text.trim()).filter(Boolean)];
  }
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (value && typeof value === 'object') return Object.values(value).flatMap(stringsIn);
  return [];
}
