import type { Translate } from '../../../i18n/translate';

/** Field errors carry a message key without placeholders (from the rules or a Concur error code); this is how they read. */
export function problemText(t: Translate, message: string | undefined): string {
  return message ? (t as unknown as (key: string) => string)(message) : '';
}
