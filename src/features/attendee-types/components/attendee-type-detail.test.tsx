import { configure, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { server } from '../../../testing/msw-server';
import { renderApp } from '../../../testing/render-app';
import { signIn } from '../../../testing/sessions';
import { fakeAttendeeTypes, makeTypes } from '../testing/fake-attendee-types';

const SLOW = { timeout: 12_000 };
// The grid and the lazy screens take a while in jsdom, more so on a busy machine.
configure({ asyncUtilTimeout: 6000 });
vi.setConfig({ testTimeout: 60_000 });

function setup(url = '/attendee-types?q=type') {
  const fake = fakeAttendeeTypes(makeTypes(30));
  server.use(...fake.handlers);
  signIn();
  return { ...fake, ...renderApp({ url }) };
}

async function openType(user: ReturnType<typeof setup>['user'], name: string) {
  await user.click(await screen.findByRole('link', { name }, SLOW));
  return screen.findByRole('dialog', { name }, SLOW);
}

describe('attendee type detail', () => {
  it('opens as a panel over the table at an encoded, deep-linkable URL that keeps the view', async () => {
    const { user } = setup();
    const panel = await openType(user, 'Type 004');
    expect(window.location.pathname).toBe('/attendee-types/gWt004%24pX004');
    expect(window.location.search).toBe('?q=type');
    expect(within(panel).getByText('gWconn$crm')).toBeInTheDocument();
    expect(within(panel).getByText('gWt004$pX004')).toBeInTheDocument();
    await user.click(within(panel).getByRole('button', { name: 'Close details' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument(), SLOW);
    expect(`${window.location.pathname}${window.location.search}`).toBe('/attendee-types?q=type');
    expect(screen.getByRole('link', { name: 'Type 004' })).toHaveFocus();
  });

  it('sends only the changed fields and shows the new name', async () => {
    const { user, seen } = setup();
    const panel = await openType(user, 'Type 005');
    await user.click(within(panel).getByRole('button', { name: 'Edit' }));
    const name = within(panel).getByRole('textbox', { name: 'Name' });
    await user.clear(name);
    await user.type(name, 'Visiting Auditor');
    await user.click(within(panel).getByRole('switch', { name: 'Count editing allowed' }));
    await user.click(within(panel).getByRole('button', { name: 'Save' }));

    expect(await screen.findByText('“Visiting Auditor” was saved.')).toBeInTheDocument();
    const put = seen.find((request) => request.method === 'PUT');
    expect(put?.url.pathname).toBe('/api/v3.0/expense/attendeetypes/gWt005%24pX005');
    expect(put?.body).toEqual({ Name: 'Visiting Auditor', AllowAttendeeCountEditing: true });
    expect(await within(panel).findByRole('heading', { name: 'Visiting Auditor' })).toBeInTheDocument();
  });

  it('a refused save keeps what was typed and names the field', async () => {
    const { user } = setup();
    const panel = await openType(user, 'Type 006');
    await user.click(within(panel).getByRole('button', { name: 'Edit' }));
    const name = within(panel).getByRole('textbox', { name: 'Name' });
    await user.clear(name);
    await user.type(name, 'type 007');
    await user.click(within(panel).getByRole('button', { name: 'Save' }));
    expect(await within(panel).findByText(/Concur did not accept this: Another attendee type is already named "type 007"/)).toBeInTheDocument();
    expect(name).toHaveValue('type 007');
    expect(name).toHaveFocus();
  });

  it('checks the form before sending', async () => {
    const { user, seen } = setup();
    const panel = await openType(user, 'Type 006');
    await user.click(within(panel).getByRole('button', { name: 'Edit' }));
    await user.clear(within(panel).getByRole('textbox', { name: 'Name' }));
    await user.type(within(panel).getByRole('textbox', { name: 'Code' }), 'X'.repeat(40));
    await user.click(within(panel).getByRole('button', { name: 'Save' }));
    expect(await within(panel).findByText('Enter a value.')).toBeInTheDocument();
    expect(within(panel).getByText('Use at most 40 characters.')).toBeInTheDocument();
    expect(seen.some((request) => request.method === 'PUT')).toBe(false);
  });

  it('asks before leaving unsaved changes, but not once they were changed back', async () => {
    const { user } = setup();
    const panel = await openType(user, 'Type 008');
    await user.click(within(panel).getByRole('button', { name: 'Edit' }));
    const code = within(panel).getByRole('textbox', { name: 'Code' });
    await user.type(code, 'X');
    await user.click(within(panel).getByRole('button', { name: 'Close details' }));
    const confirm = await screen.findByRole('dialog', { name: 'Leave without saving?' });
    await user.click(within(confirm).getByRole('button', { name: 'Stay' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Leave without saving?' })).not.toBeInTheDocument());
    expect(code).toHaveValue('CODE_008X');

    await user.type(code, '{Backspace}');
    await user.click(await within(panel).findByRole('button', { name: 'Close details' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument(), SLOW);
    expect(window.location.pathname).toBe('/attendee-types');
  });

  it('keeps unsaved changes as a draft that a reload restores', async () => {
    const first = setup('/attendee-types/gWt009%24pX009');
    await first.user.click(await screen.findByRole('button', { name: 'Edit' }, SLOW));
    await first.user.type(screen.getByRole('textbox', { name: 'Code' }), '_NEW');
    const draftKey = 'concur-console:draft:0b5e1f0c-3f7e-4d8a-9a51-6c2f7e1d4a01:attendee-type:gWt009$pX009';
    await waitFor(() => expect(JSON.parse(sessionStorage.getItem(draftKey) ?? '{}')).toMatchObject({ value: { code: 'CODE_009_NEW' } }));
    // A reload runs no clean-up; here the first app is dropped after putting the draft back, as the reload would find it.
    const draft = sessionStorage.getItem(draftKey) ?? '';
    first.unmount();
    sessionStorage.setItem(draftKey, draft);

    const { user } = renderApp({ url: '/attendee-types/gWt009%24pX009' });
    expect(await screen.findByRole('textbox', { name: 'Code' }, SLOW)).toHaveValue('CODE_009_NEW');
    expect(screen.getByText(/Your unsaved changes from .* \(local time\) were restored/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    await user.click(await screen.findByRole('button', { name: 'Discard' }));
    expect(await screen.findByRole('button', { name: 'Edit' })).toBeInTheDocument();
    expect(sessionStorage.getItem(draftKey)).toBeNull();
  });

  it('is a page of its own on a small screen, and going back restores the table’s view and focus', async () => {
    const wide = window.innerWidth;
    window.innerWidth = 500;
    try {
      const { user } = setup('/attendee-types?q=type');
      await user.click(await screen.findByRole('link', { name: 'Type 012' }, SLOW));
      expect(await screen.findByRole('heading', { level: 1, name: 'Type 012' })).toBeInTheDocument();
      expect(screen.queryByRole('grid')).not.toBeInTheDocument();
      await user.click(screen.getByRole('link', { name: 'Back to attendee types' }));
      await waitFor(() => expect(screen.getByRole('link', { name: 'Type 012' })).toHaveFocus(), SLOW);
      expect(window.location.search).toBe('?q=type');
    } finally {
      window.innerWidth = wide;
    }
  });

  it('says so when the type no longer exists', async () => {
    setup('/attendee-types/gWt999%24nope');
    expect(await screen.findByText('This attendee type was not found. It may have been deleted.', undefined, SLOW)).toBeInTheDocument();
  });
});
