import type { FastifyReply, FastifyRequest } from 'fastify';
import type { SandboxContext } from '../context';
import { sendConcurError } from '../lib/respond';

export const API_BASE = '/api/v3.0';
export const DEFAULT_LIMIT = 25;
export const MAX_LIMIT = 100;

/** A body parsed from XML is tagged with its root element name; JSON bodies are plain objects. */
export const XML_ROOT = Symbol('xmlRoot');
export type ParsedBody = Record<string, unknown> & { [XML_ROOT]?: string };

export class RequestProblem extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** Ids are opaque but never contain separators or dots; anything else cannot name a record (and is a 404, as Concur). */
export const ID_PATTERN = /^[A-Za-z0-9$_-]{1,128}$/;

export function itemUri(ctx: SandboxContext, path: string, id: string): string {
  return `${ctx.baseUrl()}${API_BASE}/${path}/${encodeURIComponent(id)}`;
}

export function readLimit(query: Record<string, unknown>): number {
  const raw = query.limit;
  if (raw === undefined || raw === '') return DEFAULT_LIMIT;
  if (typeof raw !== 'string' || !/^\d{1,9}$/.test(raw) || Number(raw) < 1) {
    throw new RequestProblem(400, 'The limit parameter must be a whole number from 1 to 100.');
  }
  return Math.min(Number(raw), MAX_LIMIT);
}

export function readSingle(query: Record<string, unknown>, name: string): string | undefined {
  const value = query[name];
  if (Array.isArray(value)) throw new RequestProblem(400, `The ${name} parameter was given more than once.`);
  return typeof value === 'string' ? value : undefined;
}

/** `NextPage`: a full URL carrying the query and an opaque offset token; null on the last page. */
export function nextPageUrl(ctx: SandboxContext, path: string, params: Record<string, string | undefined>, offset: string | null): string | null {
  if (offset === null) return null;
  const url = new URL(`${ctx.baseUrl()}${API_BASE}/${path}`);
  for (const [key, value] of Object.entries(params)) if (value !== undefined && value !== '') url.searchParams.set(key, value);
  url.searchParams.set('offset', offset);
  return url.toString();
}

/** v3.0 bodies are JSON or XML; a form or text body (which Fastify would otherwise parse) is not Concur's format. */
const V3_BODY_TYPE = /^\s*(?:application\/json|application\/xml|text\/xml)\s*(?:;|$)/i;

export function readObjectBody(request: FastifyRequest, expectedXmlRoot: string): ParsedBody {
  if (request.body !== undefined && !V3_BODY_TYPE.test(request.headers['content-type'] ?? '')) {
    throw new RequestProblem(415, 'Unsupported content type. Send application/json or application/xml.');
  }
  const body = request.body;
  if (body === undefined || body === null || body === '') throw new RequestProblem(400, 'The request body is missing.');
  if (typeof body !== 'object' || Array.isArray(body)) throw new RequestProblem(400, 'The request body must be an object.');
  const parsed = body as ParsedBody;
  const root = parsed[XML_ROOT];
  if (root !== undefined && root !== expectedXmlRoot) {
    throw new RequestProblem(400, `The XML root element must be <${expectedXmlRoot}>, not <${root}>.`);
  }
  return parsed;
}

export function countWrite(ctx: SandboxContext, request: FastifyRequest, resource: string, entity: string): void {
  const key = `${request.method} ${resource}`;
  ctx.writes.total += 1;
  ctx.writes.byResource[key] = (ctx.writes.byResource[key] ?? 0) + 1;
  const entityKey = `${resource}/${entity}`;
  ctx.writes.byEntity[entityKey] = (ctx.writes.byEntity[entityKey] ?? 0) + 1;
}

/** Runs a handler, turning a RequestProblem into Concur's error body. */
export function handled<T extends FastifyRequest>(
  work: (request: T, reply: FastifyReply) => unknown,
): (request: T, reply: FastifyReply) => Promise<unknown> {
  return async (request, reply) => {
    try {
      return await work(request, reply);
    } catch (error) {
      if (error instanceof RequestProblem) return sendConcurError(request, reply, error.status, error.message);
      throw error;
    }
  };
}
