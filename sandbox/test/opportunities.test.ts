import { beforeAll, describe, expect, it } from 'vitest';
import { contractFor, OPPORTUNITY_TYPES, type Opportunity } from './contract-schemas';
import { duplicates, expectConcurError, expectJson, expectXml } from './assertions';
import { ADMIN, AP_CLERK, PATHS, TRAVEL_MANAGER, tamper, useSandbox, walkPages, withQuery } from './harness';

const sandbox = useSandbox();
const json = () => contractFor(sandbox.url, 'json');
const xml = () => contractFor(sandbox.url, 'xml');
let token = '';

/** A range wider than the seed (18 months around now) and the rows the database holds in it. */
const WIDE = { fromUtc: '2000-01-01T00:00:00', toUtc: '2100-01-01T00:00:00' };

beforeAll(async () => {
  token = await sandbox.passwordToken(TRAVEL_MANAGER);
});

async function walk(query: Record<string, string>): Promise<Opportunity[]> {
  const pages = await walkPages(sandbox, withQuery(PATHS.opportunities, query), token, (body) => json().Opportunities.parse(body));
  return pages.flatMap((page) => page.Items);
}

function countRows(where = '1 = 1', ...values: string[]): number {
  return (sandbox.db.prepare(`SELECT count(*) AS n FROM opportunities WHERE ${where}`).get(...values) as { n: number }).n;
}

describe('GET /insights/opportunities', () => {
  it('pages a wide range with NextPage and returns every opportunity exactly once (> 1,000 rows, all six types)', async () => {
    const first = expectJson(await sandbox.api(withQuery(PATHS.opportunities, WIDE), { token }), json().Opportunities);
    expect(first.NextPage).not.toBeNull();
    const next = new URL(first.NextPage ?? '');
    expect(next.searchParams.get('fromUtc')).toBe(WIDE.fromUtc);
    expect(next.searchParams.get('toUtc')).toBe(WIDE.toUtc);

    const items = await walk(WIDE);
    expect(items.length).toBeGreaterThan(1000);
    expect(items.length).toBe(countRows());
    expect(duplicates(items.map((item) => item.ID))).toEqual([]);
    expect(new Set(items.map((item) => item.Type))).toEqual(new Set(OPPORTUNITY_TYPES));
    expect(new Set(items.map((item) => item.TripId)).size).toBeGreaterThanOrEqual(400);
  });

  it('answers XML with an <Opportunities> root carrying the same page as JSON', async () => {
    const past = { fromUtc: '2000-01-01T00:00:00', toUtc: new Date().toISOString().slice(0, 19) };
    const fromJson = expectJson(await sandbox.api(withQuery(PATHS.opportunities, past), { token }), json().Opportunities);
    const fromXml = expectXml(await sandbox.api(withQuery(PATHS.opportunities, past), { token, accept: 'xml' }), 'Opportunities', xml().Opportunities);
    expect(fromXml.Items).toEqual(fromJson.Items);
    expect(fromJson.Items.length).toBeGreaterThan(0);
  });

  it('filters a range by start time (UTC) exactly as the data says', async () => {
    const rows = sandbox.db.prepare('SELECT start_utc FROM opportunities ORDER BY start_utc').all() as { start_utc: string }[];
    const from = rows[Math.floor(rows.length / 3)]?.start_utc ?? '';
    const to = rows[Math.floor(rows.length / 2)]?.start_utc ?? '';
    const items = await walk({ fromUtc: from, toUtc: to });
    expect(items.length).toBe(countRows('start_utc >= ? AND start_utc <= ?', from, to));
  });

  it('returns the opportunities of one trip with tripId alone', async () => {
    const trip = (sandbox.db.prepare('SELECT trip_id FROM opportunities GROUP BY trip_id ORDER BY count(*) DESC LIMIT 1').get() as { trip_id: string }).trip_id;
    const page = expectJson(await sandbox.api(withQuery(PATHS.opportunities, { tripId: trip }), { token }), json().Opportunities);
    expect(page.Items.length).toBe(countRows('trip_id = ?', trip));
    expect(page.Items.every((item) => item.TripId === trip)).toBe(true);
    expect(page.NextPage).toBeNull();
  });

  it('answers an empty list for a trip that does not exist', async () => {
    const page = expectJson(await sandbox.api(withQuery(PATHS.opportunities, { tripId: 'NoSuchTrip00000' }), { token }), json().Opportunities);
    expect(page).toEqual({ Items: [], NextPage: null });
    const asXml = expectXml(await sandbox.api(withQuery(PATHS.opportunities, { tripId: 'NoSuchTrip00000' }), { token, accept: 'xml' }), 'Opportunities', xml().Opportunities);
    expect(asXml).toEqual({ Items: [], NextPage: null });
  });

  it('filters by a comma-separated opportunityType, any case', async () => {
    const items = await walk({ ...WIDE, opportunityType: 'Hotel,car' });
    expect(new Set(items.map((item) => item.Type))).toEqual(new Set(['Hotel', 'Car']));
    expect(items.length).toBe(countRows("type IN ('Hotel', 'Car')"));
  });

  it.each([
    ['no parameters', {}],
    ['fromUtc without toUtc', { fromUtc: '2025-01-01T00:00:00' }],
    ['tripId together with a range', { tripId: 'abc', ...WIDE }],
    ['an impossible date', { fromUtc: '2025-02-30T00:00:00', toUtc: '2025-03-01T00:00:00' }],
    ['a date that is not a date', { fromUtc: 'last week', toUtc: '2025-03-01T00:00:00' }],
    ['toUtc before fromUtc', { fromUtc: '2025-03-01T00:00:00', toUtc: '2025-01-01T00:00:00' }],
    ['an unknown opportunityType', { ...WIDE, opportunityType: 'Hotel,Boat' }],
  ])('rejects %s with 400', async (_label, query: Record<string, string>) => {
    expectConcurError(await sandbox.api(withQuery(PATHS.opportunities, query), { token }), 400);
  });

  it('rejects a tampered offset and an offset used with other filters', async () => {
    const first = expectJson(await sandbox.api(withQuery(PATHS.opportunities, WIDE), { token }), json().Opportunities);
    const offset = new URL(first.NextPage ?? '').searchParams.get('offset') ?? '';
    expectConcurError(await sandbox.api(withQuery(PATHS.opportunities, { ...WIDE, offset: tamper(offset) }), { token }), 400);
    expectConcurError(await sandbox.api(withQuery(PATHS.opportunities, { ...WIDE, opportunityType: 'Air', offset }), { token }), 400);
  });

  it('is allowed to the finance admin and forbidden (403) to the AP clerk', async () => {
    const admin = await sandbox.passwordToken(ADMIN);
    expectJson(await sandbox.api(withQuery(PATHS.opportunities, { tripId: 'x' }), { token: admin }), json().Opportunities);
    const clerk = await sandbox.passwordToken(AP_CLERK);
    expectConcurError(await sandbox.api(withQuery(PATHS.opportunities, WIDE), { token: clerk }), 403);
  });
});
