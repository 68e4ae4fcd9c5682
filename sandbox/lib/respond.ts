import type { FastifyReply, FastifyRequest } from 'fastify';
import { toConcurDateTime } from './time';
import { toXml, type XmlItemNames, type XmlValue } from './xml';

/** Concur answers XML unless the client asks for JSON (no Accept header means XML). */
export function wantsJson(request: FastifyRequest): boolean {
  return /\bapplication\/(?:[\w.+-]*\+)?json\b/i.test(request.headers.accept ?? '');
}

export function correlationId(reply: FastifyReply): string {
  return String(reply.getHeader('concur-correlationid') ?? '');
}

export function sendConcur(
  request: FastifyRequest,
  reply: FastifyReply,
  status: number,
  body: XmlValue,
  xmlRoot: string,
  itemNames: XmlItemNames = {},
): FastifyReply {
  reply.code(status);
  if (wantsJson(request)) return reply.type('application/json; charset=utf-8').send(JSON.stringify(body));
  return reply.type('application/xml; charset=utf-8').send(toXml(xmlRoot, body, itemNames));
}

/** A v3.0 error: `{"Error":{"Message","Server-Time","Id"}}` (XML: `<Error><Message/>...</Error>`). */
export function sendConcurError(
  request: FastifyRequest,
  reply: FastifyReply,
  status: number,
  message: string,
): FastifyReply {
  const error = { Message: message, 'Server-Time': toConcurDateTime(new Date()), Id: correlationId(reply).toUpperCase() };
  reply.code(status);
  if (wantsJson(request)) return reply.type('application/json; charset=utf-8').send(JSON.stringify({ Error: error }));
  return reply.type('application/xml; charset=utf-8').send(toXml('Error', error));
}

/** A write that succeeded with nothing to say: Concur's swagger declares 200 with an empty body. */
export function sendEmpty(reply: FastifyReply): FastifyReply {
  return reply.code(200).header('content-length', '0').send();
}
