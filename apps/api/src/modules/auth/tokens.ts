import { createHash, createSecretKey, type KeyObject, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * The key that signs and checks access tokens, made once: given the secret as a string, the JWT library
 * tries it as a public key first, failing with an exception at every request.
 */
export function accessTokenKey(jwtSecret: string): KeyObject {
  return createSecretKey(Buffer.from(jwtSecret));
}

export function randomToken(): string {
  return randomBytes(32).toString('base64url');
}

export function sha256(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}

export function sameHash(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/**
 * A token that names a record and proves it: `<id>.<secret>`, the id a UUID, the secret 32 bytes in
 * base64url (a random one, or a signature). Refresh tokens (session id) and unsubscribe links (person id).
 */
export function formatIdAndSecret(id: string, secret: string): string {
  return `${id}.${secret}`;
}

export function parseIdAndSecret(token: string): { id: string; secret: string } | null {
  const match = /^([0-9a-f-]{36})\.([A-Za-z0-9_-]{43})$/.exec(token);
  return match ? { id: match[1], secret: match[2] } : null;
}
