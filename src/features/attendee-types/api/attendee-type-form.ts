import { z } from 'zod/mini';
import type { Translate } from '../../../i18n/translate';
import type { AttendeeType } from './attendee-type-schema';

export const NAME_MAX = 40;
export const CODE_MAX = 40;
export const FORM_ID_MAX = 64;
/** Attendee field ids as Concur names them (FirstName, Custom7, ExternalId…). */
const FIELD_ID = /^[A-Za-z][A-Za-z0-9]{0,63}$/;

export interface AttendeeTypeFormValues {
  name: string;
  code: string;
  attendeeFormId: string;
  duplicateSearchFields: string[];
  allowManual: boolean;
  allowCountEditing: boolean;
}

/** The fields of Concur's PUT body this form can change; PUT is a partial update, so only changed ones are sent. */
export interface AttendeeTypeChanges {
  Name?: string;
  Code?: string;
  AttendeeFormID?: string;
  DuplicateSearchFields?: string[];
  AllowManuallyEnteredAttendees?: boolean;
  AllowAttendeeCountEditing?: boolean;
}

export function formValuesOf(type: AttendeeType): AttendeeTypeFormValues {
  return {
    name: type.Name,
    code: type.Code,
    attendeeFormId: type.AttendeeFormID,
    duplicateSearchFields: [...type.DuplicateSearchFields],
    allowManual: type.AllowManuallyEnteredAttendees,
    allowCountEditing: type.AllowAttendeeCountEditing,
  };
}

/**
 * A name may hold any visible text (emoji sequences join with U+200D); it refuses control characters, zero-width
 * spaces, direction marks, bidirectional overrides and isolates, and the BOM, which make a name read differently than it
 * is stored. Codes and form ids are identifiers: they refuse every control and format character (\p{Cf}).
 */
const NAME_TEXT = /^[^\p{Cc}\u00AD\u200B\u200C\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]*$/u;
const IDENTIFIER_TEXT = /^[^\p{Cc}\p{Cf}]*$/u;

export function attendeeTypeFormSchema(t: Translate) {
  const requiredText = (max: number, allowed: RegExp) =>
    z.string().check(
      z.trim(),
      z.minLength(1, t('attendeeTypes.form.required')),
      z.maxLength(max, t('attendeeTypes.form.tooLong', { max })),
      z.regex(allowed, t('attendeeTypes.form.controlCharacters')),
    );
  return z.object({
    name: requiredText(NAME_MAX, NAME_TEXT),
    code: requiredText(CODE_MAX, IDENTIFIER_TEXT),
    attendeeFormId: requiredText(FORM_ID_MAX, IDENTIFIER_TEXT),
    duplicateSearchFields: z.array(z.string().check(z.trim(), z.regex(FIELD_ID, t('attendeeTypes.form.fieldId')))),
    allowManual: z.boolean(),
    allowCountEditing: z.boolean(),
  });
}

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((item, index) => item === b[index]);

/** What differs from the type as Concur last sent it (text compared trimmed, as Concur stores it). */
export function changesFrom(original: AttendeeType, values: AttendeeTypeFormValues): AttendeeTypeChanges {
  const changes: AttendeeTypeChanges = {};
  const name = values.name.trim();
  const code = values.code.trim();
  const formId = values.attendeeFormId.trim();
  const fields = values.duplicateSearchFields.map((field) => field.trim());
  if (name !== original.Name) changes.Name = name;
  if (code !== original.Code) changes.Code = code;
  if (formId !== original.AttendeeFormID) changes.AttendeeFormID = formId;
  if (!sameList(fields, original.DuplicateSearchFields)) changes.DuplicateSearchFields = fields;
  if (values.allowManual !== original.AllowManuallyEnteredAttendees) changes.AllowManuallyEnteredAttendees = values.allowManual;
  if (values.allowCountEditing !== original.AllowAttendeeCountEditing) changes.AllowAttendeeCountEditing = values.allowCountEditing;
  return changes;
}

export type FormField = keyof AttendeeTypeFormValues;

/**
 * Concur answers a refused PUT with one message and no field code; the field it is about is recognised from the
 * message where it names one, so the error can sit next to that field. Otherwise it goes above the form.
 */
export function fieldOfMessage(message: string): FormField | undefined {
  // Quoted text is what the user typed; only Concur's own words tell the field.
  const words = message.replace(/"[^"]*"|“[^”]*”/g, '""');
  if (/DuplicateSearchField|duplicate-search/i.test(words)) return 'duplicateSearchFields';
  if (/AttendeeFormID|attendee form/i.test(words)) return 'attendeeFormId';
  if (/\bcodes?\b/i.test(words)) return 'code';
  if (/\bnamed?s?\b/i.test(words)) return 'name';
  return undefined;
}
