import { randomUUID } from 'node:crypto';
import type { FastifyReply } from 'fastify';

/**
 * Errors the gateway itself raises on `/api/v3.0/*` look like Concur's v3 errors (concur-api.md §3), so the app's client
 * has one error shape to read whether Concur or the gateway answered.
 */
export interface ConcurErrorBody {
  Error: { Message: string; 'Server-Time': string; Id: string };
}

export function concurErrorBody(message: string, now = new Date()): ConcurErrorBody {
  // Concur's Server-Time carries no time zone: `2015-03-26T17:45:54`.
  return { Error: { Message: message, 'Server-Time': now.toISOString().slice(0, 19), Id: randomUUID().toUpperCase() } };
}

export function sendConcurError(reply: FastifyReply, status: number, message: string): FastifyReply {
  return reply
    .code(status)
    .header('cache-control', 'no-store')
    .type('application/json; charset=utf-8')
    .send(JSON.stringify(concurErrorBody(message)));
}
