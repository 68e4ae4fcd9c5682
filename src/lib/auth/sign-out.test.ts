import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { signIn } from '../../testing/sessions';
import { loadDraft, saveDraft } from '../drafts/draft-store';
import { getSessionState, markSignedOut } from './session-store';
import { wipeLocalSession } from './sign-out';

const isText = (value: unknown): value is string => typeof value === 'string';
const appKeys = () => Object.keys(sessionStorage).filter((key) => key.startsWith('concur-console:'));

describe('wipeLocalSession (security.md A10, C27)', () => {
  it('empties the query and mutation caches and removes the token and every draft, and nothing else', async () => {
    const { user } = signIn();
    saveDraft(user.id, 'receipt', 'PO-1');
    sessionStorage.setItem('another-app', 'kept');
    const queryClient = new QueryClient();
    queryClient.setQueryData(['tax-invoices', 'list'], { Items: ['secret'] });
    void queryClient.getMutationCache().build(queryClient, { mutationFn: async () => undefined }).execute(undefined).catch(() => undefined);
    expect(appKeys()).toHaveLength(2);

    await wipeLocalSession(queryClient, 'signed-out');

    expect(queryClient.getQueryCache().getAll()).toEqual([]);
    expect(queryClient.getMutationCache().getAll()).toEqual([]);
    expect(appKeys()).toEqual([]);
    expect(sessionStorage.getItem('another-app')).toBe('kept');
    expect(getSessionState()).toEqual({ status: 'signed-out', reason: 'signed-out' });
  });

  it('lets nothing write a draft back after a sign-out (a form flushing on unmount, a queue finishing)', async () => {
    const { user } = signIn();
    await wipeLocalSession(new QueryClient(), 'signed-out');
    saveDraft(user.id, 'receipt', 'PO-late');
    expect(appKeys()).toEqual([]);
  });

  it('keeps writing the drafts of a session that expired, for the next sign-in to restore', () => {
    const { user } = signIn();
    markSignedOut('expired');
    saveDraft(user.id, 'receipt', 'PO-expired');
    expect(loadDraft(user.id, 'receipt', isText)?.value).toBe('PO-expired');
  });

  it('writes drafts only for the signed-in user', () => {
    signIn();
    saveDraft('someone-else', 'receipt', 'PO-other');
    expect(appKeys()).toEqual(['concur-console:session']);
  });
});
