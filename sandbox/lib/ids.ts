import { randomBytes, randomInt } from 'node:crypto';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** A new opaque Concur-like id, e.g. `gWjYOjoOorT3dhpHGto5H$poJuoa0m` (Concur ids often contain `$`). */
export function newConcurId(length = 28): string {
  const bytes = randomBytes(length);
  const chars = Array.from(bytes, (byte) => ALPHABET[byte % ALPHABET.length]);
  chars[randomInt(4, length - 4)] = '$';
  return chars.join('');
}

export function newOpaqueToken(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}
