import { loadDraft, saveDraft } from '../../../lib/drafts/draft-store';
import { isTaxInvoiceStatus } from '../api/tax-invoice-schemas';
import type { DecisionPhase, QueuedDecision } from './decision-queue';

const LOG_NAME = 'tax-invoices:session-log';

interface StoredEntry {
  key: string;
  invoiceId: string;
  receiptId: string;
  status: string;
  comment: string;
  decidedAt: number;
  origin: 'single' | 'bulk';
  phase: DecisionPhase;
  finishedAt?: number;
  /** Held back while offline: nothing was sent. */
  awaitingConnection?: boolean;
}

const UNANSWERED: readonly DecisionPhase[] = ['waiting', 'checking', 'sending'];

function isStoredLog(value: unknown): value is StoredEntry[] {
  return (
    Array.isArray(value) &&
    value.every(
      (entry: Partial<StoredEntry> | null) =>
        typeof entry === 'object' && entry !== null && typeof entry.key === 'string' && typeof entry.invoiceId === 'string' &&
        typeof entry.receiptId === 'string' && isTaxInvoiceStatus(entry.status) && typeof entry.comment === 'string' && typeof entry.decidedAt === 'number',
    )
  );
}

/** The session log survives a reload of this tab (sessionStorage, per user, deleted at sign-out), not the invoices it names. */
export function saveSessionLog(userId: string, decisions: readonly QueuedDecision[]): void {
  const entries = decisions.map<StoredEntry>(({ key, invoiceId, receiptId, status, comment, decidedAt, origin, phase, finishedAt, awaitingConnection }) => ({
    key, invoiceId, receiptId, status, comment, decidedAt, origin, phase, finishedAt, ...(awaitingConnection ? { awaitingConnection } : {}),
  }));
  saveDraft(userId, LOG_NAME, entries);
}

/**
 * Decisions that had no answer when the page closed are marked interrupted: whether Concur got them is unknown. Those
 * that were waiting for the connection are marked unsent: they never left the browser.
 */
export function loadSessionLog(userId: string): QueuedDecision[] {
  const entries = loadDraft(userId, LOG_NAME, isStoredLog)?.value ?? [];
  return entries.map((entry) => ({
    ...entry,
    status: isTaxInvoiceStatus(entry.status) ? entry.status : 'VALID',
    phase: entry.awaitingConnection ? 'unsent' : UNANSWERED.includes(entry.phase) ? 'interrupted' : entry.phase,
    awaitingConnection: undefined,
    remainingMs: 0,
  }));
}
