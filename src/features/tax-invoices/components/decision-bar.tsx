import { useEffect, useImperativeHandle, useRef, useState, type BaseSyntheticEvent, type Ref } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import { useI18n } from '../../../i18n/i18n-context';
import { useSignedInSession } from '../../../lib/auth/signed-in-session';
import type { TaxInvoiceDetail, TaxInvoiceStatus } from '../api/tax-invoice-schemas';
import { decisionDrafts } from '../decisions/decision-drafts';
import { decisionFormSchema, type DecisionFormValues } from '../decisions/decision-form-schema';
import type { DecisionQueue, NewDecision, QueuedDecision } from '../decisions/decision-queue';
import { CommentField } from './comment-field';
import { ConflictDialog } from './conflict-dialog';
import { DecisionStatusLine } from './decision-status-line';
import { StatusChoice } from './status-choice';

export interface DecisionBarHandle {
  choose: (status: TaxInvoiceStatus) => void;
  focusComment: () => void;
  save: () => void;
}

interface DecisionBarProps {
  ref?: Ref<DecisionBarHandle>;
  invoiceId: string;
  receiptId: string;
  /** The invoice as it was when opened: the conflict check compares Concur's copy with it. */
  opened: TaxInvoiceDetail;
  queue: DecisionQueue;
  /** This session's latest decision on the invoice, if any. */
  latest: QueuedDecision | undefined;
  onDecide: (decision: NewDecision) => void;
  /** "Don't send" on a conflict: the decision is dropped and kept as a draft. */
  onDrop: (decision: QueuedDecision) => void;
}

function initialValues(userId: string, invoiceId: string, latest: QueuedDecision | undefined): DecisionFormValues {
  const draft = decisionDrafts.load(userId, invoiceId);
  if (draft) return draft;
  if (latest && latest.phase !== 'undone' && latest.phase !== 'replaced') return { status: latest.status, comment: latest.comment };
  return { status: '', comment: '' };
}

/**
 * Valid / with warnings / invalid, a comment, Save: the decision is held back for the undo window (and checked against
 * Concur meanwhile, see DecisionQueue) while the next invoice opens.
 */
export function DecisionBar({ ref, invoiceId, receiptId, opened, queue, latest, onDecide, onDrop }: DecisionBarProps) {
  const { t } = useI18n();
  const { user } = useSignedInSession();
  const [reviewing, setReviewing] = useState(false);
  const commentRef = useRef<HTMLTextAreaElement>(null);
  const form = useForm<DecisionFormValues>({ resolver: zodResolver(decisionFormSchema), defaultValues: initialValues(user.id, invoiceId, latest) });
  const values = useWatch({ control: form.control });

  useEffect(() => {
    if (form.formState.isDirty) decisionDrafts.save(user.id, invoiceId, { status: values.status ?? '', comment: values.comment ?? '' });
  }, [form.formState.isDirty, invoiceId, user.id, values.comment, values.status]);

  const decided = useRef<{ key: string; at: number } | null>(null);
  const decide = ({ status, comment }: DecisionFormValues) => {
    if (status === '') return;
    // The same decision again (a double click, Ctrl+Enter twice) while it is still waiting is not a new one: one request.
    const waiting = queue.getSnapshot().findLast((decision) => decision.invoiceId === invoiceId && decision.phase === 'waiting');
    const key = JSON.stringify([status, comment]);
    const repeated = decided.current?.key === key && Date.now() - decided.current.at < 1000;
    if (repeated || (waiting?.status === status && waiting.comment === comment)) return;
    decided.current = { key, at: Date.now() };
    decisionDrafts.clear(user.id, invoiceId);
    form.reset({ status, comment });
    onDecide({ invoiceId, receiptId, status, comment, baseline: opened });
  };
  const save = (event?: BaseSyntheticEvent) => form.handleSubmit(decide)(event);

  useImperativeHandle(ref, () => ({
    choose: (status) => form.setValue('status', status, { shouldDirty: true, shouldValidate: form.formState.isSubmitted }),
    focusComment: () => commentRef.current?.focus(),
    save: () => void save(),
  }));

  return (
    <Paper variant="outlined" component="form" noValidate aria-label={t('taxInvoices.decision.label')} onSubmit={(event) => void save(event)} sx={{ p: 2 }}>
      <Stack spacing={1.5}>
        <DecisionStatusLine decision={latest} queue={queue} onReview={() => setReviewing(true)} />
        <Controller
          control={form.control}
          name="status"
          render={({ field, fieldState }) => <StatusChoice value={field.value} onChange={field.onChange} missing={Boolean(fieldState.error)} disabled={false} />}
        />
        <Controller
          control={form.control}
          name="comment"
          render={({ field, fieldState }) => (
            <CommentField
              id={`decision-comment-${invoiceId}`}
              value={field.value}
              status={values.status ?? ''}
              onChange={field.onChange}
              onBlur={field.onBlur}
              error={fieldState.error?.message}
              shortcutHint
              inputRef={(element) => {
                commentRef.current = element;
                field.ref(element);
              }}
            />
          )}
        />
        <Stack direction="row" sx={{ gap: 1, alignItems: 'center' }}>
          <Button type="submit" variant="contained">
            {t('taxInvoices.decision.save')}
          </Button>
          <kbd aria-hidden="true">{t('taxInvoices.shortcuts.saveKey')}</kbd>
        </Stack>
      </Stack>
      {latest?.phase === 'conflict' && (
        <ConflictDialog
          open={reviewing}
          receiptId={receiptId}
          changes={latest.changes ?? []}
          onSend={() => (setReviewing(false), void queue.sendAnyway(latest.key))}
          onCancel={() => {
            setReviewing(false);
            onDrop(latest);
          }}
        />
      )}
    </Paper>
  );
}
