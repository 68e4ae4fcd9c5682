import { z } from 'zod/mini';

/** A field Concur may leave out or send as null: read as the empty value, so such a type still lists. */
const textOrEmpty = z.pipe(z.optional(z.nullable(z.string())), z.transform((value) => value ?? ''));
const flagOrFalse = z.pipe(z.optional(z.nullable(z.boolean())), z.transform((value) => value ?? false));

/** An attendee type as Concur's v3.0 GET answers it (concur-api.md §2.1). Only `ID` and `Name` are required. */
export const attendeeTypeSchema = z.object({
  ID: z.string().check(z.minLength(1)),
  URI: z.optional(z.nullable(z.string())),
  Name: z.string(),
  Code: textOrEmpty,
  AttendeeFormID: textOrEmpty,
  /** Empty means the Expense database. */
  ConnectorID: textOrEmpty,
  DuplicateSearchFields: z.pipe(z.optional(z.nullable(z.array(z.string()))), z.transform((value) => value ?? [])),
  AllowManuallyEnteredAttendees: flagOrFalse,
  AllowAttendeeCountEditing: flagOrFalse,
});

export type AttendeeType = z.output<typeof attendeeTypeSchema>;

export const attendeeTypePageSchema = z.object({
  Items: z.pipe(z.optional(z.nullable(z.array(attendeeTypeSchema))), z.transform((value) => value ?? [])),
  NextPage: z.pipe(z.optional(z.nullable(z.string())), z.transform((value) => value ?? null)),
});

export type AttendeeTypePage = z.output<typeof attendeeTypePageSchema>;

/** PUT and DELETE answer 200 or 204 with an empty body (concur-api.md §2.0): any body is accepted. */
export const writeAnswerSchema = z.unknown();
