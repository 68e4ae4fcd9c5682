import { collectPages, type CollectProgress } from '../../../lib/concur/collect-pages';
import { concurRequest, type QueryValue } from '../../../lib/concur/concur-client';
import type { OpportunityType } from '../model/opportunity-types';
import { opportunitiesPageSchema, toOpportunity, type Opportunity } from './opportunity-schema';

/** What is asked of Concur: one trip, or every trip whose opportunities start in a UTC range; types narrow either. */
export type OpportunityRequest =
  | { kind: 'trip'; tripId: string; types: OpportunityType[] }
  | { kind: 'range'; fromUtc: string; toUtc: string; types: OpportunityType[] };

/** Concur date-times carry no zone; `fromUtc`/`toUtc` are UTC by name, so `2026-01-01T00:00:00Z` goes as `2026-01-01T00:00:00`. */
export function toConcurUtc(isoInstant: string): string {
  return new Date(isoInstant).toISOString().slice(0, 19);
}

function requestQuery(params: OpportunityRequest): Record<string, QueryValue> {
  const opportunityType = params.types.length > 0 ? params.types.join(',') : undefined;
  if (params.kind === 'trip') return { tripId: params.tripId, opportunityType };
  return { fromUtc: toConcurUtc(params.fromUtc), toUtc: toConcurUtc(params.toUtc), opportunityType };
}

/** Every page of the answer, following `NextPage`; `onProgress` after each page; the signal is the Cancel button. */
export async function fetchAllOpportunities(
  params: OpportunityRequest,
  signal: AbortSignal,
  onProgress: (progress: CollectProgress) => void,
): Promise<Opportunity[]> {
  const query = requestQuery(params);
  onProgress({ pages: 0, items: 0 });
  const items = await collectPages(
    async (offset, pageSignal) => {
      const page = await concurRequest({ path: '/insights/opportunities', query: { ...query, offset }, schema: opportunitiesPageSchema, signal: pageSignal });
      return { Items: page.Items ?? [], NextPage: page.NextPage ?? null };
    },
    { signal, onPage: onProgress },
  );
  return items.map(toOpportunity);
}
