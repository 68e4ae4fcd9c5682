import { useState } from 'react';
import { useController, type Control } from 'react-hook-form';
import Stack from '@mui/material/Stack';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import { DatePicker } from '@mui/x-date-pickers/DatePicker';
import type { Dayjs } from 'dayjs';
import { useI18n } from '../../../i18n/i18n-context';
import type { ValidationMessageKey } from '../model/query-draft';
import { matchPreset, presetRange, PRESET_IDS, type PresetId } from '../model/presets';
import { dayjs } from './dayjs-utc';
import type { QueryFormValues } from './query-form-values';
import { useDateFormats } from './use-date-formats';

const validMs = (value: Dayjs | null) => (value?.isValid() ? value.valueOf() : null);

/** Presets and two date pickers, all in UTC; the helper texts and tooltips give the same instants in the browser's time. */
export function DateRangeFields({ control, queryKey }: { control: Control<QueryFormValues>; queryKey: string }) {
  const { t } = useI18n();
  const formats = useDateFormats();
  const { field: from, fieldState: fromState } = useController({ control, name: 'from' });
  const { field: to, fieldState: toState } = useController({ control, name: 'to' });
  const [nowMs] = useState(() => Date.now());
  const [customChosen, setCustomChosen] = useState(false);
  const [shownQuery, setShownQuery] = useState(queryKey);
  if (shownQuery !== queryKey) {
    // Another query came from the URL: its dates decide which preset is lit, not an earlier "Custom" click.
    setShownQuery(queryKey);
    setCustomChosen(false);
  }
  const fromMs = validMs(from.value);
  const toMs = validMs(to.value);
  const preset: PresetId | 'custom' = customChosen ? 'custom' : (matchPreset(fromMs, toMs, nowMs) ?? 'custom');

  const choose = (next: PresetId | 'custom' | null) => {
    if (next === null) return;
    setCustomChosen(next === 'custom');
    if (next === 'custom') return;
    const range = presetRange(next, nowMs);
    from.onChange(dayjs.utc(range.fromMs));
    to.onChange(dayjs.utc(range.toMs));
  };
  const local = (ms: number) => `${formats.localDateTime(ms)} (${formats.zone})`;
  const helper = (ms: number | null, key: 'opportunities.from.helper' | 'opportunities.to.helper') =>
    ms === null ? ' ' : t(key, { time: formats.utcDateTime(ms), local: local(ms) });

  return (
    <Stack sx={{ gap: 2 }}>
      <ToggleButtonGroup exclusive size="small" value={preset} onChange={(_event, next: PresetId | 'custom' | null) => choose(next)} aria-label={t('opportunities.presets.label')} sx={{ flexWrap: 'wrap' }}>
        {PRESET_IDS.map((id) => {
          const range = presetRange(id, nowMs);
          const title = t('opportunities.presets.tooltip', {
            from: formats.utcDateTime(range.fromMs),
            to: formats.utcDateTime(range.toMs),
            zone: formats.zone,
            localFrom: formats.localDateTime(range.fromMs),
            localTo: formats.localDateTime(range.toMs),
          });
          return (
            <Tooltip key={id} title={title} describeChild>
              <ToggleButton value={id}>{t(`opportunities.presets.${id}`)}</ToggleButton>
            </Tooltip>
          );
        })}
        <ToggleButton value="custom">{t('opportunities.presets.custom')}</ToggleButton>
      </ToggleButtonGroup>
      <Stack direction={{ xs: 'column', md: 'row' }} sx={{ gap: 2 }}>
        <DatePicker
          label={t('opportunities.from.label')}
          timezone="UTC"
          value={from.value}
          inputRef={from.ref}
          onChange={(value) => {
            setCustomChosen(true);
            from.onChange(value?.isValid() ? value.startOf('day') : value);
          }}
          slotProps={{
            textField: {
              name: from.name,
              onBlur: from.onBlur,
              error: Boolean(fromState.error),
              helperText: fromState.error?.message ? t(fromState.error.message as ValidationMessageKey) : helper(fromMs, 'opportunities.from.helper'),
              sx: { flex: 1 },
            },
          }}
        />
        <DatePicker
          label={t('opportunities.to.label')}
          timezone="UTC"
          value={to.value}
          inputRef={to.ref}
          onChange={(value) => {
            setCustomChosen(true);
            to.onChange(value?.isValid() ? value.endOf('day').millisecond(0) : value);
          }}
          slotProps={{
            textField: {
              name: to.name,
              onBlur: to.onBlur,
              error: Boolean(toState.error),
              helperText: toState.error?.message ? t(toState.error.message as ValidationMessageKey) : helper(toMs, 'opportunities.to.helper'),
              sx: { flex: 1 },
            },
          }}
        />
      </Stack>
      <Typography variant="body2" color="text.secondary">
        {t('opportunities.range.note')}
      </Typography>
    </Stack>
  );
}
