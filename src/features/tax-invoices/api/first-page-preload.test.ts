import { describe, expect, it } from 'vitest';
import { markSessionChecking } from '../../../lib/auth/session-store';
import { aSession, signIn } from '../../../testing/sessions';
import { fakeInvoices, serveTaxInvoices } from '../testing/tax-invoice-api';
import { preloadQueuePage, takePreloadedQueuePage } from './first-page-preload';

const QUEUE = { pathname: '/tax-invoices', search: '?limit=10' };

describe('preloading the queue’s page on a cold start', () => {
  it('asks once the session is there, and hands the answer to the matching query once', async () => {
    const api = serveTaxInvoices(fakeInvoices(30));
    markSessionChecking();
    preloadQueuePage(QUEUE);
    expect(api.listQueries).toHaveLength(0);
    signIn();

    expect(await takePreloadedQueuePage({ limit: 25 })).toBeUndefined();
    const page = await takePreloadedQueuePage({ limit: 10 });
    expect(page?.Items).toHaveLength(10);
    expect(await takePreloadedQueuePage({ limit: 10 })).toBeUndefined();
    expect(api.listQueries).toHaveLength(1);
  });

  it('never hands one user’s answer to another', async () => {
    serveTaxInvoices(fakeInvoices(3));
    signIn();
    preloadQueuePage(QUEUE);
    signIn(aSession({ user: { id: 'someone-else', name: 'Someone Else', email: 'someone@sandbox.test' } }));
    expect(await takePreloadedQueuePage({ limit: 10 })).toBeUndefined();
  });

  it('does nothing for an address the queue would not load as is, away from the queue, or when signed out', () => {
    const api = serveTaxInvoices(fakeInvoices(3));
    preloadQueuePage(QUEUE);
    signIn();
    preloadQueuePage({ pathname: '/attendee-types', search: '' });
    preloadQueuePage({ pathname: '/tax-invoices', search: '?modifiedafter=yesterday' });
    expect(api.listQueries).toHaveLength(0);
  });
});
