import { createContext, useContext } from 'react';

export interface Notification {
  message: string;
  severity?: 'success' | 'info' | 'warning' | 'error';
}

export const NotificationsContext = createContext<((notification: Notification) => void) | null>(null);

/** `const notify = useNotifications(); notify({ message, severity })`: one toast at a time, the newest wins. */
export function useNotifications(): (notification: Notification) => void {
  const notify = useContext(NotificationsContext);
  if (!notify) throw new Error('useNotifications must be used inside <NotificationsProvider>');
  return notify;
}
