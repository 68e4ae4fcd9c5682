import type { FieldError, FieldErrors, Resolver } from 'react-hook-form';
import { checkQuery, type QueryDraft, type QueryErrors, type QueryMode } from '../model/query-draft';
import type { OpportunityType } from '../model/opportunity-types';
import { dayjs } from './dayjs-utc';
import type { Dayjs } from 'dayjs';

export interface QueryFormValues {
  mode: QueryMode;
  from: Dayjs | null;
  to: Dayjs | null;
  tripId: string;
  types: OpportunityType[];
  activeOnly: boolean;
}

const toMs = (value: Dayjs | null): number | null => (value === null ? null : value.isValid() ? value.valueOf() : Number.NaN);
const toDayjs = (ms: number | null): Dayjs | null => (ms === null || Number.isNaN(ms) ? null : dayjs.utc(ms));

export function toDraft(values: QueryFormValues): QueryDraft {
  return { mode: values.mode, fromMs: toMs(values.from), toMs: toMs(values.to), tripId: values.tripId, types: values.types, activeOnly: values.activeOnly };
}

export function toFormValues(draft: QueryDraft): QueryFormValues {
  return { mode: draft.mode, from: toDayjs(draft.fromMs), to: toDayjs(draft.toMs), tripId: draft.tripId, types: draft.types, activeOnly: draft.activeOnly };
}

const FIELD_OF = { fromMs: 'from', toMs: 'to', tripId: 'tripId', types: 'types' } as const;

/** Field errors whose messages are message keys (translated where they are shown). */
export function toFieldErrors(errors: QueryErrors): FieldErrors<QueryFormValues> {
  const fieldErrors: Partial<Record<keyof QueryFormValues, FieldError>> = {};
  for (const [field, message] of Object.entries(errors) as [keyof typeof FIELD_OF, string][]) {
    fieldErrors[FIELD_OF[field]] = { type: 'validate', message };
  }
  return fieldErrors as FieldErrors<QueryFormValues>;
}

/** react-hook-form's resolver over the same zod check the URL goes through, so typed and linked queries obey one rule set. */
export const queryResolver: Resolver<QueryFormValues> = (values) => {
  const check = checkQuery(toDraft(values));
  return check.ok ? { values, errors: {} } : { values: {}, errors: toFieldErrors(check.errors) };
};
