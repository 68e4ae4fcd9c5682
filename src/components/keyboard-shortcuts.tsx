import { useEffect, useRef } from 'react';
import Dialog from '@mui/material/Dialog';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';
import { useI18n } from '../i18n/i18n-context';

export interface Shortcut {
  /** `KeyboardEvent.key`, e.g. 'j', '/', '?', 'Enter'. */
  key: string;
  /** Ctrl on Windows/Linux or Cmd on macOS. */
  mod?: boolean;
  /** Shown in the shortcuts list, e.g. "Ctrl/⌘ + Enter". */
  label: string;
  description: string;
  run: (event: KeyboardEvent) => void;
  /** Also fire while the user types in a field (for Ctrl+Enter-style shortcuts). */
  whileTyping?: boolean;
}

/** Inputs that take no typed text: a key pressed on them is still a shortcut. */
const NON_TEXT_INPUTS = new Set(['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file', 'image']);

const isTyping = (target: EventTarget | null) => {
  if (!(target instanceof HTMLElement)) return false;
  if (target instanceof HTMLInputElement) return !NON_TEXT_INPUTS.has(target.type);
  return target.isContentEditable || ['TEXTAREA', 'SELECT'].includes(target.tagName) || target.getAttribute('role') === 'combobox';
};

/** Page-level single-key shortcuts; letters never fire while the user types in a field. */
export function useShortcuts(shortcuts: readonly Shortcut[], enabled = true): void {
  const current = useRef(shortcuts);
  useEffect(() => {
    current.current = shortcuts;
  });
  useEffect(() => {
    if (!enabled) return undefined;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey) return;
      const mod = event.ctrlKey || event.metaKey;
      const shortcut = current.current.find((candidate) => candidate.key === event.key && Boolean(candidate.mod) === mod);
      if (!shortcut || (!shortcut.whileTyping && isTyping(event.target))) return;
      event.preventDefault();
      shortcut.run(event);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [enabled]);
}

/** The list opened with `?`: every shortcut of the page as `<kbd>` hints. */
export function ShortcutsDialog({ open, onClose, shortcuts }: { open: boolean; onClose: () => void; shortcuts: readonly Shortcut[] }) {
  const { t } = useI18n();
  return (
    <Dialog open={open} onClose={onClose} aria-labelledby="shortcuts-title">
      <DialogTitle id="shortcuts-title">{t('shortcuts.title')}</DialogTitle>
      <DialogContent>
        <Table size="small" aria-labelledby="shortcuts-title">
          <TableBody>
            {shortcuts.map((shortcut) => (
              <TableRow key={`${shortcut.mod ? 'mod+' : ''}${shortcut.key}`}>
                <TableCell component="th" scope="row">
                  <kbd>{shortcut.label}</kbd>
                </TableCell>
                <TableCell>{shortcut.description}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </DialogContent>
    </Dialog>
  );
}
