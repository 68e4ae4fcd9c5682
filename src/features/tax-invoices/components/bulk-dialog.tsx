import { useState } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useI18n } from '../../../i18n/i18n-context';
import type { TaxInvoiceDetail } from '../api/tax-invoice-schemas';
import { decisionFormSchema, type DecisionFormValues } from '../decisions/decision-form-schema';
import type { DecisionQueue, QueuedDecision } from '../decisions/decision-queue';
import { BulkResults } from './bulk-results';
import { CommentField } from './comment-field';
import { StatusChoice } from './status-choice';

export interface BulkTarget {
  id: string;
  receiptId: string;
}

interface BulkDialogProps {
  targets: readonly BulkTarget[];
  queue: DecisionQueue;
  decisions: readonly QueuedDecision[];
  /** What the admin has seen of each invoice (loaded details), for the check before each PUT. */
  baselineOf: (id: string) => TaxInvoiceDetail | undefined;
  onClose: (finished: boolean) => void;
}

/** One status and comment for the selected invoices, sent at once (no undo window): progress, results, Retry failed. */
export function BulkDialog({ targets, queue, decisions, baselineOf, onClose }: BulkDialogProps) {
  const { t } = useI18n();
  const [batchId, setBatchId] = useState<string | null>(null);
  const form = useForm<DecisionFormValues>({ resolver: zodResolver(decisionFormSchema), defaultValues: { status: '', comment: '' } });
  const status = useWatch({ control: form.control, name: 'status' });
  const entries = batchId ? decisions.filter((decision) => decision.batchId === batchId) : [];

  const apply = form.handleSubmit(({ status: chosen, comment }) => {
    if (chosen === '' || batchId) return;
    setBatchId(queue.startBatch(targets.map((target) => ({ invoiceId: target.id, receiptId: target.receiptId, status: chosen, comment, baseline: baselineOf(target.id) }))));
  });

  return (
    <Dialog open onClose={() => onClose(batchId !== null)} aria-labelledby="bulk-title" fullWidth maxWidth="sm">
      <DialogTitle id="bulk-title">{t('taxInvoices.bulk.title', { count: targets.length })}</DialogTitle>
      <DialogContent>
        {batchId ? (
          <BulkResults entries={entries} />
        ) : (
          <Stack component="form" id="bulk-form" noValidate spacing={2} onSubmit={(event) => void apply(event)} sx={{ pt: 1 }}>
            <Typography variant="body2">{t('taxInvoices.bulk.explain')}</Typography>
            <Controller
              control={form.control}
              name="status"
              render={({ field, fieldState }) => <StatusChoice value={field.value} onChange={field.onChange} missing={Boolean(fieldState.error)} disabled={false} />}
            />
            <Controller
              control={form.control}
              name="comment"
              render={({ field, fieldState }) => (
                <CommentField id="bulk-comment" value={field.value} status={status} onChange={field.onChange} onBlur={field.onBlur} error={fieldState.error?.message} />
              )}
            />
          </Stack>
        )}
      </DialogContent>
      <DialogActions>
        {batchId ? (
          <>
            <Button
              onClick={() => void queue.retryBatch(batchId)}
              disabled={!entries.some((entry) => entry.phase === 'failed' || entry.phase === 'conflict')}
            >
              {t('taxInvoices.bulk.retryFailed', { count: entries.filter((entry) => entry.phase === 'failed' || entry.phase === 'conflict').length })}
            </Button>
            <Button variant="contained" onClick={() => onClose(true)}>{t('taxInvoices.bulk.close')}</Button>
          </>
        ) : (
          <>
            <Button onClick={() => onClose(false)}>{t('confirm.cancel')}</Button>
            <Button type="submit" form="bulk-form" variant="contained">{t('taxInvoices.bulk.apply', { count: targets.length })}</Button>
          </>
        )}
      </DialogActions>
    </Dialog>
  );
}
