import { Navigate, useSearchParams } from 'react-router';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { FullPageProgress } from '../../../components/full-page-progress';
import { useI18n } from '../../../i18n/i18n-context';
import { safeReturnTo } from '../../../lib/auth/return-to';
import { useSessionState } from '../../../lib/auth/use-session';
import { useStartSignIn } from '../api/use-start-sign-in';

export function SignInPage() {
  const { t } = useI18n();
  const [searchParams] = useSearchParams();
  const returnTo = safeReturnTo(searchParams.get('returnTo'));
  const session = useSessionState();
  const startSignIn = useStartSignIn();

  if (session.status === 'checking') return <FullPageProgress label={t('progress.checkingSession')} />;
  if (session.status === 'signed-in') return <Navigate to={returnTo} replace />;

  const leaving = startSignIn.isPending || startSignIn.isSuccess;
  return (
    <Paper variant="outlined" sx={{ maxWidth: 480, mx: 'auto', mt: { xs: 4, sm: 8 }, p: { xs: 3, sm: 4 } }}>
      <Stack spacing={2}>
        <Typography variant="h5" component="h1">
          {t('signIn.title')}
        </Typography>
        {session.reason === 'signed-out' && <Alert severity="success">{t('signIn.signedOut')}</Alert>}
        {session.reason === 'expired' && <Alert severity="info">{t('signIn.sessionExpired')}</Alert>}
        <Typography color="text.secondary">{t('signIn.description')}</Typography>
        {startSignIn.isError && <Alert severity="error">{t('signIn.unavailable')}</Alert>}
        <Button variant="contained" size="large" loading={leaving} loadingPosition="start" onClick={() => startSignIn.mutate(returnTo)}>
          {leaving ? t('signIn.redirecting') : t('signIn.button')}
        </Button>
      </Stack>
    </Paper>
  );
}
