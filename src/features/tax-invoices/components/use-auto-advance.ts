import { useState } from 'react';
import { loadDraft, saveDraft } from '../../../lib/drafts/draft-store';

const PREFERENCE = 'tax-invoices:auto-advance';
const isBoolean = (value: unknown): value is boolean => typeof value === 'boolean';

/** "Open the next invoice after a decision": on unless switched off, remembered for this tab and user. */
export function useAutoAdvance(userId: string): [boolean, (on: boolean) => void] {
  const [on, setOn] = useState(() => loadDraft(userId, PREFERENCE, isBoolean)?.value ?? true);
  const set = (value: boolean) => {
    setOn(value);
    saveDraft(userId, PREFERENCE, value);
  };
  return [on, set];
}
