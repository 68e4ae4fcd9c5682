import { useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import Box from '@mui/material/Box';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import { LocalizationProvider } from '@mui/x-date-pickers/LocalizationProvider';
import { AdapterDayjs } from '@mui/x-date-pickers/AdapterDayjs';
import { esES } from '@mui/x-date-pickers/locales';
import 'dayjs/locale/es-mx';
import { PageContainer } from '../../../components/page-container';
import { ShortcutsDialog, useShortcuts, type Shortcut } from '../../../components/keyboard-shortcuts';
import { useUnsavedChangesGuard } from '../../../components/use-unsaved-changes-guard';
import { useI18n } from '../../../i18n/i18n-context';
import { separatorsFor } from '../model/receipt-rules';
import { receiptTextSchema } from '../model/receipt-schema';
import { BatchEntry } from './batch/batch-entry';
import { useBatchRows } from './batch/use-batch-rows';
import { SingleReceipt } from './single-receipt';
import { useReceiptForm } from './use-receipt-form';

type Mode = 'single' | 'batch';

/** MUI's Spanish picker texts, with the accent its day label lacks. */
const PICKERS_ES_MX = { ...esES.components.MuiLocalizationProvider.defaultProps.localeText, day: 'Día' };

/** /po-receipts: one receipt at a time, or a batch from a spreadsheet; `?mode=batch` keeps the choice in the URL. */
export function PoReceiptsPage() {
  const { t, locale } = useI18n();
  const [searchParams, setSearchParams] = useSearchParams();
  const mode: Mode = searchParams.get('mode') === 'batch' ? 'batch' : 'single';
  const schema = useMemo(() => receiptTextSchema(separatorsFor(locale)), [locale]);
  // Both stay mounted (hidden when not shown), so switching never loses input.
  const form = useReceiptForm();
  const batch = useBatchRows(schema);
  useUnsavedChangesGuard(form.dirty || batch.unsent);

  const [showShortcuts, setShowShortcuts] = useState(false);
  const shortcuts: Shortcut[] = [
    { key: 'Enter', mod: true, whileTyping: true, label: 'Ctrl/⌘ + Enter', description: t('poReceipts.form.shortcutSave'), run: () => mode === 'single' && form.submit() },
    { key: '?', label: '?', description: t('poReceipts.form.shortcutHelp'), run: () => setShowShortcuts(true) },
  ];
  useShortcuts(shortcuts);

  const changeMode = (next: Mode) =>
    setSearchParams(
      (params) => {
        if (next === 'batch') params.set('mode', 'batch');
        else params.delete('mode');
        return params;
      },
      { replace: true },
    );

  return (
    <LocalizationProvider
      dateAdapter={AdapterDayjs}
      adapterLocale={locale === 'es-MX' ? 'es-mx' : 'en'}
      localeText={locale === 'es-MX' ? PICKERS_ES_MX : undefined}
    >
      <PageContainer title={t('area.poReceipts.title')} description={t('area.poReceipts.description')}>
        <Tabs
          value={mode}
          onChange={(_event, next: Mode) => changeMode(next)}
          aria-label={t('poReceipts.tabs.label')}
          // Tabs may shrink and wrap their label, so on a narrow screen both stay whole rather than cut off.
          sx={{ mb: 3, '& .MuiTab-root': { flexShrink: 1 } }}
        >
          <Tab value="single" label={t('poReceipts.tabs.single')} id="po-receipts-tab-single" aria-controls="po-receipts-panel-single" />
          <Tab value="batch" label={t('poReceipts.tabs.batch')} id="po-receipts-tab-batch" aria-controls="po-receipts-panel-batch" />
        </Tabs>
        <Box role="tabpanel" id="po-receipts-panel-single" aria-labelledby="po-receipts-tab-single" hidden={mode !== 'single'}>
          <SingleReceipt state={form} />
        </Box>
        <Box role="tabpanel" id="po-receipts-panel-batch" aria-labelledby="po-receipts-tab-batch" hidden={mode !== 'batch'}>
          <BatchEntry state={batch} schema={schema} />
        </Box>
        <ShortcutsDialog open={showShortcuts} onClose={() => setShowShortcuts(false)} shortcuts={shortcuts} />
      </PageContainer>
    </LocalizationProvider>
  );
}
