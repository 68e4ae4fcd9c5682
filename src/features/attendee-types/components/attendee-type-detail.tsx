import { useState } from 'react';
import { Link as RouterLink, useLocation, useParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import Skeleton from '@mui/material/Skeleton';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import CloseIcon from '@mui/icons-material/Close';
import { routePaths } from '../../../config/route-paths';
import { useI18n } from '../../../i18n/i18n-context';
import { useSignedInSession } from '../../../lib/auth/signed-in-session';
import { formValuesOf } from '../api/attendee-type-form';
import { attendeeTypeQueries } from '../api/attendee-type-queries';
import { loadEditDraft } from './attendee-type-draft';
import { AttendeeTypeFields } from './attendee-type-fields';
import { AttendeeTypeForm } from './attendee-type-form';
import { useCloseDetail } from './detail-navigation';
import { DetailLoadError } from './detail-load-error';
import { DETAIL_TITLE_ID, useAttendeeTypesOutlet } from './outlet-context';

/** `/attendee-types/:id`: every field, Edit and Delete. Keyed by id so another type starts fresh. */
export function AttendeeTypeDetailRoute() {
  const { id = '' } = useParams();
  return <AttendeeTypeDetail key={id} id={id} />;
}

function AttendeeTypeDetail({ id }: { id: string }) {
  const { t, formatDate } = useI18n();
  const { variant, requestDelete } = useAttendeeTypesOutlet();
  const userId = useSignedInSession().user.id;
  const location = useLocation();
  const close = useCloseDetail();
  const query = useQuery({ ...attendeeTypeQueries.detail(id), throwOnError: false });
  const [draft, setDraft] = useState(() => loadEditDraft(userId, id));
  const [editing, setEditing] = useState(draft !== undefined);
  // Said inside the panel: a toast would sit behind the modal panel, hidden from screen readers.
  const [savedName, setSavedName] = useState<string>();
  const [backFromForm, setBackFromForm] = useState(false);
  const type = query.data;
  const heading = variant === 'panel' ? 'h2' : 'h1';

  return (
    <Box sx={{ p: { xs: 2, sm: 3 }, maxWidth: variant === 'page' ? 720 : undefined, mx: 'auto' }}>
      <Stack direction="row" sx={{ alignItems: 'flex-start', gap: 1, mb: 2 }}>
        {variant === 'page' && (
          <Button component={RouterLink} to={{ pathname: routePaths.attendeeTypes, search: location.search }} startIcon={<ArrowBackIcon />} sx={{ mr: 'auto' }}>
            {t('attendeeTypes.detail.back')}
          </Button>
        )}
        {variant === 'panel' && (
          <IconButton aria-label={t('attendeeTypes.detail.close')} onClick={close} sx={{ ml: 'auto', order: 2 }}>
            <CloseIcon />
          </IconButton>
        )}
      </Stack>
      <Typography id={DETAIL_TITLE_ID} variant="h5" component={heading} sx={{ mb: 2, overflowWrap: 'anywhere' }}>
        {type?.Name ?? (query.isPending ? <Skeleton width="60%" /> : t('attendeeTypes.detail.title'))}
      </Typography>
      {query.isError && !type && <DetailLoadError error={query.error} onRetry={() => void query.refetch()} />}
      {query.isPending && <Skeleton variant="rounded" height={280} aria-label={t('progress.loading')} />}
      {type && editing && (
        <>
          {draft && (
            <Alert severity="info" sx={{ mb: 2 }}>
              {t('attendeeTypes.edit.draftRestored', { time: formatDate(new Date(draft.savedAt), { dateStyle: 'medium', timeStyle: 'short' }) })}
            </Alert>
          )}
          <AttendeeTypeForm
            type={type}
            initialValues={draft?.value ?? formValuesOf(type)}
            onDone={(name) => {
              setDraft(undefined);
              setEditing(false);
              setSavedName(name);
              setBackFromForm(true);
            }}
          />
        </>
      )}
      {type && !editing && (
        <>
          {savedName && (
            <Alert severity="success" role="status" sx={{ mb: 2 }} onClose={() => setSavedName(undefined)} closeText={t('notifications.close')}>
              {t('attendeeTypes.edit.saved', { name: savedName })}
            </Alert>
          )}
          <AttendeeTypeFields type={type} />
          <Stack direction="row" sx={{ gap: 1, mt: 3 }}>
            <Button
              variant="contained"
              autoFocus={backFromForm}
              onClick={() => {
                setSavedName(undefined);
                setEditing(true);
              }}
            >
              {t('attendeeTypes.detail.edit')}
            </Button>
            <Button color="error" onClick={() => void requestDelete(type, close)}>
              {t('attendeeTypes.detail.delete')}
            </Button>
          </Stack>
        </>
      )}
    </Box>
  );
}
