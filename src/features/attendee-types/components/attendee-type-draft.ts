import { z } from 'zod/mini';
import { clearDraft, loadDraft, saveDraft, type Draft } from '../../../lib/drafts/draft-store';
import type { AttendeeTypeFormValues } from '../api/attendee-type-form';

/** Unsaved edits per type, per user, in this tab: they survive a reload, a crash or a re-sign-in (decision 003). */
const draftName = (id: string) => `attendee-type:${id}`;

const draftShape = z.object({
  name: z.string(),
  code: z.string(),
  attendeeFormId: z.string(),
  duplicateSearchFields: z.array(z.string()),
  allowManual: z.boolean(),
  allowCountEditing: z.boolean(),
});

const isFormValues = (value: unknown): value is AttendeeTypeFormValues => z.safeParse(draftShape, value).success;

export const loadEditDraft = (userId: string, id: string): Draft<AttendeeTypeFormValues> | undefined =>
  loadDraft(userId, draftName(id), isFormValues);
export const saveEditDraft = (userId: string, id: string, values: AttendeeTypeFormValues) => saveDraft(userId, draftName(id), values);
export const clearEditDraft = (userId: string, id: string) => clearDraft(userId, draftName(id));
