import { useRef, useState, type ChangeEvent, type ClipboardEvent } from 'react';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import { useNotifications } from '../../../../components/notifications-context';
import { useI18n } from '../../../../i18n/i18n-context';
import { readRows } from '../../model/batch-columns';
import { CORE_FIELDS, type ReceiptText } from '../../model/receipt-fields';
import { parseTable } from '../../model/parse-table';
import { useFieldLabel } from '../use-field-label';

const MAX_FILE_BYTES = 1024 * 1024;

interface BatchInputProps {
  /** How many more rows the batch takes. */
  room: number;
  maxRows: number;
  onRows: (rows: ReceiptText[]) => void;
}

/** Rows come in by pasting (Ctrl+V straight into the box adds them) or by uploading a CSV file. */
export function BatchInput({ room, maxRows, onRows }: BatchInputProps) {
  const { t } = useI18n();
  const notify = useNotifications();
  const label = useFieldLabel();
  const [pasted, setPasted] = useState('');
  const fileInput = useRef<HTMLInputElement>(null);

  const add = (text: string) => {
    const { rows, ignored } = readRows(parseTable(text));
    if (rows.length === 0) {
      notify({ severity: 'warning', message: t('poReceipts.batch.nothingToAdd') });
      return;
    }
    const kept = rows.slice(0, Math.max(0, room));
    onRows(kept);
    const notes = [t('poReceipts.batch.added', { count: kept.length })];
    if (kept.length < rows.length) notes.push(t('poReceipts.batch.tooMany', { max: maxRows }));
    if (ignored.length > 0) notes.push(t('poReceipts.batch.ignoredColumns', { columns: ignored.join(', ') }));
    notify({ severity: kept.length < rows.length || ignored.length > 0 ? 'warning' : 'success', message: notes.join(' ') });
  };

  const onPaste = (event: ClipboardEvent<HTMLDivElement>) => {
    const text = event.clipboardData.getData('text/plain');
    // A single value pasted into the box is typing, not rows.
    if (!/[\t\n]/.test(text.trim())) return;
    event.preventDefault();
    add(text);
  };

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    if (file.size > MAX_FILE_BYTES) {
      notify({ severity: 'error', message: t('poReceipts.batch.fileTooLarge') });
      return;
    }
    try {
      add(await file.text());
    } catch {
      notify({ severity: 'error', message: t('poReceipts.batch.fileUnreadable') });
    }
  };

  return (
    <Stack sx={{ gap: 1.5 }}>
      <Typography>{t('poReceipts.batch.instructions', { columns: CORE_FIELDS.map(label).join(', ') })}</Typography>
      <TextField
        label={t('poReceipts.batch.pasteLabel')}
        multiline
        minRows={3}
        maxRows={8}
        value={pasted}
        onChange={(event) => setPasted(event.target.value)}
        onPaste={onPaste}
        slotProps={{ htmlInput: { spellCheck: false } }}
      />
      <Stack direction="row" sx={{ gap: 1, flexWrap: 'wrap' }}>
        <Button
          variant="outlined"
          disabled={pasted.trim() === ''}
          onClick={() => {
            add(pasted);
            setPasted('');
          }}
        >
          {t('poReceipts.batch.addPasted')}
        </Button>
        {/* A real button (a <label role="button"> is not allowed by ARIA) that opens the hidden file input's chooser. */}
        <Button variant="outlined" startIcon={<UploadFileIcon />} onClick={() => fileInput.current?.click()}>
          {t('poReceipts.batch.upload')}
        </Button>
        <input
          ref={fileInput}
          type="file"
          accept=".csv,.tsv,.txt,text/csv,text/tab-separated-values,text/plain"
          hidden
          aria-label={t('poReceipts.batch.upload')}
          onChange={(event) => void onFile(event)}
        />
      </Stack>
    </Stack>
  );
}
