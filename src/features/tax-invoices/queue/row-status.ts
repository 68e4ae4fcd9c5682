import { isTaxInvoiceStatus, type TaxInvoiceDetail, type TaxInvoiceStatus } from '../api/tax-invoice-schemas';
import type { QueuedDecision } from '../decisions/decision-queue';
import type { StatusFilter } from './queue-search';

export type RowStatus =
  | { kind: 'loading' }
  /** Concur does not say (it does not send Status; only the sandbox does). */
  | { kind: 'unknown' }
  | { kind: 'undecided' }
  | { kind: 'decided'; status: TaxInvoiceStatus; source: 'concur' | 'session'; pending: boolean };

const COUNTS_AS_DECIDED = ['waiting', 'checking', 'sending', 'sent'];

/** This session's latest decision on each invoice that is on its way or sent (undone, replaced and failed ones do not count). */
export function latestSessionDecisions(decisions: readonly QueuedDecision[]): Map<string, QueuedDecision> {
  const latest = new Map<string, QueuedDecision>();
  for (const decision of decisions) if (COUNTS_AS_DECIDED.includes(decision.phase)) latest.set(decision.invoiceId, decision);
  return latest;
}

export function rowStatus(detail: TaxInvoiceDetail | undefined, sessionDecision: QueuedDecision | undefined): RowStatus {
  if (sessionDecision) return { kind: 'decided', status: sessionDecision.status, source: 'session', pending: sessionDecision.phase !== 'sent' };
  if (!detail) return { kind: 'loading' };
  if (detail.Status === undefined) return { kind: 'unknown' };
  if (isTaxInvoiceStatus(detail.Status)) return { kind: 'decided', status: detail.Status, source: 'concur', pending: false };
  return { kind: 'undecided' };
}

/** The status filter works on what has loaded: a row whose status is still loading or unknown matches only "all". */
export function matchesStatusFilter(status: RowStatus, filter: StatusFilter): boolean {
  if (filter === 'all') return true;
  if (filter === 'undecided') return status.kind === 'undecided';
  return status.kind === 'decided' && status.status === filter;
}
