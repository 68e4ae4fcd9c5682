import { describe, expect, it } from 'vitest';
import { batchReducer, isBatchDraft, restoreRows, type BatchRow } from './batch-state';
import { emptyReceiptText } from './receipt-fields';

const row = (status: BatchRow['status'], extra: Partial<BatchRow> = {}): BatchRow => ({ id: status, text: emptyReceiptText(), status, ...extra });

describe('batch rows', () => {
  it('never edits a saved or sending row, and notes an edit after a Concur failure', () => {
    const rows = [row('saved'), row('sending'), row('failed', { failure: { kind: 'concur', code: '1001', field: 'lineItemExternalId', messageKey: 'x', concurMessage: '' } })];
    const edited = rows.reduce((current, { id }) => batchReducer(current, { type: 'edit', id, field: 'lineItemExternalId', value: '0002' }), rows);
    expect(edited.map((candidate) => candidate.text.lineItemExternalId)).toEqual(['', '', '0002']);
    expect(edited[2]).toMatchObject({ status: 'failed', edited: true });
  });

  it('restores a row that was on its way as failed ("interrupted"), since it may or may not be saved', () => {
    expect(restoreRows([row('sending'), row('saved')])).toEqual([
      expect.objectContaining({ status: 'failed', failure: { kind: 'interrupted' } }),
      expect.objectContaining({ status: 'saved' }),
    ]);
  });

  it('trusts only well-formed drafts', () => {
    expect(isBatchDraft({ rows: [row('pending')] })).toBe(true);
    expect(isBatchDraft({ rows: [{ id: 'x', text: {}, status: 'pending' }] })).toBe(false);
    expect(isBatchDraft({ rows: [{ ...row('pending'), status: 'done' }] })).toBe(false);
    expect(isBatchDraft(null)).toBe(false);
  });
});
