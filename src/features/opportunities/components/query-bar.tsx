import { useEffect, useMemo, useRef } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import Button from '@mui/material/Button';
import FormControlLabel from '@mui/material/FormControlLabel';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Switch from '@mui/material/Switch';
import TextField from '@mui/material/TextField';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import SearchIcon from '@mui/icons-material/Search';
import { LocalizationProvider } from '@mui/x-date-pickers/LocalizationProvider';
import { AdapterDayjs } from '@mui/x-date-pickers/AdapterDayjs';
import { esES } from '@mui/x-date-pickers/locales';
import { useI18n } from '../../../i18n/i18n-context';
import type { QueryDraft, QueryErrors, QueryMode, ValidationMessageKey } from '../model/query-draft';
import { DateRangeFields } from './date-range-fields';
import { queryResolver, toDraft, toFieldErrors, toFormValues, type QueryFormValues } from './query-form-values';
import { TypeChips } from './type-chips';

interface QueryBarProps {
  /** The query in the URL; the form follows it (Back, Forward, a trip link) and starts from it. */
  urlDraft: QueryDraft;
  /** Problems of the URL's query, shown on their fields before anything is sent. */
  urlErrors: QueryErrors;
  /** Changes whenever the URL's query does, so the preset choice starts afresh. */
  queryKey: string;
  onSearch: (draft: QueryDraft) => void;
}

export function QueryBar({ urlDraft, urlErrors, queryKey, onSearch }: QueryBarProps) {
  const { t, locale } = useI18n();
  const values = useMemo(() => toFormValues(urlDraft), [urlDraft]);
  const errors = useMemo(() => toFieldErrors(urlErrors), [urlErrors]);
  const { control, handleSubmit, reset, setError, setFocus } = useForm<QueryFormValues>({ defaultValues: values, resolver: queryResolver, reValidateMode: 'onChange' });
  useEffect(() => {
    // The URL changed (Search, Back, Forward, a trip link): the form shows its query, and what is wrong with it.
    reset(values);
    for (const [name, error] of Object.entries(errors) as [keyof QueryFormValues, { type: string; message?: string }][]) setError(name, error);
  }, [values, errors, reset, setError]);
  const mode = useWatch({ control, name: 'mode' });
  // A trip link replaced the results it sat in, and the keyboard focus with them: it goes to the trip's field, not <body>.
  const firstQuery = useRef(queryKey);
  useEffect(() => {
    if (queryKey === firstQuery.current || mode !== 'trip') return;
    if (document.activeElement === null || document.activeElement === document.body) setFocus('tripId');
  }, [mode, queryKey, setFocus]);
  const pickerText = locale === 'es-MX' ? esES.components.MuiLocalizationProvider.defaultProps.localeText : undefined;

  return (
    <LocalizationProvider dateAdapter={AdapterDayjs} adapterLocale={locale === 'es-MX' ? 'es-mx' : 'en'} localeText={pickerText}>
      <Paper
        component="form"
        role="search"
        aria-label={t('opportunities.queryBar.label')}
        noValidate
        variant="outlined"
        onSubmit={handleSubmit((submitted) => onSearch(toDraft(submitted)))}
        sx={{ p: 2, mb: 3 }}
      >
        <Stack sx={{ gap: 2 }}>
          <Controller
            control={control}
            name="mode"
            render={({ field }) => (
              <ToggleButtonGroup
                exclusive
                color="primary"
                value={field.value}
                onChange={(_event, next: QueryMode | null) => next && field.onChange(next)}
                aria-label={t('opportunities.mode.label')}
              >
                <ToggleButton value="range">{t('opportunities.mode.range')}</ToggleButton>
                <ToggleButton value="trip">{t('opportunities.mode.trip')}</ToggleButton>
              </ToggleButtonGroup>
            )}
          />
          {mode === 'range' ? (
            <DateRangeFields control={control} queryKey={queryKey} />
          ) : (
            <Controller
              control={control}
              name="tripId"
              render={({ field: { ref, ...field }, fieldState }) => (
                <TextField
                  {...field}
                  inputRef={ref}
                  label={t('opportunities.tripId.label')}
                  error={Boolean(fieldState.error)}
                  helperText={fieldState.error?.message ? t(fieldState.error.message as ValidationMessageKey) : t('opportunities.tripId.helper')}
                  autoComplete="off"
                  slotProps={{ htmlInput: { spellCheck: false, autoCapitalize: 'off' } }}
                  sx={{ maxWidth: 480 }}
                />
              )}
            />
          )}
          <TypeChips control={control} />
          <Stack direction="row" sx={{ alignItems: 'center', justifyContent: 'space-between', flexWrap: 'wrap', gap: 2 }}>
            <Controller
              control={control}
              name="activeOnly"
              render={({ field }) => (
                <FormControlLabel
                  control={<Switch checked={field.value} onChange={(event) => field.onChange(event.target.checked)} onBlur={field.onBlur} name={field.name} />}
                  label={t('opportunities.activeOnly')}
                />
              )}
            />
            <Button type="submit" variant="contained" startIcon={<SearchIcon />}>
              {t('opportunities.search')}
            </Button>
          </Stack>
        </Stack>
      </Paper>
    </LocalizationProvider>
  );
}
