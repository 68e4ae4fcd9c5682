import type { Translate } from '../../i18n/translate';
import { isConcurError } from './concur-error';

/** What to tell the user about a failure, in their language. Concur's own text is shown only for requests it rejected. */
export function toDisplayMessage(error: unknown, t: Translate): string {
  if (!isConcurError(error)) return t('errors.generic');
  switch (error.kind) {
    case 'aborted':
      return t('errors.aborted');
    case 'timeout':
      return t('errors.timeout');
    case 'network':
      return t('errors.network');
    case 'invalid-response':
      return t('errors.invalidResponse');
    case 'http':
      break;
  }
  const status = error.status ?? 0;
  if (error.retryAt && (status === 429 || status === 503)) return t('errors.tryAgainAt', { time: error.retryAt });
  if (status === 429) return t('errors.busy');
  if (status === 401) return t('errors.sessionExpired');
  if (status === 403) return t('errors.forbidden');
  if (status === 404) return t('errors.notFound');
  if (status >= 500) return t('errors.server');
  return t('errors.rejected', { message: error.message });
}
