import { delay, http } from 'msw';
import { configure, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { server } from '../../../testing/msw-server';
import { renderApp } from '../../../testing/render-app';
import { signIn } from '../../../testing/sessions';
import { fakeAttendeeTypes, makeTypes } from '../testing/fake-attendee-types';

const SLOW = { timeout: 12_000 };
configure({ asyncUtilTimeout: 6000 });
vi.setConfig({ testTimeout: 60_000 });

function setup(count = 30, url = '/attendee-types') {
  const fake = fakeAttendeeTypes(makeTypes(count));
  signIn();
  return { fake, start: () => ({ ...renderApp({ url }) }) };
}

const rowIds = () =>
  screen
    .getAllByRole('row')
    .map((row) => row.getAttribute('data-id'))
    .filter((id): id is string => id !== null);

describe('deleting an attendee type', () => {
  it('removes the row at once and keeps the user on the same page', async () => {
    const { fake, start } = setup(60, '/attendee-types?page=2&cursor=' + encodeURIComponent(btoa('after:25')));
    let release: () => void = () => undefined;
    const answered = new Promise<void>((resolve) => (release = resolve));
    server.use(
      http.delete('/api/v3.0/expense/attendeetypes/:id', async () => {
        await answered;
      }),
      ...fake.handlers,
    );
    const { user } = start();
    await user.click(await screen.findByRole('button', { name: 'Delete Type 030' }, SLOW));
    const confirm = await screen.findByRole('dialog', { name: 'Delete this attendee type?' });
    expect(confirm).toHaveTextContent('“Type 030” will no longer be offered');
    await user.click(within(confirm).getByRole('button', { name: 'Delete' }));

    await waitFor(() => expect(rowIds()).not.toContain('gWt030$pX030'));
    release();
    expect(await screen.findByText('“Type 030” was deleted.')).toBeInTheDocument();
    expect(new URLSearchParams(window.location.search).get('page')).toBe('2');
    await waitFor(() => expect(rowIds()).toContain('gWt051$pX051'));
  });

  it('puts the row back with an error message when Concur refuses', async () => {
    const { fake, start } = setup();
    server.use(...fake.handlers);
    const { user } = start();
    await user.click(await screen.findByRole('button', { name: 'Delete Employee' }, SLOW));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Delete' }));
    expect(await screen.findByText(/“Employee” could not be deleted and is back in the table\. .*standard Concur attendee type/)).toBeInTheDocument();
    expect(screen.getByText(/Reference: corr-400/)).toBeInTheDocument();
    // Rows are hidden from the accessibility tree until the confirmation dialog has gone.
    await waitFor(() => expect(rowIds()[0]).toBe('gWt001$pX001'));
  });
});

describe('exporting CSV', () => {
  let saved: Blob[] = [];
  let fileNames: string[] = [];
  beforeEach(() => {
    saved = [];
    fileNames = [];
    URL.createObjectURL = vi.fn((blob: Blob) => {
      saved.push(blob);
      return 'blob:csv';
    });
    URL.revokeObjectURL = vi.fn();
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      fileNames.push(this.download);
    });
  });
  afterEach(() => vi.restoreAllMocks());

  it('“all” walks every page with a progress bar, and writes the visible columns of every type once', async () => {
    const { fake, start } = setup(230, '/attendee-types?sort=Name.desc');
    server.use(
      http.get('/api/v3.0/expense/attendeetypes', async () => {
        await delay(150);
      }),
      ...fake.handlers,
    );
    const { user } = start();
    await screen.findByRole('link', { name: 'Type 025' }, SLOW);
    await user.click(screen.getByRole('button', { name: 'Export CSV' }));
    const dialog = await screen.findByRole('dialog', { name: 'Export attendee types as CSV' });
    await user.click(within(dialog).getByRole('radio', { name: /All attendee types/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Export' }));
    expect(await within(dialog).findByRole('progressbar', { name: 'Reading attendee types from Concur' })).toBeInTheDocument();

    expect(await screen.findByText(/230 types saved to attendee-types_all_sort-Name-desc_.*\.csv/, undefined, SLOW)).toBeInTheDocument();
    expect(fileNames[0]).toMatch(/^attendee-types_all_sort-Name-desc_\d{4}-\d\d-\d\dT\d\d-\d\dZ\.csv$/);
    const lines = (await (saved[0] as Blob).text()).replace('\uFEFF', '').trim().split('\r\n');
    expect(lines[0]).toBe('Name,Code,Attendee form,Connector,Duplicate-search fields,Manual entry allowed,Count editing allowed');
    expect(lines).toHaveLength(231);
    expect(lines[1]).toMatch(/^Type 230,CODE_230,/);
    expect(new Set(lines.slice(1).map((line) => line.split(',')[1])).size).toBe(230);
    const limits = fake.seen.filter((request) => request.method === 'GET').map((request) => request.url.searchParams.get('limit'));
    expect(limits.filter((limit) => limit === '100')).toHaveLength(3);
  });

  it('“all” can be cancelled, and nothing is saved', async () => {
    const { fake, start } = setup(230);
    server.use(
      http.get('/api/v3.0/expense/attendeetypes', async ({ request }) => {
        if (new URL(request.url).searchParams.get('limit') === '100') await delay(400);
      }),
      ...fake.handlers,
    );
    const { user } = start();
    await screen.findByRole('link', { name: 'Type 025' }, SLOW);
    await user.click(screen.getByRole('button', { name: 'Export CSV' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('radio', { name: /All attendee types/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Export' }));
    await user.click(await within(dialog).findByRole('button', { name: 'Cancel export' }));
    expect(await within(dialog).findByText('The export was cancelled. No file was saved.')).toBeInTheDocument();
    expect(saved).toHaveLength(0);
  });

  it('exports the selected rows from several pages', async () => {
    const { fake, start } = setup(60);
    server.use(...fake.handlers);
    const { user } = start();
    await user.click((await screen.findAllByRole('checkbox', { name: /Select row/ }, SLOW))[1] as HTMLElement);
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await screen.findByRole('link', { name: 'Type 026' });
    await user.click(screen.getAllByRole('checkbox', { name: /Select row/ })[0] as HTMLElement);
    expect(screen.getByText('2 selected')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Export CSV' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('radio', { name: 'Selected rows (2)' }));
    await user.click(within(dialog).getByRole('button', { name: 'Export' }));
    expect(await screen.findByText(/2 types saved to attendee-types_selected-2_/)).toBeInTheDocument();
    const lines = (await (saved[0] as Blob).text()).trim().split('\r\n');
    expect(lines.slice(1).map((line) => line.split(',')[0])).toEqual(['Type 002', 'Type 026']);
  });
});
