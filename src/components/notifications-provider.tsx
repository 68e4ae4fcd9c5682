import { useCallback, useState, type ReactNode } from 'react';
import Alert from '@mui/material/Alert';
import Portal from '@mui/material/Portal';
import Snackbar from '@mui/material/Snackbar';
import { useI18n } from '../i18n/i18n-context';
import { NotificationsContext, type Notification } from './notifications-context';

interface Shown extends Notification {
  id: number;
}

/**
 * MUI's Snackbar rather than a toast library: it styles through Emotion, so the CSP nonce covers it. It sits in a portal on
 * `<body>`, beside any open dialog rather than inside the app root, which an open dialog hides from screen readers.
 */
export function NotificationsProvider({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  const [shown, setShown] = useState<Shown | null>(null);
  const notify = useCallback((notification: Notification) => setShown({ ...notification, id: Date.now() }), []);
  const close = () => setShown(null);

  return (
    <NotificationsContext.Provider value={notify}>
      {children}
      <Portal>
        <Snackbar key={shown?.id} open={shown !== null} autoHideDuration={6000} onClose={(_event, reason) => reason !== 'clickaway' && close()}>
          <Alert severity={shown?.severity ?? 'info'} variant="filled" onClose={close} closeText={t('notifications.close')}>
            {shown?.message}
          </Alert>
        </Snackbar>
      </Portal>
    </NotificationsContext.Provider>
  );
}
