import { useCallback } from 'react';
import { useConfirm } from '../../../components/confirm-context';
import { useNotifications } from '../../../components/notifications-context';
import { useI18n } from '../../../i18n/i18n-context';
import { isConcurError } from '../../../lib/concur/concur-error';
import { toDisplayMessage } from '../../../lib/concur/display-message';
import type { AttendeeType } from '../api/attendee-type-schema';
import { useDeleteAttendeeType } from '../api/use-delete-attendee-type';

/**
 * Confirm (naming the type), then delete optimistically; the outcome is a toast. Lives in the area's layout, which
 * outlives the detail panel, so the toast still shows after the panel closed.
 */
export function useDeleteAttendeeTypeFlow() {
  const { t } = useI18n();
  const confirm = useConfirm();
  const notify = useNotifications();
  const { mutate } = useDeleteAttendeeType();

  return useCallback(
    async (type: AttendeeType, beforeDelete?: () => void): Promise<boolean> => {
      const confirmed = await confirm({
        title: t('attendeeTypes.delete.title'),
        message: t('attendeeTypes.delete.message', { name: type.Name }),
        confirmLabel: t('attendeeTypes.delete.confirm'),
        destructive: true,
      });
      if (!confirmed) return false;
      beforeDelete?.();
      mutate(type.ID, {
        onSuccess: () => notify({ message: t('attendeeTypes.delete.done', { name: type.Name }), severity: 'success' }),
        onError: (error) => {
          const reference = isConcurError(error) && error.correlationId ? ` ${t('error.reference', { id: error.correlationId })}` : '';
          notify({ message: `${t('attendeeTypes.delete.failed', { name: type.Name, reason: toDisplayMessage(error, t) })}${reference}`, severity: 'error' });
        },
      });
      return true;
    },
    [confirm, mutate, notify, t],
  );
}
