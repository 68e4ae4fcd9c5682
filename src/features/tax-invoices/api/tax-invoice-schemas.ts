import { z } from 'zod';

/** The three decisions Concur accepts (concur-api.md §2.2): five-letter codes, not INVALID/PROCESSED. */
export const TAX_INVOICE_STATUSES = ['VALID', 'WARNG', 'INVLD'] as const;
export type TaxInvoiceStatus = (typeof TAX_INVOICE_STATUSES)[number];

export function isTaxInvoiceStatus(value: unknown): value is TaxInvoiceStatus {
  return typeof value === 'string' && (TAX_INVOICE_STATUSES as readonly string[]).includes(value);
}

/** A list item holds only ids: every other field needs the invoice's own GET. */
export const taxInvoiceListItemSchema = z.object({
  ID: z.string().min(1),
  URI: z.string().optional(),
  ConcurReceiptID: z.string(),
});

export const taxInvoicePageSchema = z.object({
  // An empty queue may come back as `Items: null`.
  Items: z.array(taxInvoiceListItemSchema).nullish().transform((items) => items ?? []),
  NextPage: z.string().nullish().transform((next) => next ?? null),
});

/**
 * Concur's detail. `Status`, `Comment` and `LastModifiedDate` are a sandbox extension (Concur does not send them), so
 * they are optional and a missing one means "unknown", never "not decided".
 */
export const taxInvoiceDetailSchema = z.object({
  ID: z.string().optional(),
  URI: z.string().optional(),
  AccountID: z.string().nullish(),
  ConcurReceiptID: z.string().nullish(),
  DocumentID: z.string().nullish(),
  ReceiptData: z.string().nullish(),
  Status: z.string().nullish(),
  Comment: z.string().nullish(),
  LastModifiedDate: z.string().nullish(),
});

export type TaxInvoiceListItem = z.infer<typeof taxInvoiceListItemSchema>;
export type TaxInvoicePage = z.infer<typeof taxInvoicePageSchema>;
export type TaxInvoiceDetail = z.infer<typeof taxInvoiceDetailSchema>;

/** A PUT answers 200 with an empty body. */
export const emptyAnswerSchema = z.unknown();
