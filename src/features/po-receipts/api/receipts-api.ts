import { z } from 'zod/mini';
import { collectPages } from '../../../lib/concur/collect-pages';
import { concurRequest } from '../../../lib/concur/concur-client';
import type { ReceiptBody } from '../model/receipt-rules';
import { receiptResultSchema, receiptsCollectionSchema, type Receipt, type ReceiptResult } from './receipt-schemas';

const PATH = '/invoice/purchaseorderreceipts';
/** Concur returns at most 2,000 receipts; more pages than this would mean a cursor that never ends. */
const MAX_PAGES = 40;

/** Every receipt Concur has for a purchase order (GET by `purchaseOrderNumber`), following `NextPage` if it sends one. */
export function fetchReceiptsForPo(purchaseOrderNumber: string, signal: AbortSignal): Promise<Receipt[]> {
  return collectPages(
    async (offset, pageSignal) => {
      const page = await concurRequest({ path: PATH, query: { purchaseOrderNumber, offset }, schema: receiptsCollectionSchema, signal: pageSignal });
      return { Items: page.Items ?? [], NextPage: page.NextPage ?? null };
    },
    { signal, maxPages: MAX_PAGES },
  );
}

/** Creates or updates the receipt for (PO, line, goods receipt number). PUT is idempotent, so resending is safe. */
export function putReceipt(body: ReceiptBody, signal?: AbortSignal): Promise<ReceiptResult> {
  return concurRequest({ path: PATH, method: 'PUT', body, schema: receiptResultSchema, signal });
}

export interface ReceiptKey {
  purchaseOrderNumber: string;
  lineItemExternalId: string;
  goodsReceiptNumber: string;
}

/** Deletes exactly one receipt; Concur refuses (400) when several match or a payment request is linked to it. */
export async function deleteReceipt(key: ReceiptKey): Promise<void> {
  await concurRequest({
    path: PATH,
    method: 'DELETE',
    query: {
      purchaseOrderNumber: key.purchaseOrderNumber,
      lineItemExternalID: key.lineItemExternalId,
      goodsReceiptNumber: key.goodsReceiptNumber || undefined,
    },
    schema: z.unknown(),
  });
}
