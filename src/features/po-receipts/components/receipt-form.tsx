import { useWatch } from 'react-hook-form';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Grid from '@mui/material/Grid';
import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useOnline } from '../../../components/online-status';
import { useI18n } from '../../../i18n/i18n-context';
import { CustomFields } from './custom-fields';
import { ErrorSummary } from './error-summary';
import { FormDraftKeeper } from './form-draft-keeper';
import { ReceivedDateField } from './received-date-field';
import { ReceiptTextField } from './receipt-text-field';
import { RestoredNotice } from './restored-notice';
import { SavedConfirmation, SendError } from './save-outcome';
import type { useReceiptForm } from './use-receipt-form';

interface ReceiptFormProps {
  state: ReturnType<typeof useReceiptForm>;
  onClear: () => void;
}

/** The one-receipt form: fields in Concur's order of importance, messages next to each, one Save. */
export function ReceiptForm({ state, onClear }: ReceiptFormProps) {
  const { t } = useI18n();
  const { form, editing, outcome, saving, waitingForConnection } = state;
  const online = useOnline();
  const { control, formState } = form;
  const version = useWatch({ control, name: 'version' });
  const field = (name: Parameters<typeof ReceiptTextField>[0]['name'], required = false) => ({
    control,
    name,
    required,
    label: t(`poReceipts.field.${name as 'purchaseOrderNumber'}`),
  });
  const saveLabel = () => {
    if (waitingForConnection) return t('offline.saveWaiting');
    if (saving) return t('poReceipts.form.saving');
    if (!online) return t('offline.saveWhenOnline');
    return editing ? t('poReceipts.form.saveChanges') : t('poReceipts.form.save');
  };
  return (
    <Paper variant="outlined" sx={{ p: { xs: 2, sm: 3 } }}>
      <Typography variant="h6" component="h2" sx={{ mb: 2 }}>
        {editing
          ? t('poReceipts.form.editingTitle', { goodsReceiptNumber: editing.goodsReceiptNumber || t('poReceipts.existing.noNumber'), line: editing.lineItemExternalId })
          : t('poReceipts.form.title')}
      </Typography>
      {state.restoredAt !== undefined && (
        <RestoredNotice message={t('poReceipts.restored.form', { time: new Date(state.restoredAt) })} onDiscard={() => state.discardDraft()} />
      )}
      {outcome?.kind === 'saved' && <SavedConfirmation body={outcome.body} onAnotherLine={state.recordAnotherLine} onNew={() => state.discardDraft()} />}
      {outcome?.kind === 'error' && <SendError error={outcome.error} canRetry={state.canRetry} retrying={saving} onRetry={state.retry} />}
      <FormDraftKeeper control={control} userId={state.userId} baselineJson={state.baselineJson} editing={editing} onDirtyChange={state.setDirty} />
      <ErrorSummary errors={formState.errors} failure={outcome?.kind === 'refused' ? outcome.failure : undefined} onFocusField={(name) => form.setFocus(name)} />
      <Box component="form" noValidate onSubmit={state.submit} aria-label={t('poReceipts.form.title')} aria-busy={saving && !waitingForConnection}>
        <Grid container spacing={2}>
          <Grid size={{ xs: 12, sm: 6 }}>
            <ReceiptTextField {...field('purchaseOrderNumber', true)} readOnly={editing !== null} help={editing ? t('poReceipts.form.lockedHelp') : undefined} />
          </Grid>
          <Grid size={{ xs: 12, sm: 6 }}>
            <ReceiptTextField {...field('lineItemExternalId', true)} readOnly={editing !== null} />
          </Grid>
          <Grid size={{ xs: 12, sm: 4 }}>
            <ReceivedDateField control={control} fieldRef={state.dateProbe} />
          </Grid>
          <Grid size={{ xs: 12, sm: 4 }}>
            <ReceiptTextField {...field('receivedQuantity')} inputMode="decimal" help={t('poReceipts.field.receivedQuantity.help')} />
          </Grid>
          <Grid size={{ xs: 12, sm: 4 }}>
            <ReceiptTextField {...field('unitOfMeasureCode')} help={t('poReceipts.field.unitOfMeasureCode.help')} />
          </Grid>
          <Grid size={{ xs: 12, sm: 4 }}>
            <ReceiptTextField {...field('goodsReceiptNumber', version !== '1.0')} readOnly={editing !== null} help={t('poReceipts.field.goodsReceiptNumber.help')} />
          </Grid>
          <Grid size={{ xs: 12, sm: 4 }}>
            <ReceiptTextField {...field('deliverySlipNumber')} />
          </Grid>
          <Grid size={{ xs: 12, sm: 4 }}>
            <ReceiptTextField {...field('isReceived', version === '1.0')}>
              <MenuItem value="Y">{t('poReceipts.isReceived.Y')}</MenuItem>
              <MenuItem value="N">{t('poReceipts.isReceived.N')}</MenuItem>
              <MenuItem value="">{t('poReceipts.isReceived.none')}</MenuItem>
            </ReceiptTextField>
          </Grid>
          <Grid size={{ xs: 12, sm: 6 }}>
            <ReceiptTextField {...field('version')} help={t('poReceipts.field.version.help')}>
              <MenuItem value="2.0">{t('poReceipts.version.2.0')}</MenuItem>
              <MenuItem value="1.0">{t('poReceipts.version.1.0')}</MenuItem>
            </ReceiptTextField>
          </Grid>
          <Grid size={12}>
            <CustomFields control={control} errors={formState.errors} />
          </Grid>
        </Grid>
        <Stack direction="row" sx={{ mt: 3, gap: 1, flexWrap: 'wrap' }}>
          <Button type="submit" variant="contained" disabled={saving} aria-describedby={waitingForConnection ? 'receipt-save-waiting' : undefined}>
            {saveLabel()}
          </Button>
          <Button onClick={onClear} disabled={saving}>
            {editing ? t('poReceipts.form.stopEditing') : t('poReceipts.form.clear')}
          </Button>
        </Stack>
        {waitingForConnection && (
          <Typography id="receipt-save-waiting" variant="body2" color="text.secondary" sx={{ mt: 1 }}>
            {t('offline.saveWaitingHelp')}
          </Typography>
        )}
      </Box>
    </Paper>
  );
}
