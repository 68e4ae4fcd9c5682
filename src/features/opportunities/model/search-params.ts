import type { QueryDraft, QueryErrors, QueryMode } from './query-draft';
import { isOpportunityType, OPPORTUNITY_TYPES, type OpportunityType } from './opportunity-types';
import { parseIsoInstant, toIsoInstant } from './utc-days';

/** The query's own parameters; everything else in the URL is how the results are viewed. */
const QUERY_KEYS = ['mode', 'from', 'to', 'tripId', 'types', 'activeOnly'] as const;

export interface UrlQuery {
  /** False on a bare `/opportunities`: nothing has been asked yet. */
  present: boolean;
  draft: QueryDraft;
  /** Problems only a hand-edited link can have (an unknown type); the rest is checked like typed input. */
  linkErrors: QueryErrors;
}

export function readQuery(params: URLSearchParams, fallback: QueryDraft): UrlQuery {
  const present = params.has('from') || params.has('to') || params.has('tripId') || params.has('mode');
  if (!present) return { present, draft: fallback, linkErrors: {} };
  const mode: QueryMode = params.get('mode') === 'trip' || (!params.has('mode') && params.has('tripId')) ? 'trip' : 'range';
  const instant = (name: 'from' | 'to') => {
    const raw = params.get(name);
    return raw === null || raw === '' ? null : parseIsoInstant(raw, name === 'to');
  };
  const named = (params.get('types') ?? '').split(',').map((type) => type.trim()).filter(Boolean);
  const types = OPPORTUNITY_TYPES.filter((type) => named.includes(type));
  const linkErrors: QueryErrors = named.some((type) => !isOpportunityType(type)) ? { types: 'opportunities.validation.unknownType' } : {};
  const draft: QueryDraft = {
    mode,
    fromMs: instant('from'),
    toMs: instant('to'),
    tripId: params.get('tripId') ?? '',
    types,
    activeOnly: params.get('activeOnly') === '1' || params.get('activeOnly') === 'true',
  };
  return { present, draft, linkErrors };
}

/** The URL of a query: only the fields of its mode, instants in ISO UTC; the view parameters are reset. */
export function writeQuery(draft: QueryDraft): URLSearchParams {
  const params = new URLSearchParams({ mode: draft.mode });
  if (draft.mode === 'range') {
    if (draft.fromMs !== null && !Number.isNaN(draft.fromMs)) params.set('from', toIsoInstant(draft.fromMs));
    if (draft.toMs !== null && !Number.isNaN(draft.toMs)) params.set('to', toIsoInstant(draft.toMs));
  } else {
    params.set('tripId', draft.tripId);
  }
  const types = OPPORTUNITY_TYPES.filter((type) => draft.types.includes(type));
  if (types.length > 0) params.set('types', types.join(','));
  if (draft.activeOnly) params.set('activeOnly', '1');
  return params;
}

/** `?a=b` with `:`, `,` and `$` left readable (all legal in a query string), so links show `from=2026-01-01T00:00:00Z`. */
export function toSearch(params: URLSearchParams): string {
  const text = params.toString().replace(/%3A/gi, ':').replace(/%2C/gi, ',').replace(/%24/gi, '$');
  return text === '' ? '' : `?${text}`;
}

/** The link that opens one trip's view (the same screen in By trip mode). */
export function tripSearch(tripId: string): string {
  return toSearch(new URLSearchParams({ mode: 'trip', tripId }));
}

/** The query's parameters alone, in a fixed order: a key for "the query changed" that ignores the view. */
export function queryPart(params: URLSearchParams): string {
  const part = new URLSearchParams();
  for (const key of QUERY_KEYS) {
    const value = params.get(key);
    if (value !== null) part.set(key, value);
  }
  return part.toString();
}

export type SortField = 'tripId' | 'type' | 'isActive' | 'startLocal' | 'endLocal' | 'from' | 'to' | 'id';
const SORT_FIELDS: readonly SortField[] = ['tripId', 'type', 'isActive', 'startLocal', 'endLocal', 'from', 'to', 'id'];
export interface SortOrder {
  field: SortField;
  direction: 'asc' | 'desc';
}

/** How the results are looked at: table filters (a type, a chart bar's period), grouping, sort and page. */
export interface ResultsView {
  tableType: OpportunityType | undefined;
  /** The first day (local date) of the chart period a bar click chose. */
  period: string | undefined;
  groupByTrip: boolean;
  sort: SortOrder;
  page: number;
  pageSize: number;
}

export const PAGE_SIZES = [25, 50, 100] as const;
export const DEFAULT_SORT: SortOrder = { field: 'startLocal', direction: 'asc' };

export function readView(params: URLSearchParams): ResultsView {
  const tableType = params.get('tableType') ?? '';
  const period = params.get('period') ?? '';
  const [field, direction] = (params.get('sort') ?? '').split('.');
  const sort: SortOrder =
    SORT_FIELDS.includes(field as SortField) && (direction === 'asc' || direction === 'desc') ? { field: field as SortField, direction } : DEFAULT_SORT;
  const page = Number(params.get('page') ?? '1');
  const pageSize = Number(params.get('pageSize') ?? '100');
  return {
    tableType: isOpportunityType(tableType) ? tableType : undefined,
    period: /^\d{4}-\d{2}-\d{2}$/.test(period) ? period : undefined,
    groupByTrip: params.get('group') === 'trip',
    sort,
    page: Number.isInteger(page) && page >= 1 ? page - 1 : 0,
    pageSize: (PAGE_SIZES as readonly number[]).includes(pageSize) ? pageSize : 100,
  };
}

/** The URL with the view changed and the query kept; defaults are left out so links stay short. */
export function writeView(params: URLSearchParams, view: ResultsView): URLSearchParams {
  const next = new URLSearchParams();
  for (const key of QUERY_KEYS) {
    const value = params.get(key);
    if (value !== null) next.set(key, value);
  }
  if (view.tableType) next.set('tableType', view.tableType);
  if (view.period) next.set('period', view.period);
  if (view.groupByTrip) next.set('group', 'trip');
  if (view.sort.field !== DEFAULT_SORT.field || view.sort.direction !== DEFAULT_SORT.direction) next.set('sort', `${view.sort.field}.${view.sort.direction}`);
  if (view.page > 0) next.set('page', String(view.page + 1));
  if (view.pageSize !== 100) next.set('pageSize', String(view.pageSize));
  return next;
}
