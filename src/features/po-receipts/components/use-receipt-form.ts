import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod/mini';
import { useI18n } from '../../../i18n/i18n-context';
import { useSignedInSession } from '../../../lib/auth/signed-in-session';
import { clearDraft, loadDraft } from '../../../lib/drafts/draft-store';
import type { ReceiptKey } from '../api/receipts-api';
import { isSuccess, useSaveReceipt } from '../api/use-receipt-mutations';
import { readFailure, type ConcurFailure } from '../model/concur-failure';
import { isReceiptText } from '../model/receipt-fields';
import { blankForm, formToText, textToForm, type ReceiptFormValues } from '../model/receipt-form-values';
import { UNFINISHED_DATE, separatorsFor, type ReceiptBody } from '../model/receipt-rules';
import { receiptTextSchema } from '../model/receipt-schema';
import { FORM_DRAFT_NAME, type FormDraft } from './form-draft-keeper';
import { isDateUnfinished, type DateFieldRef } from './received-date-field';

function isFormDraft(value: unknown): value is FormDraft {
  if (typeof value !== 'object' || value === null) return false;
  const draft = value as Record<string, unknown>;
  return isReceiptText(draft.text) && (draft.editing === null || typeof draft.editing === 'object');
}

export type SaveOutcome =
  | { kind: 'saved'; body: ReceiptBody }
  | { kind: 'refused'; body: ReceiptBody; failure: ConcurFailure }
  | { kind: 'error'; body: ReceiptBody; error: unknown };

/**
 * The receipt form's state: values (restored from the user's draft), the zod rules, one request per Save however often
 * it is pressed, Concur's answer mapped onto fields, and a Retry that resends exactly the body that failed.
 */
export function useReceiptForm() {
  const { locale } = useI18n();
  const userId = useSignedInSession().user.id;
  const [initialDraft] = useState(() => loadDraft(userId, FORM_DRAFT_NAME, isFormDraft));
  const [restoredAt, setRestoredAt] = useState(initialDraft?.savedAt);
  const [editing, setEditing] = useState<ReceiptKey | null>(initialDraft?.value.editing ?? null);
  const [baseline, setBaseline] = useState<ReceiptFormValues>(() => blankForm());
  const [dirty, setDirty] = useState(false);
  const [outcome, setOutcome] = useState<SaveOutcome | null>(null);
  const [changedSinceError, setChangedSinceError] = useState(false);

  // A holder MUI fills with the date field's handle; the rules read it when they run (never while rendering).
  const [dateProbe] = useState<DateFieldRef>(() => ({ current: null }));
  const schema = useMemo(
    () =>
      z.pipe(
        z.transform((values: ReceiptFormValues) => ({ ...formToText(values), ...(isDateUnfinished(dateProbe) && { receivedDate: UNFINISHED_DATE }) })),
        receiptTextSchema(separatorsFor(locale)),
      ),
    [locale, dateProbe],
  );
  const form = useForm<ReceiptFormValues, unknown, ReceiptBody>({
    defaultValues: initialDraft ? textToForm(initialDraft.value.text) : baseline,
    resolver: zodResolver(schema),
  });

  // Retry resends the body that failed, so it is offered only until the values change.
  useEffect(() => {
    if (outcome?.kind !== 'error') return undefined;
    return form.subscribe({ formState: { values: true }, callback: () => setChangedSinceError(true) });
  }, [form, outcome]);

  const save = useSaveReceipt();
  const busy = useRef(false);

  const send = async (body: ReceiptBody) => {
    setOutcome(null);
    setChangedSinceError(false);
    // Offline the save waits, and the form stays editable meanwhile: what is typed after Save is not part of this body.
    const sent = form.getValues();
    try {
      const result = await save.mutateAsync(body);
      if (isSuccess(result.Status)) {
        const editedSince = JSON.stringify(formToText(form.getValues())) !== JSON.stringify(formToText(sent));
        if (!editedSince) clearDraft(userId, FORM_DRAFT_NAME);
        setBaseline(sent);
        form.reset(sent, { keepValues: editedSince });
        setRestoredAt(undefined);
        setOutcome({ kind: 'saved', body });
        return;
      }
      const failure = readFailure(result);
      if (failure.field) form.setError(failure.field, { type: 'concur', message: failure.messageKey }, { shouldFocus: true });
      setOutcome({ kind: 'refused', body, failure });
    } catch (error) {
      setOutcome({ kind: 'error', body, error });
    }
  };

  /** Double clicks, Enter + click and Ctrl+Enter all end here: while one Save runs, the others are ignored. */
  const guarded = (work: () => Promise<void>) => {
    if (busy.current) return;
    busy.current = true;
    void work().finally(() => {
      busy.current = false;
    });
  };

  const submit = (event?: FormEvent) => {
    event?.preventDefault();
    guarded(() => form.handleSubmit(send, () => setOutcome(null))());
  };

  const retry = () => {
    if (outcome?.kind === 'error') guarded(() => send(outcome.body));
  };

  /** Replaces the form's content; what is put in counts as "unchanged" (no draft, no warning). */
  const start = (next: ReceiptFormValues, nextEditing: ReceiptKey | null) => {
    setBaseline(next);
    form.reset(next);
    setEditing(nextEditing);
    setOutcome(null);
    setRestoredAt(undefined);
  };

  const recordAnotherLine = () => {
    const { purchaseOrderNumber, receivedDate, version } = form.getValues();
    start(blankForm({ purchaseOrderNumber, receivedDate, version }), null);
    setTimeout(() => form.setFocus('lineItemExternalId'), 0);
  };

  /** Empties the form (keeping what `keep` names) and deletes the draft. */
  const discardDraft = (keep: Partial<ReceiptFormValues> = {}) => {
    clearDraft(userId, FORM_DRAFT_NAME);
    start(blankForm(keep), null);
  };

  /** Whether replacing the form would lose typed input (the PO number alone is not lost when opening one of its receipts). */
  const wouldLoseInput = (keepingPo: boolean) => {
    const current = formToText(form.getValues());
    const base = formToText(baseline);
    if (keepingPo) current.purchaseOrderNumber = base.purchaseOrderNumber;
    return JSON.stringify(current) !== JSON.stringify(base);
  };

  return {
    form,
    wouldLoseInput,
    dateProbe,
    userId,
    baselineJson: JSON.stringify(formToText(baseline)),
    dirty,
    setDirty,
    editing,
    restoredAt,
    outcome,
    saving: save.isPending,
    /** Saved while offline: the request waits for the connection (TanStack Query's paused mutation). */
    waitingForConnection: save.isPaused,
    canRetry: outcome?.kind === 'error' && !changedSinceError,
    submit,
    retry,
    start,
    recordAnotherLine,
    discardDraft,
  };
}
