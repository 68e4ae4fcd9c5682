import { isReceiptText, type ReceiptField, type ReceiptText } from './receipt-fields';

export type RowStatus = 'pending' | 'sending' | 'saved' | 'failed';

/** Why a row failed, kept as data (not text) so it reads in the current language and survives a reload. */
export type RowFailure =
  | { kind: 'invalid' }
  | { kind: 'interrupted' }
  | { kind: 'concur'; code: string; field: ReceiptField | undefined; messageKey: string; concurMessage: string }
  | { kind: 'request'; errorKind: string; status: number | undefined; message: string; correlationId: string | undefined };

export interface BatchRow {
  id: string;
  text: ReceiptText;
  status: RowStatus;
  failure?: RowFailure;
  /** Changed after it failed: the old Concur message no longer describes it. */
  edited?: boolean;
}

export type BatchAction =
  | { type: 'add'; texts: ReceiptText[] }
  | { type: 'edit'; id: string; field: ReceiptField; value: string }
  | { type: 'remove'; id: string }
  | { type: 'clear' }
  | { type: 'sending'; id: string }
  | { type: 'saved'; id: string }
  | { type: 'failed'; id: string; failure: RowFailure };

const newId = () => crypto.randomUUID();

export function batchReducer(rows: BatchRow[], action: BatchAction): BatchRow[] {
  const update = (id: string, change: (row: BatchRow) => BatchRow) => rows.map((row) => (row.id === id ? change(row) : row));
  switch (action.type) {
    case 'add':
      return [...rows, ...action.texts.map((text) => ({ id: newId(), text, status: 'pending' as const }))];
    case 'edit':
      return update(action.id, (row) =>
        row.status === 'saved' || row.status === 'sending'
          ? row
          : { ...row, text: { ...row.text, [action.field]: action.value }, edited: row.status === 'failed' && row.failure?.kind !== 'invalid' },
      );
    case 'remove':
      return rows.filter((row) => row.id !== action.id || row.status === 'sending');
    case 'clear':
      return rows.filter((row) => row.status === 'sending');
    case 'sending':
      return update(action.id, (row) => ({ id: row.id, text: row.text, status: 'sending' }));
    case 'saved':
      return update(action.id, (row) => ({ id: row.id, text: row.text, status: 'saved' }));
    case 'failed':
      return update(action.id, (row) => ({ id: row.id, text: row.text, status: 'failed', failure: action.failure }));
  }
}

/** Rows from a draft: one that was on its way when the page closed may or may not be saved, so it counts as failed. */
export function restoreRows(rows: BatchRow[]): BatchRow[] {
  return rows.map((row) => (row.status === 'sending' ? { id: row.id, text: row.text, status: 'failed', failure: { kind: 'interrupted' } } : row));
}

export function isBatchDraft(value: unknown): value is { rows: BatchRow[] } {
  if (typeof value !== 'object' || value === null || !Array.isArray((value as { rows?: unknown }).rows)) return false;
  return (value as { rows: unknown[] }).rows.every((row) => {
    if (typeof row !== 'object' || row === null) return false;
    const candidate = row as Record<string, unknown>;
    return typeof candidate.id === 'string' && isReceiptText(candidate.text) && ['pending', 'sending', 'saved', 'failed'].includes(candidate.status as string);
  });
}
