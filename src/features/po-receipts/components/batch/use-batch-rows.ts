import { useCallback, useMemo, useReducer, useState } from 'react';
import { useSignedInSession } from '../../../../lib/auth/signed-in-session';
import { clearDraft, loadDraft } from '../../../../lib/drafts/draft-store';
import { batchReducer, isBatchDraft, restoreRows } from '../../model/batch-state';
import type { ReceiptField } from '../../model/receipt-fields';
import { rowProblemsCache, type ReceiptSchema } from '../../model/validate-row';
import { useDraftAutosave } from '../use-draft-autosave';

export const BATCH_DRAFT_NAME = 'po-receipts:batch';

/** The batch's rows, restored from the user's draft and kept in it until every row is saved. */
export function useBatchRows(schema: ReceiptSchema) {
  const userId = useSignedInSession().user.id;
  const [initialDraft] = useState(() => loadDraft(userId, BATCH_DRAFT_NAME, isBatchDraft));
  const [restoredAt, setRestoredAt] = useState(initialDraft?.savedAt);
  const [rows, dispatch] = useReducer(batchReducer, initialDraft?.value.rows ?? [], (initial) => restoreRows(initial));

  const unsent = rows.some((row) => row.status !== 'saved');
  const draft = useMemo(() => (unsent ? { rows } : undefined), [unsent, rows]);
  useDraftAutosave(userId, BATCH_DRAFT_NAME, draft);

  const problemsOf = useMemo(() => rowProblemsCache(schema), [schema]);

  const onEdit = useCallback((id: string, field: ReceiptField, value: string) => dispatch({ type: 'edit', id, field, value }), []);
  const onRemove = useCallback((id: string) => dispatch({ type: 'remove', id }), []);

  const discard = () => {
    clearDraft(userId, BATCH_DRAFT_NAME);
    dispatch({ type: 'clear' });
    setRestoredAt(undefined);
  };

  return { rows, dispatch, unsent, restoredAt, setRestoredAt, problemsOf, onEdit, onRemove, discard };
}
