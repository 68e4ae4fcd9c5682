import { z } from 'zod/mini';
import type { MessageKey } from '../../../i18n/messages-en';
import type { OpportunityRequest } from '../api/fetch-opportunities';
import { OPPORTUNITY_TYPES, type OpportunityType } from './opportunity-types';
import { DAY_MS, toIsoInstant } from './utc-days';

export type QueryMode = 'range' | 'trip';

/** The query bar's content, whether typed or read from the URL; instants in UTC milliseconds, NaN when unreadable. */
export interface QueryDraft {
  mode: QueryMode;
  fromMs: number | null;
  toMs: number | null;
  tripId: string;
  types: OpportunityType[];
  activeOnly: boolean;
}

export type QueryField = 'fromMs' | 'toMs' | 'tripId' | 'types';
/** The messages a query check can give (none has placeholders). */
export type ValidationMessageKey = Extract<MessageKey, `opportunities.validation.${string}`>;
export type QueryErrors = Partial<Record<QueryField, ValidationMessageKey>>;

export const MAX_RANGE_DAYS = 366;
/** Concur ids hold letters, digits, `$`, `_` and `-` (concur-api.md §2.0). */
const TRIP_ID_CHARACTERS = /^[A-Za-z0-9$_-]+$/;
const MAX_TRIP_ID_LENGTH = 128;

const draftSchema = z
  .object({
    mode: z.enum(['range', 'trip']),
    fromMs: z.nullable(z.union([z.number(), z.nan()])),
    toMs: z.nullable(z.union([z.number(), z.nan()])),
    tripId: z.string(),
    types: z.array(z.enum(OPPORTUNITY_TYPES)),
    activeOnly: z.boolean(),
  })
  .check(
    z.superRefine((draft, context) => {
      const problem = (path: QueryField, message: ValidationMessageKey) => context.issues.push({ code: 'custom', path: [path], message, input: draft[path] });
      if (draft.mode === 'trip') {
        const tripId = draft.tripId;
        if (tripId === '') problem('tripId', 'opportunities.validation.tripIdRequired');
        else if (/\s/.test(tripId)) problem('tripId', 'opportunities.validation.tripIdSpaces');
        else if (!TRIP_ID_CHARACTERS.test(tripId)) problem('tripId', 'opportunities.validation.tripIdCharacters');
        else if (tripId.length > MAX_TRIP_ID_LENGTH) problem('tripId', 'opportunities.validation.tripIdLength');
        return;
      }
      const { fromMs, toMs } = draft;
      if (fromMs === null) problem('fromMs', 'opportunities.validation.fromRequired');
      else if (Number.isNaN(fromMs)) problem('fromMs', 'opportunities.validation.invalidDate');
      if (toMs === null) problem('toMs', 'opportunities.validation.toRequired');
      else if (Number.isNaN(toMs)) problem('toMs', 'opportunities.validation.invalidDate');
      if (fromMs === null || toMs === null || Number.isNaN(fromMs) || Number.isNaN(toMs)) return;
      if (toMs < fromMs) problem('toMs', 'opportunities.validation.endBeforeStart');
      else if (toMs - fromMs >= MAX_RANGE_DAYS * DAY_MS) problem('toMs', 'opportunities.validation.rangeTooLong');
    }),
  );

export type QueryCheck = { ok: true; request: OpportunityRequest } | { ok: false; errors: QueryErrors };

/** Checks a draft before anything is sent; a valid one becomes what is asked of Concur (types in a canonical order). */
export function checkQuery(draft: QueryDraft): QueryCheck {
  const result = z.safeParse(draftSchema, draft);
  if (!result.success) {
    const errors: QueryErrors = {};
    for (const issue of result.error.issues) {
      const field = issue.path[0] as QueryField;
      errors[field] ??= issue.message as ValidationMessageKey;
    }
    return { ok: false, errors };
  }
  const types = OPPORTUNITY_TYPES.filter((type) => draft.types.includes(type));
  if (draft.mode === 'trip') return { ok: true, request: { kind: 'trip', tripId: draft.tripId, types } };
  return { ok: true, request: { kind: 'range', fromUtc: toIsoInstant(draft.fromMs as number), toUtc: toIsoInstant(draft.toMs as number), types } };
}

/** What the query bar shows before anything was asked: the last 7 days (UTC), every type. */
export function defaultDraft(range: { fromMs: number; toMs: number }): QueryDraft {
  return { mode: 'range', fromMs: range.fromMs, toMs: range.toMs, tripId: '', types: [], activeOnly: false };
}
