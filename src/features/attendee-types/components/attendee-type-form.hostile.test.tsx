import { configure, screen, waitFor, within } from '@testing-library/react';
import { z } from 'zod/mini';
import { describe, expect, it, vi } from 'vitest';
import { createTranslator } from '../../../i18n/translate';
import { server } from '../../../testing/msw-server';
import { renderApp } from '../../../testing/render-app';
import { signIn } from '../../../testing/sessions';
import { attendeeTypeFormSchema, changesFrom, formValuesOf, type AttendeeTypeFormValues } from '../api/attendee-type-form';
import { fakeAttendeeTypes, makeTypes } from '../testing/fake-attendee-types';

configure({ asyncUtilTimeout: 6000 });
vi.setConfig({ testTimeout: 90_000 });

const t = createTranslator('en');
const REQUIRED = 'Enter a value.';
const CONTROL = 'Remove the line breaks, tabs or other invisible characters.';
const FIELD_ID = 'Use an attendee field id such as FirstName or Custom7 (letters and digits, starting with a letter).';

/** What a hostile user (or a paste from anywhere) puts in a text field, and the value Concur must get if it is sent. */
const HOSTILE_TEXT: [label: string, typed: string][] = [
  ['empty', ''],
  ['whitespace only', ' \u00A0 \t  '],
  ['control characters', 'Guest\u0007\u0000Bell'],
  ['HTML', '<img src=x onerror=alert(1)>'],
  ['script', '<script>alert("x")</script>'],
  ['SQL-looking text', "Robert'); DROP TABLE attendee_types;--"],
  ['emoji', 'Guest 🎉👩‍💻'],
  ['a decimal comma number', '1.234,5'],
  ['Arabic-Indic digits', '١٢٣'],
  ['zero-width characters', 'Gu\u200Best\u200D'],
  ['a right-to-left override', 'Guest\u202Etxt.exe'],
];

/** The refusal each text field gives, or undefined when the (trimmed) value is sent as inert text. */
function expectedMessage(label: string, field: 'name' | 'code' | 'attendeeFormId' = 'name'): string | undefined {
  if (label === 'empty' || label === 'whitespace only') return REQUIRED;
  if (['control characters', 'zero-width characters', 'a right-to-left override'].includes(label)) return CONTROL;
  // Codes and form ids are identifiers: an emoji sequence's zero-width joiner is refused there, not in a name.
  if (label === 'emoji' && field !== 'name') return CONTROL;
  return undefined;
}

const type = makeTypes(3)[2] as ReturnType<typeof makeTypes>[number];
const schema = attendeeTypeFormSchema(t);
const textFields = [
  ['name', 'Name', 40],
  ['code', 'Code', 40],
  ['attendeeFormId', 'AttendeeFormID', 64],
] as const;

function issuesOf(values: AttendeeTypeFormValues): Record<string, string> {
  const result = z.safeParse(schema, values);
  return Object.fromEntries((result.error?.issues ?? []).map((issue) => [issue.path.join('.'), issue.message]));
}

describe('attendee type form: hostile text, field by field', () => {
  for (const [field, concurName, max] of textFields) {
    it.each(HOSTILE_TEXT)(`${field}: %s gets a message or is sent as the same text`, (label, typed) => {
      const values = { ...formValuesOf(type), [field]: typed };
      const message = expectedMessage(label, field);
      if (message) {
        expect(issuesOf(values)).toEqual({ [field]: message });
        return;
      }
      expect(issuesOf(values)).toEqual({});
      expect(changesFrom(type, values)).toEqual({ [concurName]: typed.trim() });
    });

    it(`${field}: one character over ${max} is refused, ${max} is sent`, () => {
      expect(issuesOf({ ...formValuesOf(type), [field]: 'x'.repeat(max + 1) })).toEqual({ [field]: `Use at most ${max} characters.` });
      expect(issuesOf({ ...formValuesOf(type), [field]: 'x'.repeat(max) })).toEqual({});
    });
  }

  it.each(HOSTILE_TEXT)('duplicate-search fields: %s is refused (only field ids are sent)', (_label, typed) => {
    expect(issuesOf({ ...formValuesOf(type), duplicateSearchFields: ['FirstName', typed] })).toEqual({ 'duplicateSearchFields.1': FIELD_ID });
  });
});

function setup(id: string) {
  const fake = fakeAttendeeTypes(makeTypes(12));
  server.use(...fake.handlers);
  signIn();
  return { ...fake, ...renderApp({ url: `/attendee-types/${encodeURIComponent(id)}` }) };
}

describe('attendee type form: hostile input in the browser', () => {
  it('each refused value is explained under its field and nothing is sent; each accepted one is sent once and shown as plain text', async () => {
    const { user, seen } = setup('gWt005$pX005');
    const puts = () => seen.filter((request) => request.method === 'PUT');
    let sent = 0;
    for (const [label, typed] of HOSTILE_TEXT) {
      await user.click(await screen.findByRole('button', { name: 'Edit' }));
      const name = screen.getByRole('textbox', { name: 'Name' });
      await user.clear(name);
      if (typed !== '') await user.paste(typed);
      await user.click(screen.getByRole('button', { name: 'Save' }));

      const message = expectedMessage(label);
      if (message) {
        expect(await screen.findByText(message), label).toBeInTheDocument();
        expect(name, label).toHaveAccessibleDescription(message);
        expect(puts(), label).toHaveLength(sent);
        await user.click(screen.getByRole('button', { name: 'Cancel' }));
        await user.click(await screen.findByRole('button', { name: 'Discard' }));
        continue;
      }
      sent += 1;
      expect(await screen.findByText(`“${typed.trim()}” was saved.`), label).toBeInTheDocument();
      await waitFor(() => expect(puts(), label).toHaveLength(sent));
      expect(puts().at(-1)?.body, label).toEqual({ Name: typed.trim() });
      expect(await screen.findByRole('heading', { name: typed.trim() }), label).toBeInTheDocument();
    }
    // Nothing typed became markup.
    expect(document.querySelector('img[src="x"], main script')).toBeNull();
  });

  it('refuses field ids that are not letters and digits before sending', async () => {
    const { user, seen } = setup('gWt006$pX006');
    await user.click(await screen.findByRole('button', { name: 'Edit' }));
    const fields = screen.getByRole('combobox', { name: 'Duplicate-search fields' });
    for (const typed of ['<script>', "x' OR 1=1", 'First\u200BName', '١٢٣']) {
      await user.click(fields);
      await user.paste(typed);
      await user.keyboard('{Enter}');
    }
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText(FIELD_ID)).toBeInTheDocument();
    expect(seen.some((request) => request.method === 'PUT')).toBe(false);
  });

  it('shows hostile text from Concur as text: markup, a javascript: URI and a right-to-left override stay inert', async () => {
    const types = makeTypes(12);
    Object.assign(types[4] as object, {
      Name: '<img src=x onerror=alert(1)>',
      Code: 'CODE\u202Eexe.txt',
      AttendeeFormID: '<script>alert(1)</script>',
      URI: 'javascript:alert(1)',
      DuplicateSearchFields: ['<b>bold</b>'],
    });
    const fake = fakeAttendeeTypes(types);
    server.use(...fake.handlers);
    signIn();
    renderApp({ url: `/attendee-types/${encodeURIComponent('gWt005$pX005')}` });

    const heading = await screen.findByRole('heading', { name: '<img src=x onerror=alert(1)>' });
    const panel = heading.closest('[role="dialog"]') ?? document.body;
    expect(within(panel as HTMLElement).getByText('CODE\u202Eexe.txt')).toBeInTheDocument();
    expect(within(panel as HTMLElement).getByText('<script>alert(1)</script>')).toBeInTheDocument();
    expect(within(panel as HTMLElement).getByText('javascript:alert(1)').closest('a')).toBeNull();
    expect(within(panel as HTMLElement).getByText('<b>bold</b>')).toBeInTheDocument();
    expect(document.querySelector('img[src="x"], b, main script')).toBeNull();
  });
});
