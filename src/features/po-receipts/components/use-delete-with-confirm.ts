import { useConfirm } from '../../../components/confirm-context';
import { useNotifications } from '../../../components/notifications-context';
import { useI18n } from '../../../i18n/i18n-context';
import { isConcurError } from '../../../lib/concur/concur-error';
import { toDisplayMessage } from '../../../lib/concur/display-message';
import type { ReceiptKey } from '../api/receipts-api';
import { useDeleteReceipt } from '../api/use-receipt-mutations';

/** Delete after a confirmation; Concur's refusal for a receipt linked to a payment request is said in plain words. */
export function useDeleteWithConfirm() {
  const { t } = useI18n();
  const confirm = useConfirm();
  const notify = useNotifications();
  const mutation = useDeleteReceipt();

  const remove = async (key: ReceiptKey) => {
    const goodsReceiptNumber = key.goodsReceiptNumber || t('poReceipts.existing.noNumber');
    const confirmed = await confirm({
      title: t('poReceipts.existing.deleteConfirm.title'),
      message: t('poReceipts.existing.deleteConfirm.message', { goodsReceiptNumber, line: key.lineItemExternalId, po: key.purchaseOrderNumber }),
      confirmLabel: t('poReceipts.existing.deleteConfirm.confirm'),
      destructive: true,
    });
    if (!confirmed) return;
    mutation.mutate(key, {
      onSuccess: () => notify({ severity: 'success', message: t('poReceipts.existing.deleted', { goodsReceiptNumber }) }),
      onError: (error) => {
        if (isConcurError(error) && error.status === 404) {
          notify({ severity: 'info', message: t('poReceipts.existing.alreadyDeleted', { goodsReceiptNumber }) });
        } else if (isConcurError(error) && error.status === 400 && /payment request/i.test(error.message)) {
          notify({ severity: 'error', message: t('poReceipts.existing.linkedToPayment', { goodsReceiptNumber }) });
        } else {
          const reference = isConcurError(error) && error.correlationId ? ` ${t('error.reference', { id: error.correlationId })}` : '';
          notify({ severity: 'error', message: `${t('poReceipts.existing.deleteFailed', { goodsReceiptNumber, reason: toDisplayMessage(error, t) })}${reference}` });
        }
      },
    });
  };

  return { remove, deleting: mutation.isPending ? mutation.variables : undefined };
}
