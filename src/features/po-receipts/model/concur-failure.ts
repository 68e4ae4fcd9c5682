import type { poReceiptsEn } from '../../../i18n/messages/po-receipts.en';
import type { ReceiptResult } from '../api/receipt-schemas';
import { CONCUR_NAMES, RECEIPT_FIELDS, type ReceiptField } from './receipt-fields';

type ConcurMessageKey = Extract<keyof typeof poReceiptsEn, `poReceipts.concur.${string}`>;

/** A `Status: FAILURE` result, read: which field it concerns and how to say it. */
export interface ConcurFailure {
  code: string;
  /** The field the error lands on, when Concur's code or FieldCode names one the console edits. */
  field: ReceiptField | undefined;
  messageKey: ConcurMessageKey;
  /** Concur's own words (text only), shown next to the translated explanation. */
  concurMessage: string;
}

/** The codes whose meaning is one field, whatever FieldCode says (concur-api.md §2.4). */
const FIELD_BY_CODE: Partial<Record<string, ReceiptField>> = {
  '1000': 'purchaseOrderNumber',
  '1001': 'lineItemExternalId',
  '1002': 'isReceived',
  '1003': 'receivedQuantity',
  '1004': 'receivedDate',
  '1005': 'unitOfMeasureCode',
  '1006': 'receivedQuantity',
};

const MESSAGE_BY_CODE: Partial<Record<string, ConcurMessageKey>> = {
  '1000': 'poReceipts.concur.1000',
  '1001': 'poReceipts.concur.1001',
  '1002': 'poReceipts.concur.1002',
  '1003': 'poReceipts.concur.1003',
  '1004': 'poReceipts.concur.1004',
  '1005': 'poReceipts.concur.1005',
  '1006': 'poReceipts.concur.1006',
  '1007': 'poReceipts.concur.1007',
  '1008': 'poReceipts.concur.1008',
  '1009': 'poReceipts.concur.1009',
  '1010': 'poReceipts.concur.1010',
  '1011': 'poReceipts.concur.1011',
  '9999': 'poReceipts.concur.9999',
  '10010': 'poReceipts.concur.10010',
};

/** `LineItem|ReceivedQuantity` → receivedQuantity; undefined for a field the console does not edit. */
export function fieldFromFieldCode(fieldCode: string | null | undefined): ReceiptField | undefined {
  const name = fieldCode?.split('|').pop()?.trim().toLowerCase();
  if (!name) return undefined;
  return RECEIPT_FIELDS.find((field) => CONCUR_NAMES[field].toLowerCase() === name);
}

export function readFailure(result: ReceiptResult): ConcurFailure {
  const code = result.ErrorCode === undefined || result.ErrorCode === null ? '' : String(result.ErrorCode).trim();
  return {
    code,
    field: FIELD_BY_CODE[code] ?? fieldFromFieldCode(result.FieldCode),
    messageKey: MESSAGE_BY_CODE[code] ?? 'poReceipts.concur.other',
    concurMessage: [result.Message, result.ErrorMessage].find((text) => text && text.trim() !== '')?.trim() ?? '',
  };
}

/** The codes the issue asks to show as messages of the whole receipt, besides marking a field they name. */
export const isFieldCode = (code: string) => FIELD_BY_CODE[code] !== undefined;
