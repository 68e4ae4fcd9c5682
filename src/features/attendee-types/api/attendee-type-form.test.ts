import { describe, expect, it } from 'vitest';
import { z } from 'zod/mini';
import { createTranslator } from '../../../i18n/translate';
import { makeTypes } from '../testing/fake-attendee-types';
import { attendeeTypeFormSchema, changesFrom, fieldOfMessage, formValuesOf } from './attendee-type-form';
import { attendeeTypePageSchema } from './attendee-type-schema';

const type = makeTypes(2)[0] as ReturnType<typeof makeTypes>[number];

describe('the edit form', () => {
  it('sends only what changed, with text trimmed as Concur stores it', () => {
    const values = formValuesOf(type);
    expect(changesFrom(type, values)).toEqual({});
    expect(changesFrom(type, { ...values, name: `  ${type.Name} ` })).toEqual({});
    expect(changesFrom(type, { ...values, code: 'NEW', duplicateSearchFields: ['Company', 'Custom7'], allowManual: !values.allowManual })).toEqual({
      Code: 'NEW',
      DuplicateSearchFields: ['Company', 'Custom7'],
      AllowManuallyEnteredAttendees: !values.allowManual,
    });
  });

  it('refuses empty, too long and invisible-character values, in the user’s language', () => {
    const schema = attendeeTypeFormSchema(createTranslator('es-MX'));
    const result = z.safeParse(schema, { ...formValuesOf(type), name: '   ', code: 'C'.repeat(41), attendeeFormId: 'a\tb', duplicateSearchFields: ['First Name'] });
    expect(result.success).toBe(false);
    const messages = Object.fromEntries((result.error?.issues ?? []).map((issue) => [issue.path.join('.'), issue.message]));
    expect(messages).toEqual({
      name: 'Escribe un valor.',
      code: 'Usa como máximo 40 caracteres.',
      attendeeFormId: 'Quita los saltos de línea, tabuladores u otros caracteres invisibles.',
      'duplicateSearchFields.0': expect.stringContaining('FirstName') as string,
    });
  });

  it('places Concur’s refusal on the field it names, whatever the user typed', () => {
    expect(fieldOfMessage('Another attendee type is already named "Code Reviewer". Names must be unique.')).toBe('name');
    expect(fieldOfMessage('Another attendee type already has the code "NAMED". Codes must be unique.')).toBe('code');
    expect(fieldOfMessage('Each duplicate-search field must be an attendee field name such as FirstName.')).toBe('duplicateSearchFields');
    expect(fieldOfMessage('AttendeeFormID cannot be empty.')).toBe('attendeeFormId');
    expect(fieldOfMessage('Something else went wrong.')).toBeUndefined();
  });
});

describe('Concur’s answers', () => {
  it('reads a list where Concur left fields out or sent null', () => {
    const page = attendeeTypePageSchema.parse({ Items: [{ ID: 'a$b', Name: 'Guest', ConnectorID: null, DuplicateSearchFields: null }] });
    expect(page).toEqual({
      Items: [{ ID: 'a$b', Name: 'Guest', Code: '', AttendeeFormID: '', ConnectorID: '', DuplicateSearchFields: [], AllowManuallyEnteredAttendees: false, AllowAttendeeCountEditing: false }],
      NextPage: null,
    });
    expect(attendeeTypePageSchema.safeParse({ Items: [{ Name: 'no id' }] }).success).toBe(false);
  });
});
