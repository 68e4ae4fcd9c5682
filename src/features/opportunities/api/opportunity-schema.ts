import { z } from 'zod/mini';
import { OPPORTUNITY_TYPES, type OpportunityType } from '../model/opportunity-types';

/** Concur's local date-times carry no zone: `2026-01-05T08:30:00` (fractions of a second tolerated). */
const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,7})?)?$/;

const optionalText = z.optional(z.nullable(z.string()));

/** One item of `GET /insights/opportunities` (concur-api.md §2.3); codes and postal codes may be missing. */
const opportunityItemSchema = z.object({
  ID: z.string(),
  TripId: z.string(),
  Type: z.enum(OPPORTUNITY_TYPES),
  IsActive: z.boolean(),
  StartCityCode: optionalText,
  EndCityCode: optionalText,
  StartPostalCode: optionalText,
  EndPostalCode: optionalText,
  StartDateLocal: z.string().check(z.regex(LOCAL_DATE_TIME)),
  EndDateLocal: z.optional(z.nullable(z.string().check(z.regex(LOCAL_DATE_TIME)))),
});

export const opportunitiesPageSchema = z.object({
  Items: z.nullable(z.array(opportunityItemSchema)),
  NextPage: z.optional(z.nullable(z.string())),
});

type OpportunityItem = z.infer<typeof opportunityItemSchema>;

/** An opportunity as the console uses it; `…WallMs` are the local wall-clock times as if they were UTC (for arithmetic only). */
export interface Opportunity {
  id: string;
  tripId: string;
  type: OpportunityType;
  isActive: boolean;
  startCity: string;
  endCity: string;
  startPostal: string;
  endPostal: string;
  /** As Concur gives it (local time at the location, no zone). */
  startLocal: string;
  endLocal: string;
  /** `YYYY-MM-DD` of the local start. */
  startDay: string;
  startWallMs: number;
  endWallMs: number;
}

/** Milliseconds of a zone-less local date-time read as UTC, so the browser's own time zone never shifts it. */
export function wallClockMs(localDateTime: string): number {
  const match = LOCAL_DATE_TIME.exec(localDateTime);
  if (!match) return Number.NaN;
  const [year = 0, month = 1, day = 1, hour = 0, minute = 0, second = 0] = match.slice(1, 7).map((part) => Number(part ?? '0'));
  return Date.UTC(year, month - 1, day, hour, minute, second);
}

export function toOpportunity(item: OpportunityItem): Opportunity {
  const startWallMs = wallClockMs(item.StartDateLocal);
  const endLocal = item.EndDateLocal ?? item.StartDateLocal;
  const endWallMs = wallClockMs(endLocal);
  return {
    id: item.ID,
    tripId: item.TripId,
    type: item.Type,
    isActive: item.IsActive,
    startCity: item.StartCityCode ?? '',
    endCity: item.EndCityCode ?? '',
    startPostal: item.StartPostalCode ?? '',
    endPostal: item.EndPostalCode ?? '',
    startLocal: item.StartDateLocal,
    endLocal,
    startDay: item.StartDateLocal.slice(0, 10),
    startWallMs,
    endWallMs: Math.max(endWallMs, startWallMs),
  };
}
