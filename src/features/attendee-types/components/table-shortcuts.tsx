import { ShortcutsDialog, useShortcuts, type Shortcut } from '../../../components/keyboard-shortcuts';
import { useI18n } from '../../../i18n/i18n-context';

interface TableShortcutsProps {
  enabled: boolean;
  dialogOpen: boolean;
  onDialogOpenChange: (open: boolean) => void;
  onFocusSearch: () => void;
  onNext: (() => void) | undefined;
  onPrevious: (() => void) | undefined;
}

const noop = () => undefined;

/** `/` search, `n`/`p` pages, `?` this list; the grid's own keys (arrows, Enter) are listed too. */
export function TableShortcuts({ enabled, dialogOpen, onDialogOpenChange, onFocusSearch, onNext, onPrevious }: TableShortcutsProps) {
  const { t } = useI18n();
  const shortcuts: Shortcut[] = [
    { key: '/', label: '/', description: t('attendeeTypes.shortcuts.search'), run: onFocusSearch },
    { key: 'n', label: 'N', description: t('attendeeTypes.shortcuts.next'), run: () => onNext?.() },
    { key: 'p', label: 'P', description: t('attendeeTypes.shortcuts.previous'), run: () => onPrevious?.() },
    { key: '?', label: '?', description: t('attendeeTypes.shortcuts.list'), run: () => onDialogOpenChange(true) },
  ];
  useShortcuts(shortcuts, enabled && !dialogOpen);
  // The grid's own keys, listed but handled by the grid.
  const listed: Shortcut[] = [
    ...shortcuts,
    { key: 'ArrowDown', label: '↑ ↓ ← →', description: t('attendeeTypes.shortcuts.move'), run: noop },
    { key: 'Enter', label: 'Enter', description: t('attendeeTypes.shortcuts.open'), run: noop },
    { key: ' ', label: t('attendeeTypes.shortcuts.selectKey'), description: t('attendeeTypes.shortcuts.select'), run: noop },
  ];
  return dialogOpen ? <ShortcutsDialog open onClose={() => onDialogOpenChange(false)} shortcuts={listed} /> : null;
}
