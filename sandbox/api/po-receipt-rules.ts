import { isCalendarDate } from '../lib/time';

/** Concur's receipt error codes (concur-api.md §2.4). */
export const RECEIPT_ERRORS = {
  '1000': 'Purchase Order Number is missing or invalid.',
  '1001': 'Line Item External ID is missing or invalid.',
  '1002': 'Is Received is invalid. Use Y or N.',
  '1003': 'Received Quantity is not numeric.',
  '1004': 'Received Date is not in the YYYY-MM-DD format.',
  '1005': 'Unit of Measure Code is invalid or has 10 or more characters.',
  '1006': 'Received Quantity is required for a quantity-based (WQTY) line.',
  '1007': 'The field is not on the receipt form.',
  '1008': 'The value is too long.',
  '1009': 'The value has the wrong data type.',
  '1011': 'The value is not a valid expression for this field.',
  '10010': 'A required field is missing.',
} as const;
export type ReceiptErrorCode = keyof typeof RECEIPT_ERRORS;

export const RECEIPT_TEXT_FIELDS = [
  'PurchaseOrderNumber', 'LineItemExternalID', 'IsReceived', 'ReceivedQuantity', 'ReceivedDate', 'GoodsReceiptNumber',
  'DeliverySlipNumber', 'UnitOfMeasureCode', 'Deleted', 'Version',
  'Custom1', 'Custom2', 'Custom3', 'Custom4', 'Custom5', 'Custom6', 'Custom7', 'Custom8', 'Custom9', 'Custom10',
] as const;
export type ReceiptField = (typeof RECEIPT_TEXT_FIELDS)[number];
const READ_ONLY = ['ID', 'URI'];

const MAX_LENGTH: Partial<Record<ReceiptField, number>> = {
  PurchaseOrderNumber: 50, LineItemExternalID: 50, GoodsReceiptNumber: 50, DeliverySlipNumber: 50,
};
const CUSTOM_MAX = 48;

// Control characters, zero-width and bidirectional formatting characters never belong in identifiers.
// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\u0000-\u001F\u007F\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/;
const QUANTITY = /^\d{1,12}(?:\.\d{1,4})?$/;
const VERSIONS = ['1.0', '2.0', 'V1', 'V2', '1', '2'];

export type ReceiptInput = Partial<Record<ReceiptField, string>>;

export interface ReceiptFailure {
  code: ReceiptErrorCode;
  field: string;
  detail?: string;
}

export interface PoLine {
  receipt_type: string;
}

export const isVersionOne = (version: string | undefined) => version === '1.0' || version === 'V1' || version === '1';

/** Checks a receipt body the way Concur does; the first problem wins, as Concur reports one ErrorCode per result. */
export function checkReceiptShape(body: Record<string, unknown>): ReceiptFailure | { input: ReceiptInput } {
  for (const key of Object.keys(body)) {
    if (!(RECEIPT_TEXT_FIELDS as readonly string[]).includes(key) && !READ_ONLY.includes(key)) {
      return { code: '1007', field: key, detail: `${key} is not a field of a purchase order receipt.` };
    }
  }
  const input: ReceiptInput = {};
  for (const field of RECEIPT_TEXT_FIELDS) {
    const value = body[field];
    if (value === undefined || value === null) continue;
    if (typeof value !== 'string') return { code: '1009', field, detail: `${field} must be sent as a string (for example "14.5").` };
    const max = field.startsWith('Custom') ? CUSTOM_MAX : MAX_LENGTH[field];
    if (max !== undefined && value.length > max) return { code: '1008', field, detail: `${field} can have at most ${max} characters.` };
    input[field] = value;
  }
  return { input };
}

export function checkReceiptValues(input: ReceiptInput, line: PoLine | undefined, poExists: boolean): ReceiptFailure | undefined {
  const po = input.PurchaseOrderNumber?.trim() ?? '';
  if (po === '' || INVISIBLE.test(input.PurchaseOrderNumber ?? '') || !poExists) {
    return { code: '1000', field: 'PurchaseOrderNumber', ...(po && poExists === false ? { detail: `No purchase order has the number "${po}".` } : {}) };
  }
  const lineId = input.LineItemExternalID?.trim() ?? '';
  if (lineId === '' || INVISIBLE.test(input.LineItemExternalID ?? '') || !line) {
    return { code: '1001', field: 'LineItemExternalID', ...(lineId && !line ? { detail: `Purchase order ${po} has no line "${lineId}".` } : {}) };
  }
  const isReceived = input.IsReceived ?? '';
  if (!['', 'Y', 'N', 'y', 'n'].includes(isReceived)) return { code: '1002', field: 'IsReceived' };
  const quantity = input.ReceivedQuantity ?? '';
  if (quantity !== '' && !QUANTITY.test(quantity)) return { code: '1003', field: 'ReceivedQuantity' };
  const date = input.ReceivedDate ?? '';
  // Concur's own POST example sends "2018-09-15 00:00:00.0", so that form is accepted too.
  if (date !== '' && !isCalendarDate(date.replace(/ 00:00:00(?:\.0+)?$/, ''))) return { code: '1004', field: 'ReceivedDate' };
  const uom = input.UnitOfMeasureCode ?? '';
  if (uom.length >= 10 || INVISIBLE.test(uom)) return { code: '1005', field: 'UnitOfMeasureCode' };
  if (line.receipt_type === 'WQTY' && quantity === '') return { code: '1006', field: 'ReceivedQuantity' };
  if (!['', 'true', 'false'].includes(input.Deleted ?? '')) return { code: '1011', field: 'Deleted', detail: 'Deleted must be "true" or "false".' };
  const version = input.Version ?? '';
  if (version !== '' && !VERSIONS.includes(version)) return { code: '1011', field: 'Version', detail: 'Version must be 2.0 (or 1.0 for receipt confirmation only).' };
  if (isVersionOne(version) && isReceived === '') {
    return { code: '10010', field: 'IsReceived', detail: 'IsReceived is required for version 1.0 receipt confirmations.' };
  }
  if (!isVersionOne(version) && (input.GoodsReceiptNumber?.trim() ?? '') === '') {
    return { code: '10010', field: 'GoodsReceiptNumber', detail: 'GoodsReceiptNumber is required for version 2.0 receipts.' };
  }
  for (const field of ['GoodsReceiptNumber', 'DeliverySlipNumber'] as const) {
    if (INVISIBLE.test(input[field] ?? '')) return { code: '1011', field, detail: `${field} contains invisible or control characters.` };
  }
  return undefined;
}

export function fieldCode(field: string): string {
  return field === 'PurchaseOrderNumber' ? `Header|${field}` : `LineItem|${field}`;
}
