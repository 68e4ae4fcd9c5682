import type { TaxInvoiceDetail } from '../api/tax-invoice-schemas';
import type { Decision } from './decision-form-schema';

export interface FieldChange {
  field: 'Status' | 'Comment' | 'LastModifiedDate' | 'ReceiptData';
  before: string;
  after: string;
}

const TRACKED = ['Status', 'Comment', 'LastModifiedDate'] as const;

/**
 * What changed in Concur between two reads of an invoice: the invoice itself (ReceiptData) always, and Status, Comment
 * and LastModifiedDate when Concur sends them (a sandbox extension Concur leaves out).
 */
export function detectChanges(opened: TaxInvoiceDetail, fresh: TaxInvoiceDetail): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const field of TRACKED) {
    const before = opened[field];
    const after = fresh[field];
    if (before === undefined && after === undefined) continue;
    if ((before ?? '') !== (after ?? '')) changes.push({ field, before: before ?? '', after: after ?? '' });
  }
  if ((opened.ReceiptData ?? '') !== (fresh.ReceiptData ?? '')) {
    changes.push({ field: 'ReceiptData', before: opened.ReceiptData ?? '', after: fresh.ReceiptData ?? '' });
  }
  return changes;
}

/** Concur already holds exactly this decision (e.g. an earlier send whose answer was lost): nothing to ask about. */
export function holdsDecision(fresh: TaxInvoiceDetail, decision: Decision): boolean {
  return fresh.Status === decision.status && (fresh.Comment ?? '') === decision.comment;
}

/**
 * Changes this session made itself do not count: when Concur holds exactly the decision this session last sent for the
 * invoice, its Status, Comment and LastModifiedDate changed because of that PUT. A different document still counts.
 */
export function changesByOthers(changes: readonly FieldChange[], fresh: TaxInvoiceDetail, ownLastSent: Decision | undefined): FieldChange[] {
  if (!ownLastSent || !holdsDecision(fresh, ownLastSent)) return [...changes];
  return changes.filter((change) => change.field === 'ReceiptData');
}
