import { useEffect, useState } from 'react';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import { useI18n } from '../i18n/i18n-context';
import { useOnline } from './online-status';

/** Long enough to be read and announced, short enough not to linger over the page. */
export const BACK_ONLINE_MS = 5000;

/**
 * Says when the connection is gone, and that nothing is lost: typing goes on, saves wait and go once it is back. The live
 * region stays mounted (empty while online) so that screen readers announce each change of its content.
 */
export function OfflineBanner() {
  const { t } = useI18n();
  const online = useOnline();
  const [wasOffline, setWasOffline] = useState(!online);
  const [backOnline, setBackOnline] = useState(false);
  // Adjusting state while rendering (React's "storing information from previous renders") rather than in an effect.
  if (!online && !wasOffline) {
    setWasOffline(true);
    setBackOnline(false);
  }
  if (online && wasOffline) {
    setWasOffline(false);
    setBackOnline(true);
  }
  useEffect(() => {
    if (!backOnline) return undefined;
    const timer = setTimeout(() => setBackOnline(false), BACK_ONLINE_MS);
    return () => clearTimeout(timer);
  }, [backOnline]);

  return (
    <Box
      role="status"
      aria-live="polite"
      sx={(theme) => ({ position: 'sticky', top: { xs: 56, sm: 64 }, zIndex: theme.zIndex.appBar - 1, px: { xs: 2, sm: 3 }, pt: online && !backOnline ? 0 : 2 })}
    >
      {!online && (
        <Alert role="none" severity="warning" variant="filled">
          <AlertTitle>{t('offline.title')}</AlertTitle>
          {t('offline.message')}
        </Alert>
      )}
      {online && backOnline && (
        <Alert role="none" severity="success">
          {t('offline.back')}
        </Alert>
      )}
    </Box>
  );
}
