import { useEffect, useMemo } from 'react';
import { useWatch, type Control } from 'react-hook-form';
import type { ReceiptKey } from '../api/receipts-api';
import type { ReceiptText } from '../model/receipt-fields';
import { formToText, type ReceiptFormValues } from '../model/receipt-form-values';
import { useDraftAutosave } from './use-draft-autosave';

export const FORM_DRAFT_NAME = 'po-receipts:form';

export interface FormDraft {
  text: ReceiptText;
  editing: ReceiptKey | null;
}

interface FormDraftKeeperProps {
  control: Control<ReceiptFormValues, unknown, unknown>;
  userId: string;
  /** The values that count as "nothing typed" (a blank form, or the receipt as opened). */
  baselineJson: string;
  editing: ReceiptKey | null;
  onDirtyChange: (dirty: boolean) => void;
}

/**
 * Watches every value (alone, so the form itself does not redraw on each keystroke) and keeps the draft: saved while
 * anything differs from the baseline, deleted when nothing does.
 */
export function FormDraftKeeper({ control, userId, baselineJson, editing, onDirtyChange }: FormDraftKeeperProps) {
  const values = useWatch({ control }) as ReceiptFormValues;
  const textJson = JSON.stringify(formToText(values));
  const dirty = textJson !== baselineJson;
  const draft = useMemo<FormDraft | undefined>(() => (dirty ? { text: JSON.parse(textJson) as ReceiptText, editing } : undefined), [dirty, textJson, editing]);
  useDraftAutosave(userId, FORM_DRAFT_NAME, draft);
  useEffect(() => onDirtyChange(dirty), [dirty, onDirtyChange]);
  return null;
}
