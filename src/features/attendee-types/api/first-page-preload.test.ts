import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { markSessionChecking } from '../../../lib/auth/session-store';
import { server } from '../../../testing/msw-server';
import { aSession, signIn } from '../../../testing/sessions';
import { fakeAttendeeTypes, makeTypes } from '../testing/fake-attendee-types';
import { preloadTablePage, takePreloadedPage } from './first-page-preload';

const TABLE = { pathname: '/attendee-types', search: '?size=10' };

describe('preloading the table’s page on a cold start', () => {
  it('asks once the session is there, and hands the answer to the matching query once', async () => {
    const fake = fakeAttendeeTypes(makeTypes(30));
    server.use(...fake.handlers);
    markSessionChecking();
    preloadTablePage(TABLE);
    expect(fake.seen).toHaveLength(0);
    signIn();

    expect(await takePreloadedPage({ limit: 25 })).toBeUndefined();
    const page = await takePreloadedPage({ limit: 10 });
    expect(page?.items).toHaveLength(10);
    expect(await takePreloadedPage({ limit: 10 })).toBeUndefined();
    expect(fake.seen).toHaveLength(1);
  });

  it('never hands one user’s answer to another', async () => {
    const fake = fakeAttendeeTypes(makeTypes(30));
    server.use(...fake.handlers);
    signIn();
    preloadTablePage(TABLE);
    signIn(aSession({ user: { id: 'someone-else', name: 'Someone Else', email: 'someone@sandbox.test' } }));
    expect(await takePreloadedPage({ limit: 10 })).toBeUndefined();
  });

  it('hands a failure over as the query’s first attempt instead of dropping it (so the retry policy counts it)', async () => {
    let asked = 0;
    server.use(
      http.get('/api/v3.0/expense/attendeetypes', () => {
        asked += 1;
        return HttpResponse.json({ Message: 'Internal error' }, { status: 500 });
      }),
    );
    signIn();
    preloadTablePage(TABLE);
    await expect(takePreloadedPage({ limit: 10 })).rejects.toMatchObject({ kind: 'http', status: 500 });
    expect(asked).toBe(1);
  });

  it('does nothing away from the table or when signed out', () => {
    const fake = fakeAttendeeTypes(makeTypes(3));
    server.use(...fake.handlers);
    preloadTablePage(TABLE);
    signIn();
    preloadTablePage({ pathname: '/tax-invoices', search: '' });
    expect(fake.seen).toHaveLength(0);
  });
});
