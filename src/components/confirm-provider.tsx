import { useCallback, useRef, useState, type ReactNode } from 'react';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import { useI18n } from '../i18n/i18n-context';
import { ConfirmContext, type ConfirmOptions } from './confirm-context';

/** One confirmation dialog for the app; focus returns to where it was when the dialog closes (MUI restores it). */
export function ConfirmProvider({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  const [options, setOptions] = useState<ConfirmOptions | null>(null);
  const resolver = useRef<((answer: boolean) => void) | null>(null);

  const confirm = useCallback((next: ConfirmOptions) => {
    resolver.current?.(false);
    setOptions(next);
    return new Promise<boolean>((resolve) => {
      resolver.current = resolve;
    });
  }, []);

  const answer = (value: boolean) => {
    resolver.current?.(value);
    resolver.current = null;
    setOptions(null);
  };

  return (
    <ConfirmContext.Provider value={confirm}>
      {children}
      <Dialog open={options !== null} onClose={() => answer(false)} aria-labelledby="confirm-title" aria-describedby="confirm-message">
        {options && (
          <>
            <DialogTitle id="confirm-title">{options.title}</DialogTitle>
            <DialogContent>
              <DialogContentText id="confirm-message">{options.message}</DialogContentText>
            </DialogContent>
            <DialogActions>
              <Button onClick={() => answer(false)} autoFocus={options.destructive}>
                {options.cancelLabel ?? t('confirm.cancel')}
              </Button>
              <Button onClick={() => answer(true)} variant="contained" color={options.destructive ? 'error' : 'primary'} autoFocus={!options.destructive}>
                {options.confirmLabel}
              </Button>
            </DialogActions>
          </>
        )}
      </Dialog>
    </ConfirmContext.Provider>
  );
}
