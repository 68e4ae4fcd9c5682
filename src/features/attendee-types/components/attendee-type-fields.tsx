import type { ReactNode } from 'react';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useI18n } from '../../../i18n/i18n-context';
import type { AttendeeType } from '../api/attendee-type-schema';

/** Every field of the type, read-only, as a description list; server strings render as text. */
export function AttendeeTypeFields({ type }: { type: AttendeeType }) {
  const { t } = useI18n();
  const yesNo = (value: boolean) => (value ? t('attendeeTypes.yes') : t('attendeeTypes.no'));
  const rows: [string, ReactNode][] = [
    [t('attendeeTypes.field.name'), type.Name],
    [t('attendeeTypes.field.code'), type.Code],
    [t('attendeeTypes.field.attendeeForm'), type.AttendeeFormID],
    [t('attendeeTypes.field.connector'), type.ConnectorID || t('attendeeTypes.connector.expenseDatabase')],
    [
      t('attendeeTypes.field.duplicateSearchFields'),
      type.DuplicateSearchFields.length === 0 ? (
        t('attendeeTypes.none')
      ) : (
        <Stack direction="row" component="span" sx={{ gap: 0.5, flexWrap: 'wrap' }}>
          {type.DuplicateSearchFields.map((field) => (
            <Chip key={field} label={field} size="small" component="span" />
          ))}
        </Stack>
      ),
    ],
    [t('attendeeTypes.field.manualEntry'), yesNo(type.AllowManuallyEnteredAttendees)],
    [t('attendeeTypes.field.countEditing'), yesNo(type.AllowAttendeeCountEditing)],
    [t('attendeeTypes.field.id'), type.ID],
    [t('attendeeTypes.field.uri'), type.URI ?? ''],
  ];
  return (
    <Box component="dl" sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: 'minmax(140px, auto) 1fr' }, columnGap: 2, rowGap: 1.5, m: 0 }}>
      {rows.map(([label, value]) => (
        <Box key={label} sx={{ display: 'contents' }}>
          <Typography component="dt" variant="body2" color="text.secondary">
            {label}
          </Typography>
          <Typography component="dd" sx={{ m: 0, overflowWrap: 'anywhere' }}>
            {value}
          </Typography>
        </Box>
      ))}
    </Box>
  );
}
