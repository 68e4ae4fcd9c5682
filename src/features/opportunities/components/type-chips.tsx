import { useId } from 'react';
import { useController, type Control } from 'react-hook-form';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import FormHelperText from '@mui/material/FormHelperText';
import Typography from '@mui/material/Typography';
import CheckIcon from '@mui/icons-material/Check';
import { useI18n } from '../../../i18n/i18n-context';
import type { ValidationMessageKey } from '../model/query-draft';
import { OPPORTUNITY_TYPES } from '../model/opportunity-types';
import type { QueryFormValues } from './query-form-values';

/** Toggle chips (pressed = asked for); none pressed asks for every type, as Concur does without `opportunityType`. */
export function TypeChips({ control }: { control: Control<QueryFormValues> }) {
  const { t } = useI18n();
  const labelId = useId();
  const { field, fieldState } = useController({ control, name: 'types' });
  const toggle = (type: (typeof OPPORTUNITY_TYPES)[number]) =>
    field.onChange(field.value.includes(type) ? field.value.filter((chosen) => chosen !== type) : [...field.value, type]);

  return (
    <div>
      <Typography id={labelId} variant="subtitle2" component="p" gutterBottom>
        {t('opportunities.types.label')}
      </Typography>
      <Box role="group" aria-labelledby={labelId} sx={{ display: 'flex', flexWrap: 'wrap', gap: 1 }}>
        {OPPORTUNITY_TYPES.map((type) => {
          const selected = field.value.includes(type);
          return (
            <Chip
              key={type}
              label={t(`opportunities.type.${type}`)}
              icon={selected ? <CheckIcon /> : undefined}
              color={selected ? 'primary' : 'default'}
              variant={selected ? 'filled' : 'outlined'}
              aria-pressed={selected}
              onClick={() => toggle(type)}
            />
          );
        })}
      </Box>
      <FormHelperText error={Boolean(fieldState.error)}>
        {fieldState.error?.message ? t(fieldState.error.message as ValidationMessageKey) : t('opportunities.types.hint')}
      </FormHelperText>
    </div>
  );
}
