import type { FastifyInstance } from 'fastify';
import type { SandboxContext } from '../context';
import { SCOPES } from '../users';
import { sendConcur, sendConcurError, sendEmpty } from '../lib/respond';
import type { RequireScope } from './guard';
import {
  API_BASE, ID_PATTERN, RequestProblem, XML_ROOT, countWrite, handled, itemUri, nextPageUrl, readLimit, readObjectBody, readSingle,
  type ParsedBody,
} from './common';

const PATH = 'expense/attendeetypes';
const XML_ITEMS = { Items: 'AttendeeType', DuplicateSearchFields: 'DuplicateSearchField' };

interface AttendeeTypeRow {
  seq: number;
  id: string;
  name: string;
  code: string;
  attendee_form_id: string;
  connector_id: string;
  duplicate_search_fields: string;
  allow_manual: number;
  allow_count_editing: number;
  is_system: number;
}

const UPDATABLE = ['Name', 'Code', 'AttendeeFormID', 'ConnectorID', 'DuplicateSearchFields', 'AllowManuallyEnteredAttendees', 'AllowAttendeeCountEditing'];
const READ_ONLY = ['ID', 'URI'];

function toApi(ctx: SandboxContext, row: AttendeeTypeRow) {
  return {
    ID: row.id,
    URI: itemUri(ctx, PATH, row.id),
    Name: row.name,
    Code: row.code,
    AttendeeFormID: row.attendee_form_id,
    ConnectorID: row.connector_id,
    DuplicateSearchFields: JSON.parse(row.duplicate_search_fields) as string[],
    AllowManuallyEnteredAttendees: row.allow_manual === 1,
    AllowAttendeeCountEditing: row.allow_count_editing === 1,
  };
}

function text(body: ParsedBody, field: string, max: number, required: boolean): string | undefined {
  const value = body[field];
  if (value === undefined) return undefined;
  if (typeof value !== 'string') throw new RequestProblem(400, `${field} must be a string.`);
  const trimmed = value.trim();
  if (required && trimmed === '') throw new RequestProblem(400, `${field} cannot be empty.`);
  if (trimmed.length > max) throw new RequestProblem(400, `${field} must be at most ${max} characters.`);
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001F\u007F]/.test(value)) throw new RequestProblem(400, `${field} cannot contain control characters.`);
  return trimmed;
}

function flag(body: ParsedBody, field: string): boolean | undefined {
  const value = body[field];
  if (value === undefined) return undefined;
  if (typeof value === 'boolean') return value;
  if (body[XML_ROOT] && (value === 'true' || value === 'false')) return value === 'true';
  throw new RequestProblem(400, `${field} must be true or false.`);
}

function searchFields(body: ParsedBody): string[] | undefined {
  const value = body.DuplicateSearchFields;
  if (value === undefined) return undefined;
  let list: unknown = value;
  if (body[XML_ROOT]) {
    // <DuplicateSearchFields><DuplicateSearchField>FirstName</DuplicateSearchField>...</DuplicateSearchFields>
    const inner = value === '' ? [] : (value as Record<string, unknown>).DuplicateSearchField;
    list = inner === undefined ? [] : Array.isArray(inner) ? inner : [inner];
  }
  if (!Array.isArray(list) || list.some((item) => typeof item !== 'string')) {
    throw new RequestProblem(400, 'DuplicateSearchFields must be a list of attendee field names.');
  }
  const fields = (list as string[]).map((item) => item.trim());
  if (fields.length > 20) throw new RequestProblem(400, 'DuplicateSearchFields can hold at most 20 fields.');
  if (fields.some((item) => !/^[A-Za-z][A-Za-z0-9]{0,63}$/.test(item))) {
    throw new RequestProblem(400, 'Each duplicate-search field must be an attendee field name such as FirstName or Custom7.');
  }
  return [...new Set(fields)];
}

export function registerAttendeeTypes(app: FastifyInstance, ctx: SandboxContext, requireScope: RequireScope): void {
  const list = ctx.db.prepare('SELECT * FROM attendee_types WHERE deleted = 0 AND seq > ? ORDER BY seq LIMIT ?');
  const byId = ctx.db.prepare('SELECT * FROM attendee_types WHERE deleted = 0 AND id = ?');
  const sameName = ctx.db.prepare('SELECT id FROM attendee_types WHERE deleted = 0 AND lower(name) = lower(?) AND id <> ?');
  const sameCode = ctx.db.prepare('SELECT id FROM attendee_types WHERE deleted = 0 AND upper(code) = upper(?) AND id <> ?');
  const softDelete = ctx.db.prepare('UPDATE attendee_types SET deleted = 1 WHERE id = ?');
  const read = requireScope(SCOPES.attendeeRead, SCOPES.attendeeWrite);
  const write = requireScope(SCOPES.attendeeWrite);

  const findOr404 = (id: string) => {
    const row = ID_PATTERN.test(id) ? (byId.get(id) as AttendeeTypeRow | undefined) : undefined;
    if (!row) throw new RequestProblem(404, `No attendee type has the id "${id}".`);
    return row;
  };

  app.get(`${API_BASE}/${PATH}`, { preHandler: read }, handled(async (request, reply) => {
    const query = request.query as Record<string, unknown>;
    const limit = readLimit(query);
    const offset = readSingle(query, 'offset');
    const after = offset ? ctx.cursors.decode(PATH, offset) : 0;
    if (after === undefined) throw new RequestProblem(400, 'The offset parameter is not valid. Use the NextPage URL of the previous page.');
    const rows = list.all(after, limit + 1) as AttendeeTypeRow[];
    const page = rows.slice(0, limit);
    const last = page.at(-1);
    const next = rows.length > limit && last ? ctx.cursors.encode(PATH, last.seq) : null;
    return sendConcur(request, reply, 200, {
      Items: page.map((row) => toApi(ctx, row)),
      NextPage: nextPageUrl(ctx, PATH, { limit: String(limit) }, next),
    }, 'AttendeeTypes', XML_ITEMS);
  }));

  app.get<{ Params: { id: string } }>(`${API_BASE}/${PATH}/:id`, { preHandler: read }, handled(async (request, reply) => {
    const row = findOr404(request.params.id);
    return sendConcur(request, reply, 200, toApi(ctx, row), 'AttendeeType', XML_ITEMS);
  }));

  app.put<{ Params: { id: string } }>(`${API_BASE}/${PATH}/:id`, { preHandler: write }, handled(async (request, reply) => {
    const row = findOr404(request.params.id);
    countWrite(ctx, request, PATH, row.id);
    const body = readObjectBody(request, 'AttendeeType');
    const unknown = Object.keys(body).filter((key) => !UPDATABLE.includes(key) && !READ_ONLY.includes(key));
    if (unknown.length > 0) throw new RequestProblem(400, `Unknown field(s): ${unknown.join(', ')}. Updatable fields: ${UPDATABLE.join(', ')}.`);
    const changes = {
      name: text(body, 'Name', 40, true),
      code: text(body, 'Code', 40, true),
      attendee_form_id: text(body, 'AttendeeFormID', 64, true),
      connector_id: text(body, 'ConnectorID', 64, false),
      duplicate_search_fields: searchFields(body),
      allow_manual: flag(body, 'AllowManuallyEnteredAttendees'),
      allow_count_editing: flag(body, 'AllowAttendeeCountEditing'),
    };
    if (changes.name !== undefined && sameName.get(changes.name, row.id)) {
      throw new RequestProblem(400, `Another attendee type is already named "${changes.name}". Names must be unique.`);
    }
    if (changes.code !== undefined && sameCode.get(changes.code, row.id)) {
      throw new RequestProblem(400, `Another attendee type already has the code "${changes.code}". Codes must be unique.`);
    }
    const sets: string[] = [];
    const values: unknown[] = [];
    for (const [column, value] of Object.entries(changes)) {
      if (value === undefined) continue;
      sets.push(`${column} = ?`);
      values.push(Array.isArray(value) ? JSON.stringify(value) : typeof value === 'boolean' ? (value ? 1 : 0) : value);
    }
    if (sets.length > 0) ctx.db.prepare(`UPDATE attendee_types SET ${sets.join(', ')} WHERE id = ?`).run(...values, row.id);
    return sendEmpty(reply);
  }));

  app.delete<{ Params: { id: string } }>(`${API_BASE}/${PATH}/:id`, { preHandler: write }, handled(async (request, reply) => {
    const row = findOr404(request.params.id);
    countWrite(ctx, request, PATH, row.id);
    if (row.is_system) throw new RequestProblem(400, `"${row.name}" is a standard Concur attendee type and cannot be deleted.`);
    softDelete.run(row.id);
    return sendEmpty(reply);
  }));

  app.post(`${API_BASE}/${PATH}`, { preHandler: write }, async (request, reply) =>
    sendConcurError(request, reply, 400, 'Creating attendee types through v3.0 has not been supported since 19 November 2016.'));
}
