import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ReceiptBody } from '../model/receipt-rules';
import { receiptKeys } from './receipt-queries';
import { deleteReceipt, putReceipt, type ReceiptKey } from './receipts-api';

export const isSuccess = (status: string) => status.trim().toUpperCase() === 'SUCCESS';

/** Saves one receipt (pessimistic: the caller shows a saving state); the PO's list is refreshed after a SUCCESS. */
export function useSaveReceipt() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ReceiptBody) => putReceipt(body),
    // The confirmation does not wait for the list to reload.
    onSuccess: (result, body) => {
      if (isSuccess(result.Status)) void queryClient.invalidateQueries({ queryKey: receiptKeys.list({ purchaseOrderNumber: body.PurchaseOrderNumber }) });
    },
  });
}

export function useDeleteReceipt() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (key: ReceiptKey) => deleteReceipt(key),
    onSettled: (_data, _error, key) => queryClient.invalidateQueries({ queryKey: receiptKeys.list({ purchaseOrderNumber: key.purchaseOrderNumber }) }),
  });
}
