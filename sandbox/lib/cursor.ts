import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Concur's `offset` is an opaque token inside the `NextPage` URL. The sandbox's token carries the position after which the
 * next page starts (a row sequence number, so deletions do not shift pages), bound to the list and its filters, and signed
 * so that a made-up or edited token is refused instead of silently returning another page.
 */
export interface CursorCodec {
  encode(scope: string, afterSeq: number): string;
  decode(scope: string, token: string): number | undefined;
}

export function createCursorCodec(secret: string): CursorCodec {
  const sign = (payload: string) => createHmac('sha256', secret).update(payload).digest('base64url').slice(0, 16);
  return {
    encode(scope, afterSeq) {
      const payload = Buffer.from(`${afterSeq}`).toString('base64url');
      return `${payload}${sign(`${scope}|${payload}`)}`;
    },
    decode(scope, token) {
      if (!/^[A-Za-z0-9_-]{17,64}$/.test(token)) return undefined;
      const payload = token.slice(0, -16);
      const given = Buffer.from(token.slice(-16));
      const expected = Buffer.from(sign(`${scope}|${payload}`));
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined;
      const afterSeq = Number(Buffer.from(payload, 'base64url').toString());
      return Number.isSafeInteger(afterSeq) && afterSeq >= 0 ? afterSeq : undefined;
    },
  };
}
