import { z } from 'zod';
import { TAX_INVOICE_STATUSES, type TaxInvoiceStatus } from '../api/tax-invoice-schemas';

/** Concur's limit; counted in code points, as Concur (and the sandbox, `[...text].length`) count characters. */
export const MAX_COMMENT_CHARACTERS = 2000;

export const commentLength = (comment: string) => [...comment].length;

export const commentRequired = (status: TaxInvoiceStatus | '' | undefined) => status === 'WARNG' || status === 'INVLD';

/** Error codes, translated by the form: the schema knows no language. */
export const decisionErrors = {
  statusMissing: 'status-missing',
  commentMissing: 'comment-missing',
  commentTooLong: 'comment-too-long',
} as const;

/** SAP Concur's convention for sending something back: a reason plus a mandatory comment (warnings and invalid). */
export const decisionFormSchema = z
  .object({
    status: z.union([z.enum(TAX_INVOICE_STATUSES), z.literal('')]),
    comment: z.string(),
  })
  .superRefine((value, context) => {
    if (value.status === '') context.addIssue({ code: 'custom', path: ['status'], message: decisionErrors.statusMissing });
    if (commentRequired(value.status) && value.comment.trim() === '') {
      context.addIssue({ code: 'custom', path: ['comment'], message: decisionErrors.commentMissing });
    }
    if (commentLength(value.comment) > MAX_COMMENT_CHARACTERS) {
      context.addIssue({ code: 'custom', path: ['comment'], message: decisionErrors.commentTooLong });
    }
  });

export type DecisionFormValues = z.infer<typeof decisionFormSchema>;

export interface Decision {
  status: TaxInvoiceStatus;
  comment: string;
}
