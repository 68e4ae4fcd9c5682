import type { ReactNode } from 'react';
import { Controller, type Control } from 'react-hook-form';
import TextField from '@mui/material/TextField';
import { useI18n } from '../../../i18n/i18n-context';
import type { ReceiptFormValues } from '../model/receipt-form-values';
import { problemText } from './problem-text';

type TextFieldName = Exclude<keyof ReceiptFormValues, 'receivedDate'>;

interface ReceiptTextFieldProps {
  control: Control<ReceiptFormValues, unknown, unknown>;
  name: TextFieldName;
  label: string;
  help?: string;
  required?: boolean;
  readOnly?: boolean;
  inputMode?: 'text' | 'decimal';
  /** Options of a select (Received, Version). */
  children?: ReactNode;
}

/** One text (or select) field of the receipt form; its message is the rule's or Concur's, next to it. */
export function ReceiptTextField({ control, name, label, help, required, readOnly, inputMode = 'text', children }: ReceiptTextFieldProps) {
  const { t } = useI18n();
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <TextField
          id={`receipt-${name}`}
          name={field.name}
          label={label}
          value={field.value}
          onChange={field.onChange}
          onBlur={field.onBlur}
          inputRef={field.ref}
          required={required}
          fullWidth
          select={children !== undefined}
          error={fieldState.error !== undefined}
          helperText={fieldState.error ? problemText(t, fieldState.error.message) : help}
          slotProps={{
            htmlInput: { inputMode, spellCheck: false, autoComplete: 'off', readOnly },
            // A select's empty choice ("Not stated") is a real option: keep its label above it.
            ...(children !== undefined && { inputLabel: { shrink: true }, select: { displayEmpty: true } }),
          }}
        >
          {children}
        </TextField>
      )}
    />
  );
}
