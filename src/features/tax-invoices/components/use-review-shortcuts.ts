import type { RefObject } from 'react';
import type { Shortcut } from '../../../components/keyboard-shortcuts';
import { useI18n } from '../../../i18n/i18n-context';
import type { DecisionBarHandle } from './decision-bar';

interface ReviewActions {
  next: () => void;
  previous: () => void;
  undo: () => void;
  showShortcuts: () => void;
  decisionBar: RefObject<DecisionBarHandle | null>;
}

/** A key pressed inside a dialog (a conflict, the bulk form) belongs to that dialog, not to the queue behind it. */
const inDialog = (event: KeyboardEvent) => event.target instanceof Element && event.target.closest('[role="dialog"]') !== null;

export function useReviewShortcuts({ next, previous, undo, showShortcuts, decisionBar }: ReviewActions): Shortcut[] {
  const { t } = useI18n();
  const guard = (run: () => void) => (event: KeyboardEvent) => {
    if (!inDialog(event)) run();
  };
  return [
    { key: 'j', label: 'j', description: t('taxInvoices.shortcuts.next'), run: guard(next) },
    { key: 'k', label: 'k', description: t('taxInvoices.shortcuts.previous'), run: guard(previous) },
    { key: '1', label: '1', description: t('taxInvoices.shortcuts.valid'), run: guard(() => decisionBar.current?.choose('VALID')) },
    { key: '2', label: '2', description: t('taxInvoices.shortcuts.warning'), run: guard(() => decisionBar.current?.choose('WARNG')) },
    { key: '3', label: '3', description: t('taxInvoices.shortcuts.invalid'), run: guard(() => decisionBar.current?.choose('INVLD')) },
    { key: 'c', label: 'c', description: t('taxInvoices.shortcuts.comment'), run: guard(() => decisionBar.current?.focusComment()) },
    { key: 'Enter', mod: true, whileTyping: true, label: t('taxInvoices.shortcuts.saveKey'), description: t('taxInvoices.shortcuts.save'), run: guard(() => decisionBar.current?.save()) },
    { key: 'u', label: 'u', description: t('taxInvoices.shortcuts.undo'), run: guard(undo) },
    { key: '?', label: '?', description: t('taxInvoices.shortcuts.help'), run: guard(showShortcuts) },
  ];
}
