import type { Ref } from 'react';
import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useI18n } from '../../../i18n/i18n-context';
import type { TaxInvoiceStatus } from '../api/tax-invoice-schemas';
import { commentLength, commentRequired, decisionErrors, MAX_COMMENT_CHARACTERS } from '../decisions/decision-form-schema';
import { ReasonChips, withReason } from './reason-chips';

interface CommentFieldProps {
  id: string;
  value: string;
  status: TaxInvoiceStatus | '';
  onChange: (value: string) => void;
  onBlur?: () => void;
  /** The schema's error code, if any. */
  error: string | undefined;
  inputRef?: Ref<HTMLTextAreaElement>;
  disabled?: boolean;
  /** Show the `c` key that jumps here (the decision bar has it; the bulk dialog does not). */
  shortcutHint?: boolean;
}

/** The decision's comment: required for warnings and invalid, 2000 characters at most, counted live as Concur counts. */
export function CommentField({ id, value, status, onChange, onBlur, error, inputRef, disabled, shortcutHint }: CommentFieldProps) {
  const { t } = useI18n();
  const length = commentLength(value);
  const over = length > MAX_COMMENT_CHARACTERS;
  const message =
    error === decisionErrors.commentMissing
      ? t('taxInvoices.decision.commentMissing')
      : error === decisionErrors.commentTooLong || over
        ? t('taxInvoices.decision.commentTooLong', { count: length, max: MAX_COMMENT_CHARACTERS })
        : undefined;

  return (
    <Stack spacing={1}>
      <TextField
        id={id}
        label={commentRequired(status) ? t('taxInvoices.decision.commentRequired') : t('taxInvoices.decision.commentOptional')}
        multiline
        // Fixed rows: an auto-sizing textarea measures layout on every mount, and a new invoice mounts a new form.
        rows={3}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        onBlur={onBlur}
        error={Boolean(message)}
        helperText={message}
        disabled={disabled}
        required={commentRequired(status)}
        slotProps={{ htmlInput: { ref: inputRef, 'aria-describedby': message ? `${id}-helper-text ${id}-counter` : `${id}-counter` } }}
      />
      <Stack direction="row" sx={{ justifyContent: 'space-between', alignItems: 'flex-start', gap: 1 }}>
        <ReasonChips status={status} onPick={(reason) => onChange(withReason(value, reason))} />
        <Typography id={`${id}-counter`} variant="caption" color={over ? 'error' : 'text.secondary'} sx={{ whiteSpace: 'nowrap', ml: 'auto' }}>
          {t('taxInvoices.decision.counter', { count: length, max: MAX_COMMENT_CHARACTERS })}
          {shortcutHint && <Box component="kbd" aria-hidden="true" sx={{ ml: 1 }}>c</Box>}
        </Typography>
      </Stack>
    </Stack>
  );
}
