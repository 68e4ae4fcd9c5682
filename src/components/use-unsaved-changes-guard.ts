import { useEffect } from 'react';
import { useBlocker } from 'react-router';
import { useI18n } from '../i18n/i18n-context';
import { useConfirm } from './confirm-context';

/**
 * Warns before unsent input is lost: in-app navigation (links, Back) asks through the confirm dialog; a reload or a
 * closed tab gets the browser's own prompt. Pass `dirty` computed from the values (not "touched"), so changing a value
 * back to what it was stops the warning.
 */
export function useUnsavedChangesGuard(dirty: boolean): void {
  const { t } = useI18n();
  const confirm = useConfirm();
  const blocker = useBlocker(({ currentLocation, nextLocation }) => dirty && currentLocation.pathname !== nextLocation.pathname);

  useEffect(() => {
    if (blocker.state !== 'blocked') return;
    void confirm({
      title: t('unsaved.title'),
      message: t('unsaved.message'),
      confirmLabel: t('unsaved.leave'),
      cancelLabel: t('unsaved.stay'),
      destructive: true,
    }).then((leave) => (leave ? blocker.proceed() : blocker.reset()));
  }, [blocker, confirm, t]);

  useEffect(() => {
    if (!dirty) return undefined;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);
}
