import type { UseFormReturn } from 'react-hook-form';
import { useI18n } from '../../../i18n/i18n-context';
import { isConcurError } from '../../../lib/concur/concur-error';
import { toDisplayMessage } from '../../../lib/concur/display-message';
import { fieldOfMessage, type AttendeeTypeFormValues } from '../api/attendee-type-form';

/**
 * A refused save: Concur's reason goes next to the field it names (focused), otherwise above the form, with the
 * reference Concur support asks for. The typed values stay as they are.
 */
export function useServerErrorOnForm(form: UseFormReturn<AttendeeTypeFormValues>) {
  const { t } = useI18n();
  return (error: unknown) => {
    const refusal = isConcurError(error) && error.kind === 'http' && error.status === 400 ? error.message : undefined;
    const field = refusal === undefined ? undefined : fieldOfMessage(refusal);
    if (field) {
      form.setError(field, { type: 'server', message: t('attendeeTypes.edit.refusedField', { message: refusal ?? '' }) }, { shouldFocus: true });
      return;
    }
    const reference = isConcurError(error) && error.correlationId ? ` ${t('error.reference', { id: error.correlationId })}` : '';
    form.setError('root.server', { type: 'server', message: `${t('attendeeTypes.edit.failed', { reason: toDisplayMessage(error, t) })}${reference}` });
  };
}
