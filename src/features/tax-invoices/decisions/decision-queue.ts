import { onlineManager, type QueryClient } from '@tanstack/react-query';
import { whenOnline } from '../../../components/online-status';
import { putDecision } from '../api/put-decision';
import { taxInvoiceKeys } from '../api/tax-invoice-queries';
import { fetchTaxInvoice } from '../api/tax-invoice-requests';
import type { TaxInvoiceDetail, TaxInvoiceStatus } from '../api/tax-invoice-schemas';
import { changesByOthers, detectChanges, holdsDecision, type FieldChange } from './detect-changes';

export type DecisionPhase =
  | 'waiting' // held back: the undo window is open
  | 'checking' // reading the invoice again before the PUT
  | 'sending'
  | 'sent'
  | 'failed'
  | 'conflict' // the invoice changed in Concur; the admin chooses
  | 'undone'
  | 'replaced' // a later decision on the same invoice took its place
  | 'interrupted' // the page closed before Concur answered (restored from the session log)
  | 'unsent'; // the page closed while the decision waited for the connection: certainly never sent (restored from the log)

export interface QueuedDecision {
  key: string;
  invoiceId: string;
  receiptId: string;
  status: TaxInvoiceStatus;
  comment: string;
  decidedAt: number;
  origin: 'single' | 'bulk';
  batchId?: string;
  phase: DecisionPhase;
  /** The invoice as the admin saw or accepted it; the check before sending compares Concur's copy with it. */
  baseline?: TaxInvoiceDetail;
  /** While the window runs: when it ends. Undefined while paused (hover or focus on its toast). */
  deadline?: number;
  remainingMs: number;
  changes?: FieldChange[];
  fresh?: TaxInvoiceDetail;
  error?: unknown;
  finishedAt?: number;
  /** A conflict found right after Save: the page asks the admin at once instead of waiting for a click. */
  askNow?: boolean;
  /** Its window ended while offline: it goes (checked, then PUT) once the connection is back. */
  awaitingConnection?: boolean;
}

export const OPEN_PHASES: readonly DecisionPhase[] = ['waiting', 'checking', 'sending', 'failed', 'conflict'];
export const isOpen = (decision: QueuedDecision) => OPEN_PHASES.includes(decision.phase);

export interface DecisionQueueOptions {
  queryClient: QueryClient;
  windowMs: number;
  /** A send failed or needs a choice while no part of the page shows the decisions (the admin left the area). */
  onUnattendedProblem?: (decision: QueuedDecision) => void;
  /** Called after every change, e.g. to keep the session log. */
  onChange?: (decisions: readonly QueuedDecision[]) => void;
}

export interface NewDecision {
  invoiceId: string;
  receiptId: string;
  status: TaxInvoiceStatus;
  comment: string;
  baseline: TaxInvoiceDetail;
}

/** A bulk item: without a baseline (the admin never opened it), no conflict check is possible. */
export type BatchItem = Omit<NewDecision, 'baseline'> & { baseline?: TaxInvoiceDetail };

let keySequence = 0;
const nextKey = () => `${Date.now().toString(36)}-${(keySequence += 1)}`;

/**
 * Decisions of this session: each held back for an undo window with its own timer, then checked against Concur and sent.
 * Lives outside React so leaving the page does not lose a pending decision: the page flushes them as it goes.
 */
export class DecisionQueue {
  private decisions: readonly QueuedDecision[];
  private readonly listeners = new Set<() => void>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly pauses = new Map<string, number>();
  private readonly inFlight = new Set<string>();
  private views = 0;
  private disposed = false;
  private readonly options: DecisionQueueOptions;

  constructor(options: DecisionQueueOptions, restored: readonly QueuedDecision[] = []) {
    this.options = options;
    this.decisions = restored;
  }

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = () => this.decisions;

  get(key: string): QueuedDecision | undefined {
    return this.decisions.find((decision) => decision.key === key);
  }

  /** Holds a decision back for the undo window; an earlier one not sent yet on the same invoice is replaced. */
  schedule(input: NewDecision): QueuedDecision {
    for (const earlier of this.decisions) {
      const unsent = earlier.phase === 'waiting' || (earlier.phase === 'sending' && earlier.awaitingConnection);
      if (earlier.invoiceId === input.invoiceId && unsent) this.finish(earlier.key, 'replaced');
    }
    const decision: QueuedDecision = {
      ...input,
      key: nextKey(),
      decidedAt: Date.now(),
      origin: 'single',
      phase: 'waiting',
      deadline: Date.now() + this.options.windowMs,
      remainingMs: this.options.windowMs,
    };
    this.decisions = [...this.decisions, decision];
    this.startTimer(decision.key, this.options.windowMs);
    this.publish();
    void this.checkEarly(decision.key);
    return decision;
  }

  /** Sends several decisions now (bulk), a few at a time; returns the batch's id, to follow its progress. */
  startBatch(inputs: readonly BatchItem[], concurrency = 4): string {
    const batchId = nextKey();
    const added = inputs.map<QueuedDecision>((input) => ({ ...input, key: nextKey(), decidedAt: Date.now(), origin: 'bulk', batchId, phase: 'checking', remainingMs: 0 }));
    this.decisions = [...this.decisions, ...added];
    this.publish();
    void this.runAll(added.map((decision) => decision.key), concurrency);
    return batchId;
  }

  /** Sends failed and conflicting decisions of a batch again; a conflict is resent against what Concur holds now. */
  async retryBatch(batchId: string, concurrency = 4): Promise<void> {
    const keys = this.decisions.filter((d) => d.batchId === batchId && (d.phase === 'failed' || d.phase === 'conflict')).map((d) => d.key);
    for (const key of keys) this.acceptFresh(key);
    await this.runAll(keys, concurrency);
  }

  undo(key: string): QueuedDecision | undefined {
    const decision = this.get(key);
    if (decision?.phase !== 'waiting') return undefined;
    this.finish(key, 'undone');
    return decision;
  }

  /** `u`: the most recent decision still inside its window. */
  undoLatest(): QueuedDecision | undefined {
    const latest = this.decisions.filter((decision) => decision.phase === 'waiting').at(-1);
    return latest && this.undo(latest.key);
  }

  pause(key: string): void {
    const count = (this.pauses.get(key) ?? 0) + 1;
    this.pauses.set(key, count);
    const decision = this.get(key);
    if (count !== 1 || decision?.phase !== 'waiting' || decision.deadline === undefined) return;
    this.clearTimer(key);
    this.update(key, { deadline: undefined, remainingMs: Math.max(0, decision.deadline - Date.now()) });
  }

  resume(key: string): void {
    const count = Math.max(0, (this.pauses.get(key) ?? 0) - 1);
    this.pauses.set(key, count);
    const decision = this.get(key);
    if (count !== 0 || decision?.phase !== 'waiting' || decision.deadline !== undefined) return;
    this.update(key, { deadline: Date.now() + decision.remainingMs });
    this.startTimer(key, decision.remainingMs);
  }

  /** Sends one decision now (Retry, or "send now" from its toast). */
  sendNow(key: string): Promise<void> {
    this.clearTimer(key);
    return this.send(key, true);
  }

  /** The admin saw what changed and sends anyway: the check then compares against what Concur holds now. */
  sendAnyway(key: string): Promise<void> {
    this.acceptFresh(key);
    return this.send(key, true);
  }

  /**
   * Leaving the page: every decision still waiting goes now. On `pagehide` there is no time to check first, and the PUT
   * is sent with `keepalive` so that it survives the page.
   */
  flushAll({ check, pageHides = false }: { check: boolean; pageHides?: boolean }): void {
    // After sign-out nothing more is sent, not even what was still held back.
    if (this.disposed) return;
    for (const decision of this.decisions) {
      if (decision.phase !== 'waiting') continue;
      this.clearTimer(decision.key);
      void this.send(decision.key, check, pageHides);
    }
  }

  /** Drops a decision that is waiting, failed or in conflict: it is not sent (the session log keeps it, as undone). */
  cancel(key: string): void {
    const decision = this.get(key);
    if (decision && (decision.phase === 'conflict' || decision.phase === 'failed' || decision.phase === 'waiting')) this.finish(key, 'undone');
  }

  /** While a view of the decisions is mounted, problems show there; otherwise `onUnattendedProblem` reports them. */
  attachView(): () => void {
    this.views += 1;
    return () => {
      this.views -= 1;
    };
  }

  dispose(): void {
    this.disposed = true;
    for (const key of this.timers.keys()) this.clearTimer(key);
    this.listeners.clear();
  }

  /**
   * The conflict check, run as soon as the admin saves (without holding up the next invoice) and again before the PUT:
   * a change in Concur since the invoice was opened stops the decision and asks the admin.
   */
  private async checkEarly(key: string): Promise<void> {
    const decision = this.get(key);
    if (!decision?.baseline) return;
    let fresh: TaxInvoiceDetail;
    try {
      fresh = await fetchTaxInvoice(decision.invoiceId);
    } catch {
      // The check before the PUT will try again.
      return;
    }
    const current = this.get(key);
    if (current?.phase !== 'waiting' || !current.baseline || this.inFlight.has(key)) return;
    const changes = this.conflictingChanges(current, fresh);
    if (changes.length === 0) return;
    this.clearTimer(key);
    this.conflict(key, changes, fresh, true);
  }

  /** What changed in Concur since the decision's baseline, except what this session's own earlier PUT changed. */
  private conflictingChanges(decision: QueuedDecision, fresh: TaxInvoiceDetail): FieldChange[] {
    if (!decision.baseline || holdsDecision(fresh, decision)) return [];
    const ownLastSent = this.decisions.filter((other) => other.invoiceId === decision.invoiceId && other.phase === 'sent' && other.key !== decision.key).at(-1);
    return changesByOthers(detectChanges(decision.baseline, fresh), fresh, ownLastSent);
  }

  /** Concur's copy replaces the stale one on screen, and the decision waits for the admin's choice. */
  private conflict(key: string, changes: FieldChange[], fresh: TaxInvoiceDetail, askNow: boolean): void {
    const decision = this.get(key);
    if (decision) this.options.queryClient.setQueryData(taxInvoiceKeys.detail(decision.invoiceId), fresh);
    this.fail(key, { phase: 'conflict', changes, fresh, askNow, deadline: undefined });
  }

  private acceptFresh(key: string): void {
    const decision = this.get(key);
    if (decision?.fresh) this.update(key, { baseline: decision.fresh, fresh: undefined, changes: undefined });
  }

  private async runAll(keys: readonly string[], concurrency: number): Promise<void> {
    const queue = [...keys];
    const worker = async () => {
      for (let key = queue.shift(); key !== undefined; key = queue.shift()) await this.send(key, true);
    };
    await Promise.all(Array.from({ length: Math.min(concurrency, queue.length) }, worker));
  }

  /** One request at a time per decision: a double click, or a timer firing during Retry, sends once. */
  private async send(key: string, check: boolean, keepalive = false): Promise<void> {
    const decision = this.get(key);
    if (this.disposed || !decision || this.inFlight.has(key) || ['sent', 'undone', 'replaced'].includes(decision.phase)) return;
    this.inFlight.add(key);
    try {
      if (!onlineManager.isOnline()) {
        this.update(key, { phase: 'sending', deadline: undefined, error: undefined, awaitingConnection: true });
        await whenOnline();
        // Signed out meanwhile (no longer anyone's to send), or replaced by a later decision on the same invoice.
        if (this.disposed || this.get(key)?.phase !== 'sending') return;
        this.update(key, { awaitingConnection: undefined });
      }
      await this.checkAndPut(this.get(key) ?? decision, check, keepalive);
    } finally {
      this.inFlight.delete(key);
    }
  }

  private async checkAndPut(decision: QueuedDecision, check: boolean, keepalive: boolean): Promise<void> {
    const { key } = decision;
    const body = { Status: decision.status, Comment: decision.comment };
    if (check && decision.baseline) {
      this.update(key, { phase: 'checking', deadline: undefined, error: undefined });
      let fresh: TaxInvoiceDetail;
      try {
        fresh = await fetchTaxInvoice(decision.invoiceId);
      } catch (error) {
        this.fail(key, { phase: 'failed', error });
        return;
      }
      const changes = this.conflictingChanges(decision, fresh);
      if (changes.length > 0) {
        this.conflict(key, changes, fresh, false);
        return;
      }
    }
    this.update(key, { phase: 'sending', deadline: undefined, error: undefined });
    try {
      await putDecision(decision.invoiceId, body, { keepalive });
    } catch (error) {
      this.fail(key, { phase: 'failed', error });
      return;
    }
    this.update(key, { phase: 'sent', finishedAt: Date.now() });
    void this.options.queryClient.invalidateQueries({ queryKey: taxInvoiceKeys.detail(decision.invoiceId) });
  }

  private fail(key: string, patch: Partial<QueuedDecision>): void {
    this.update(key, { ...patch, finishedAt: Date.now() });
    const decision = this.get(key);
    if (decision && this.views === 0 && decision.origin === 'single') this.options.onUnattendedProblem?.(decision);
  }

  private finish(key: string, phase: DecisionPhase): void {
    this.clearTimer(key);
    this.update(key, { phase, deadline: undefined, finishedAt: Date.now(), awaitingConnection: undefined });
  }

  private startTimer(key: string, ms: number): void {
    this.clearTimer(key);
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        void this.send(key, true);
      }, ms),
    );
  }

  private clearTimer(key: string): void {
    const timer = this.timers.get(key);
    if (timer !== undefined) clearTimeout(timer);
    this.timers.delete(key);
  }

  private update(key: string, patch: Partial<QueuedDecision>): void {
    this.decisions = this.decisions.map((decision) => (decision.key === key ? { ...decision, ...patch } : decision));
    this.publish();
  }

  private publish(): void {
    // A disposed queue (signed out) writes nothing back, not even its session log.
    if (this.disposed) return;
    this.options.onChange?.(this.decisions);
    for (const listener of this.listeners) listener();
  }
}
