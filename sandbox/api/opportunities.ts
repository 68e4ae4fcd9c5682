import type { FastifyInstance } from 'fastify';
import type { SandboxContext } from '../context';
import { SCOPES } from '../users';
import { sendConcur } from '../lib/respond';
import { parseUtcDateTime, toConcurDateTime } from '../lib/time';
import type { RequireScope } from './guard';
import { API_BASE, ID_PATTERN, RequestProblem, handled, itemUri, nextPageUrl, readSingle } from './common';

const PATH = 'insights/opportunities';
export const OPPORTUNITY_TYPES = ['Hotel', 'Car', 'Air', 'Rail', 'Taxi', 'Service'] as const;
/** Concur documents no page size for this resource; the sandbox pages by 1,000 (see README, known differences). */
export const OPPORTUNITY_PAGE_SIZE = 1000;

interface OpportunityRow {
  seq: number;
  id: string;
  trip_id: string;
  type: string;
  is_active: number;
  start_city: string;
  end_city: string;
  start_postal: string;
  end_postal: string;
  start_local: string;
  end_local: string;
}

function readTypes(raw: string | undefined): string[] {
  if (raw === undefined || raw.trim() === '') return [];
  const types = raw.split(',').map((part) => part.trim()).filter(Boolean);
  const canonical = types.map((type) => OPPORTUNITY_TYPES.find((known) => known.toLowerCase() === type.toLowerCase()));
  const bad = types.filter((_, index) => canonical[index] === undefined);
  if (bad.length > 0) {
    throw new RequestProblem(400, `Unknown opportunityType: ${bad.join(', ')}. Use a comma-separated subset of ${OPPORTUNITY_TYPES.join(', ')}.`);
  }
  return [...new Set(canonical as string[])].sort();
}

export function registerOpportunities(app: FastifyInstance, ctx: SandboxContext, requireScope: RequireScope): void {
  const guard = requireScope(SCOPES.opportunities);

  app.get(`${API_BASE}/${PATH}`, { preHandler: guard }, handled(async (request, reply) => {
    const query = request.query as Record<string, unknown>;
    const tripId = readSingle(query, 'tripId');
    const fromRaw = readSingle(query, 'fromUtc');
    const toRaw = readSingle(query, 'toUtc');
    const typesRaw = readSingle(query, 'opportunityType');
    const types = readTypes(typesRaw);

    const where: string[] = [];
    const values: (string | number)[] = [];
    if (tripId !== undefined && tripId !== '') {
      if (fromRaw || toRaw) throw new RequestProblem(400, 'Give either tripId alone, or fromUtc together with toUtc.');
      if (!ID_PATTERN.test(tripId)) throw new RequestProblem(400, 'tripId is not a valid trip id.');
      where.push('trip_id = ?');
      values.push(tripId);
    } else {
      if (!fromRaw || !toRaw) throw new RequestProblem(400, 'Give tripId, or both fromUtc and toUtc (UTC date-times such as 2026-01-31T00:00:00).');
      const from = parseUtcDateTime(fromRaw);
      const to = parseUtcDateTime(toRaw);
      if (!from) throw new RequestProblem(400, 'fromUtc must be a UTC date-time such as 2026-01-31T00:00:00.');
      if (!to) throw new RequestProblem(400, 'toUtc must be a UTC date-time such as 2026-01-31T23:59:59.');
      if (to < from) throw new RequestProblem(400, 'toUtc must not be before fromUtc.');
      where.push('start_utc >= ?', 'start_utc <= ?');
      values.push(toConcurDateTime(from), toConcurDateTime(to));
    }
    if (types.length > 0) {
      where.push(`type IN (${types.map(() => '?').join(',')})`);
      values.push(...types);
    }

    const scope = `${PATH}|${tripId ?? ''}|${fromRaw ?? ''}|${toRaw ?? ''}|${types.join(',')}`;
    const offset = readSingle(query, 'offset');
    const after = offset ? ctx.cursors.decode(scope, offset) : 0;
    if (after === undefined) throw new RequestProblem(400, 'The offset parameter is not valid. Use the NextPage URL of the previous page.');
    const rows = ctx.db
      .prepare(`SELECT * FROM opportunities WHERE ${where.join(' AND ')} AND seq > ? ORDER BY seq LIMIT ?`)
      .all(...values, after, OPPORTUNITY_PAGE_SIZE + 1) as OpportunityRow[];
    const page = rows.slice(0, OPPORTUNITY_PAGE_SIZE);
    const last = page.at(-1);
    const next = rows.length > OPPORTUNITY_PAGE_SIZE && last ? ctx.cursors.encode(scope, last.seq) : null;
    return sendConcur(request, reply, 200, {
      Items: page.map((row) => ({
        ID: row.id,
        URI: itemUri(ctx, PATH, row.id),
        TripId: row.trip_id,
        Type: row.type,
        IsActive: row.is_active === 1,
        StartCityCode: row.start_city,
        EndCityCode: row.end_city,
        StartPostalCode: row.start_postal,
        EndPostalCode: row.end_postal,
        StartDateLocal: row.start_local,
        EndDateLocal: row.end_local,
      })),
      NextPage: nextPageUrl(ctx, PATH, { tripId, fromUtc: fromRaw, toUtc: toRaw, opportunityType: typesRaw }, next),
    }, 'Opportunities', { Items: 'Opportunity' });
  }));
}
