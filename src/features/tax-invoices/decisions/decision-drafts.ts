import { clearDraft, loadDraft, saveDraft } from '../../../lib/drafts/draft-store';
import { isTaxInvoiceStatus } from '../api/tax-invoice-schemas';
import type { DecisionFormValues } from './decision-form-schema';

const draftName = (invoiceId: string) => `tax-invoices:decision:${invoiceId}`;

function isDecisionDraft(value: unknown): value is DecisionFormValues {
  if (typeof value !== 'object' || value === null) return false;
  const { status, comment } = value as Partial<DecisionFormValues>;
  return (status === '' || isTaxInvoiceStatus(status)) && typeof comment === 'string';
}

/** An unsent decision survives a reload or a re-sign-in (per user, in this tab), and comes back after an undo. */
export const decisionDrafts = {
  load: (userId: string, invoiceId: string) => loadDraft(userId, draftName(invoiceId), isDecisionDraft)?.value,
  save: (userId: string, invoiceId: string, values: DecisionFormValues) => {
    if (values.status === '' && values.comment === '') clearDraft(userId, draftName(invoiceId));
    else saveDraft(userId, draftName(invoiceId), values);
  },
  clear: (userId: string, invoiceId: string) => clearDraft(userId, draftName(invoiceId)),
};
