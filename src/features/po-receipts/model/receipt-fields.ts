/** The fields of a receipt as the console edits them (form and batch), in the order they are shown. */
export const CORE_FIELDS = [
  'purchaseOrderNumber',
  'lineItemExternalId',
  'receivedDate',
  'receivedQuantity',
  'unitOfMeasureCode',
  'isReceived',
  'goodsReceiptNumber',
  'deliverySlipNumber',
  'version',
] as const;
export const CUSTOM_FIELDS = ['custom1', 'custom2', 'custom3', 'custom4', 'custom5', 'custom6', 'custom7', 'custom8', 'custom9', 'custom10'] as const;
export const RECEIPT_FIELDS = [...CORE_FIELDS, ...CUSTOM_FIELDS] as const;

export type CoreField = (typeof CORE_FIELDS)[number];
export type CustomField = (typeof CUSTOM_FIELDS)[number];
export type ReceiptField = (typeof RECEIPT_FIELDS)[number];

/** Every field as typed: plain text, the date as `YYYY-MM-DD` (or whatever was pasted), the quantity in the user's locale. */
export type ReceiptText = Record<ReceiptField, string>;

/** Concur's name of each field, as in `PurchaseOrderReceipt` and in a result's `FieldCode`. */
export const CONCUR_NAMES: Record<ReceiptField, string> = {
  purchaseOrderNumber: 'PurchaseOrderNumber',
  lineItemExternalId: 'LineItemExternalID',
  receivedDate: 'ReceivedDate',
  receivedQuantity: 'ReceivedQuantity',
  unitOfMeasureCode: 'UnitOfMeasureCode',
  isReceived: 'IsReceived',
  goodsReceiptNumber: 'GoodsReceiptNumber',
  deliverySlipNumber: 'DeliverySlipNumber',
  version: 'Version',
  custom1: 'Custom1',
  custom2: 'Custom2',
  custom3: 'Custom3',
  custom4: 'Custom4',
  custom5: 'Custom5',
  custom6: 'Custom6',
  custom7: 'Custom7',
  custom8: 'Custom8',
  custom9: 'Custom9',
  custom10: 'Custom10',
};

export function emptyReceiptText(overrides: Partial<ReceiptText> = {}): ReceiptText {
  const text = Object.fromEntries(RECEIPT_FIELDS.map((field) => [field, ''])) as ReceiptText;
  return { ...text, version: '2.0', ...overrides };
}

export function isReceiptText(value: unknown): value is ReceiptText {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return RECEIPT_FIELDS.every((field) => typeof record[field] === 'string');
}
