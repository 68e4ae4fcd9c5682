import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { clearDraft, clearDraftsOfOtherUsers, loadDraft, saveDraft, setDraftOwnerCheck } from './draft-store';

const isForm = (value: unknown): value is { po: string } => typeof value === 'object' && value !== null && typeof (value as { po?: unknown }).po === 'string';

// The store alone: the session store's rule (who may keep drafts) is tested in src/lib/auth/sign-out.test.ts.
beforeEach(() => setDraftOwnerCheck(() => true));
afterEach(() => sessionStorage.clear());

describe('draft store', () => {
  it('keeps a draft per user and gives it back', () => {
    saveDraft('ana', 'receipt', { po: 'PO-1' });
    expect(loadDraft('ana', 'receipt', isForm)?.value).toEqual({ po: 'PO-1' });
    expect(loadDraft('tomas', 'receipt', isForm)).toBeUndefined();
  });

  it('drops a draft that does not have the expected shape', () => {
    saveDraft('ana', 'receipt', { po: 42 });
    expect(loadDraft('ana', 'receipt', isForm)).toBeUndefined();
    expect(sessionStorage.length).toBe(0);
  });

  it('clears one draft, or every other user’s drafts', () => {
    saveDraft('ana', 'receipt', { po: 'PO-1' });
    saveDraft('tomas', 'receipt', { po: 'PO-2' });
    clearDraftsOfOtherUsers('ana');
    expect(loadDraft('tomas', 'receipt', isForm)).toBeUndefined();
    expect(loadDraft('ana', 'receipt', isForm)).toBeDefined();
    clearDraft('ana', 'receipt');
    expect(loadDraft('ana', 'receipt', isForm)).toBeUndefined();
  });

  it('writes nothing for a user the owner check refuses', () => {
    setDraftOwnerCheck((userId) => userId === 'ana');
    saveDraft('tomas', 'receipt', { po: 'PO-2' });
    saveDraft('ana', 'receipt', { po: 'PO-1' });
    expect(Object.keys(sessionStorage)).toEqual(['concur-console:draft:ana:receipt']);
  });
});
