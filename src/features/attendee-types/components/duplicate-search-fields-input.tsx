import type { Ref } from 'react';
import Autocomplete from '@mui/material/Autocomplete';
import TextField from '@mui/material/TextField';
import { useI18n } from '../../../i18n/i18n-context';

/** Attendee fields Concur commonly uses for duplicate warnings; any other field id can be typed. */
const SUGGESTED_FIELDS = ['FirstName', 'LastName', 'Company', 'Title', 'ExternalId', ...Array.from({ length: 25 }, (_, index) => `Custom${index + 1}`)];

interface DuplicateSearchFieldsInputProps {
  value: string[];
  onChange: (value: string[]) => void;
  onBlur: () => void;
  inputRef: Ref<HTMLInputElement>;
  error: string | undefined;
}

/** Field ids as chips: pick from the list or type one and press Enter. */
export function DuplicateSearchFieldsInput({ value, onChange, onBlur, inputRef, error }: DuplicateSearchFieldsInputProps) {
  const { t } = useI18n();
  return (
    <Autocomplete
      multiple
      freeSolo
      autoSelect
      options={SUGGESTED_FIELDS}
      clearText={t('attendeeTypes.form.duplicateSearchClear')}
      openText={t('attendeeTypes.form.duplicateSearchOpen')}
      closeText={t('attendeeTypes.form.duplicateSearchClose')}
      noOptionsText={t('attendeeTypes.form.duplicateSearchNoOptions')}
      value={value}
      onChange={(_event, next) => onChange([...new Set(next.map((field) => field.trim()).filter(Boolean))])}
      onBlur={onBlur}
      renderInput={(params) => (
        <TextField
          {...params}
          inputRef={inputRef}
          label={t('attendeeTypes.field.duplicateSearchFields')}
          error={Boolean(error)}
          helperText={error ?? t('attendeeTypes.form.duplicateSearchHelp')}
        />
      )}
    />
  );
}
