import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import LogoutIcon from '@mui/icons-material/Logout';
import { useI18n } from '../../../i18n/i18n-context';
import { useSignedInSession } from '../../../lib/auth/signed-in-session';
import { useSignOut } from '../api/use-sign-out';

/** The signed-in user's name and the Sign out button, for the app bar. */
export function UserMenu() {
  const { t } = useI18n();
  const session = useSignedInSession();
  const { signOut, isSigningOut } = useSignOut();
  const displayName = session.user.name || session.user.email;

  return (
    <>
      <Typography
        variant="body2"
        title={t('shell.signedInAs', { name: displayName })}
        sx={{ display: { xs: 'none', sm: 'block' }, maxWidth: 220, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}
      >
        {displayName}
      </Typography>
      <Button color="inherit" variant="outlined" startIcon={<LogoutIcon />} loading={isSigningOut} onClick={signOut} sx={{ whiteSpace: 'nowrap', flexShrink: 0 }}>
        {t('shell.signOut')}
      </Button>
    </>
  );
}
