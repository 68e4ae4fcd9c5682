import { useMemo, useState } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import FormControlLabel from '@mui/material/FormControlLabel';
import LinearProgress from '@mui/material/LinearProgress';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Switch from '@mui/material/Switch';
import Typography from '@mui/material/Typography';
import { useConfirm } from '../../../../components/confirm-context';
import { FocusKeepingButton } from '../../../../components/focus-keeping-button';
import { useOnline } from '../../../../components/online-status';
import { useI18n } from '../../../../i18n/i18n-context';
import { CORE_FIELDS, CUSTOM_FIELDS, emptyReceiptText } from '../../model/receipt-fields';
import { RestoredNotice } from '../restored-notice';
import { exportBatch } from './batch-export';
import { BatchInput } from './batch-input';
import { BatchTable } from './batch-table';
import { useFailureText } from './batch-row-status';
import type { useBatchRows } from './use-batch-rows';
import { useBatchSubmit } from './use-batch-submit';
import type { ReceiptSchema } from '../../model/validate-row';

export const MAX_BATCH_ROWS = 1000;

interface BatchEntryProps {
  state: ReturnType<typeof useBatchRows>;
  schema: ReceiptSchema;
}

/** Many receipts at once: paste or upload, fix the marked cells, Submit all, then Retry failed until none is left. */
export function BatchEntry({ state, schema }: BatchEntryProps) {
  const { t } = useI18n();
  const confirm = useConfirm();
  const failureText = useFailureText();
  const { rows, dispatch, problemsOf } = state;
  const { run, send, cancel } = useBatchSubmit(rows, dispatch, schema);
  const [onlyProblems, setOnlyProblems] = useState(false);
  const online = useOnline();

  // The same array while the same custom fields are in use, so unchanged rows are not redrawn as results come in.
  const customInUse = CUSTOM_FIELDS.filter((field) => rows.some((row) => row.text[field] !== '')).join(',');
  const columns = useMemo(() => [...CORE_FIELDS, ...CUSTOM_FIELDS.filter((field) => customInUse.split(',').includes(field))], [customInUse]);
  const numbered = rows.map((row, index) => ({ row, number: index + 1, problems: problemsOf(row) }));
  const needsAttention = numbered.filter(({ row, problems }) => row.status === 'failed' || (row.status !== 'saved' && Object.keys(problems).length > 0));
  const toSend = rows.filter((row) => row.status === 'pending' || row.status === 'failed');
  const failed = rows.filter((row) => row.status === 'failed');
  const counts = {
    saved: rows.filter((row) => row.status === 'saved').length,
    failed: needsAttention.length,
    pending: numbered.filter(({ row, problems }) => row.status === 'pending' && Object.keys(problems).length === 0).length,
  };

  /** Asks first only when rows that were not sent would be lost. */
  const clearAll = async () => {
    const lost = state.unsent;
    if (lost && !(await confirm({ title: t('poReceipts.batch.clearConfirm.title'), message: t('poReceipts.batch.clearConfirm.message'), confirmLabel: t('poReceipts.batch.clearConfirm.confirm'), destructive: true }))) return;
    state.discard();
  };

  const exportResults = () =>
    exportBatch(rows, columns, {
      status: (row) => t(`poReceipts.batch.status.${row.status}`),
      failure: (row) => failureText(row.failure, row.edited),
      headers: { status: t('poReceipts.batch.exportStatus'), code: t('poReceipts.batch.exportCode'), message: t('poReceipts.batch.exportMessage'), reference: t('poReceipts.batch.exportReference') },
      fileName: t('poReceipts.batch.fileName'),
    });

  const runText = (current: NonNullable<typeof run>) => {
    if (current.cancelling) return t('poReceipts.batch.cancelling');
    if (!online) return t('offline.batchWaiting', { done: current.done, total: current.total });
    return t('poReceipts.batch.progress', { done: current.done, total: current.total });
  };

  return (
    <Paper variant="outlined" sx={{ p: { xs: 2, sm: 3 } }}>
      <Typography variant="h6" component="h2" sx={{ mb: 2 }}>
        {t('poReceipts.batch.title')}
      </Typography>
      {state.restoredAt !== undefined && (
        <RestoredNotice message={t('poReceipts.restored.batch', { time: new Date(state.restoredAt) })} onDiscard={() => void clearAll()} />
      )}
      <BatchInput
        room={MAX_BATCH_ROWS - rows.length}
        maxRows={MAX_BATCH_ROWS}
        onRows={(texts) => {
          dispatch({ type: 'add', texts });
          state.setRestoredAt(undefined);
        }}
      />
      <Stack direction="row" sx={{ gap: 1, flexWrap: 'wrap', alignItems: 'center', my: 2 }}>
        {/* Both are unavailable while the batch runs: the one pressed keeps the keyboard focus. */}
        <FocusKeepingButton variant="contained" disabled={run !== null || toSend.length === 0} onClick={() => send(toSend.map((row) => row.id))}>
          {t('poReceipts.batch.submitAll', { count: toSend.length })}
        </FocusKeepingButton>
        <FocusKeepingButton variant="outlined" disabled={run !== null || failed.length === 0} onClick={() => send(failed.map((row) => row.id))}>
          {t('poReceipts.batch.retryFailed', { count: failed.length })}
        </FocusKeepingButton>
        {run && (
          <Button color="warning" onClick={cancel} disabled={run.cancelling}>
            {t('poReceipts.batch.cancel')}
          </Button>
        )}
        <Button onClick={exportResults} disabled={rows.length === 0}>
          {t('poReceipts.batch.export')}
        </Button>
        <Button onClick={() => dispatch({ type: 'add', texts: [emptyReceiptText()] })} disabled={rows.length >= MAX_BATCH_ROWS}>
          {t('poReceipts.batch.addRow')}
        </Button>
        <Button color="error" onClick={() => void clearAll()} disabled={run !== null || rows.length === 0}>
          {t('poReceipts.batch.clear')}
        </Button>
      </Stack>
      <div role="status" aria-live="polite">
        {run ? (
          <Stack sx={{ gap: 0.5, mb: 2 }}>
            <Typography>{runText(run)}</Typography>
            <LinearProgress variant="determinate" value={run.total === 0 ? 100 : (run.done / run.total) * 100} aria-label={t('poReceipts.batch.progress', { done: run.done, total: run.total })} />
          </Stack>
        ) : (
          rows.length > 0 && <Typography sx={{ mb: 2 }}>{t('poReceipts.batch.summary', counts)}</Typography>
        )}
      </div>
      {rows.length === 0 ? (
        <Alert severity="info">{t('poReceipts.batch.empty')}</Alert>
      ) : (
        <>
          <FormControlLabel control={<Switch checked={onlyProblems} onChange={(event) => setOnlyProblems(event.target.checked)} />} label={t('poReceipts.batch.onlyProblems')} />
          <BatchTable rows={onlyProblems ? needsAttention : numbered} columns={columns} onEdit={state.onEdit} onRemove={state.onRemove} />
        </>
      )}
    </Paper>
  );
}
