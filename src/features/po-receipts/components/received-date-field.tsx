import type { RefObject } from 'react';
import { Controller, type Control } from 'react-hook-form';
import type { Dayjs } from 'dayjs';
import { DatePicker } from '@mui/x-date-pickers/DatePicker';
import type { FieldRef } from '@mui/x-date-pickers/models';
import { useI18n } from '../../../i18n/i18n-context';
import type { ReceiptFormValues } from '../model/receipt-form-values';
import { problemText } from './problem-text';

/** The received date: a calendar date (no time, no zone) typed section by section or chosen from the calendar. */
export type DateFieldRef = RefObject<FieldRef<Dayjs | null> | null>;

/** True when some, not all, of the date's sections are typed: the picker then reports no date at all, not a bad one. */
export function isDateUnfinished(fieldRef: DateFieldRef): boolean {
  const sections = fieldRef.current?.getSections() ?? [];
  return sections.some((section) => section.value !== '') && sections.some((section) => section.value === '');
}

interface ReceivedDateFieldProps {
  control: Control<ReceiptFormValues, unknown, unknown>;
  fieldRef: DateFieldRef;
}

export function ReceivedDateField({ control, fieldRef }: ReceivedDateFieldProps) {
  const { t } = useI18n();
  return (
    <Controller
      control={control}
      name="receivedDate"
      render={({ field, fieldState }) => (
        <div
          ref={(node) => {
            // "Focus the first problem" lands on the field's first section.
            field.ref(node && { focus: () => node.querySelector<HTMLElement>('[role="spinbutton"]')?.focus() });
          }}
        >
          <DatePicker
            label={t('poReceipts.field.receivedDate')}
            value={field.value}
            onChange={(value) => field.onChange(value)}
            slotProps={{
              field: { fieldRef },
              textField: {
                id: 'receipt-receivedDate',
                name: field.name,
                fullWidth: true,
                onBlur: field.onBlur,
                error: fieldState.error !== undefined,
                helperText: fieldState.error ? problemText(t, fieldState.error.message) : t('poReceipts.field.receivedDate.help'),
              },
            }}
          />
        </div>
      )}
    />
  );
}
