import { z } from 'zod/mini';

const optionalText = z.optional(z.nullable(z.string()));

/** A receipt as Concur's GET returns it (concur-api.md §2.4); everything but the two identifiers may be left out. */
export const receiptSchema = z.object({
  ID: optionalText,
  URI: optionalText,
  PurchaseOrderNumber: z.string(),
  LineItemExternalID: z.string(),
  IsReceived: optionalText,
  ReceivedQuantity: optionalText,
  ReceivedDate: optionalText,
  GoodsReceiptNumber: optionalText,
  DeliverySlipNumber: optionalText,
  UnitOfMeasureCode: optionalText,
  Deleted: optionalText,
  Version: optionalText,
  Custom1: optionalText,
  Custom2: optionalText,
  Custom3: optionalText,
  Custom4: optionalText,
  Custom5: optionalText,
  Custom6: optionalText,
  Custom7: optionalText,
  Custom8: optionalText,
  Custom9: optionalText,
  Custom10: optionalText,
});
export type Receipt = z.infer<typeof receiptSchema>;

export const receiptsCollectionSchema = z.object({
  Items: z.nullable(z.array(receiptSchema)),
  NextPage: z.optional(z.nullable(z.string())),
  TotalCount: z.optional(z.nullable(z.number())),
});

/** `PurchaseOrderReceiptResult`: HTTP 200 whether it worked or not; `Status` tells. */
export const receiptResultSchema = z.object({
  Status: z.string(),
  Message: optionalText,
  ErrorCode: z.optional(z.nullable(z.union([z.string(), z.number()]))),
  ErrorMessage: optionalText,
  FieldCode: optionalText,
  PurchaseOrderNumber: optionalText,
  LineItemExternalID: optionalText,
});
export type ReceiptResult = z.infer<typeof receiptResultSchema>;
