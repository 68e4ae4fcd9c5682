import { queryOptions } from '@tanstack/react-query';
import { fetchReceiptsForPo } from './receipts-api';

/** Query keys of the area, from the widest to the narrowest (all → lists → list(params)). */
export const receiptKeys = {
  all: ['po-receipts'] as const,
  lists: () => [...receiptKeys.all, 'list'] as const,
  list: (params: { purchaseOrderNumber: string }) => [...receiptKeys.lists(), params] as const,
};

export function receiptsForPoQuery(purchaseOrderNumber: string) {
  return queryOptions({
    queryKey: receiptKeys.list({ purchaseOrderNumber }),
    queryFn: ({ signal }) => fetchReceiptsForPo(purchaseOrderNumber, signal),
  });
}
