import argon2 from 'argon2';
import pLimit from 'p-limit';
import { rateLimited, unavailable } from '../../common/errors.js';

/**
 * argon2id with the library's defaults (64 MiB, 3 passes), which follow OWASP's guidance. Each hash or check
 * takes one of libuv's four threads for a few hundred milliseconds, the threads that also read files: so
 * they are bounded. Checks at sign-in take at most two at once, with a queue beyond which the service is
 * busy (UNAVAILABLE): a sign-in that would wait seconds for its check is better told at once to try again,
 * than left holding one of the api's places (request-gate.ts) while clients give up. New passwords
 * (accepting an invitation, a reset, a change) take at most one, with a short queue beyond which the answer
 * is RATE_LIMITED, so that no flood of them can starve sign-in or file serving.
 */
const checks = pLimit(2);
/** Sign-in checks waiting for their turn, beyond which another is refused: about 3 s of checks on 2 cores. */
export const PASSWORD_CHECK_QUEUE_MAX = 16;
const newPasswords = pLimit(1);
/** New passwords waiting for their turn, beyond which another is refused. */
export const NEW_PASSWORD_QUEUE_MAX = 8;

const hash = (password: string) => argon2.hash(password, { type: argon2.argon2id });

export async function hashPassword(password: string): Promise<string> {
  if (newPasswords.activeCount + newPasswords.pendingCount > NEW_PASSWORD_QUEUE_MAX) throw rateLimited(5);
  return newPasswords(() => hash(password));
}

/**
 * Throws UNAVAILABLE when the sign-in checks' queue is full. Called before the attempt is counted (a
 * pending attempt counts as failed), so that a busy service does not use up a person's attempts; the
 * statements in between let a few more in, which the bound can bear.
 */
export function assertPasswordCheckRoom(): void {
  if (checks.pendingCount >= PASSWORD_CHECK_QUEUE_MAX) throw unavailable();
}

export function verifyPassword(hash: string, password: string): Promise<boolean> {
  return checks(async () => {
    try {
      return await argon2.verify(hash, password);
    } catch {
      return false;
    }
  });
}

/** Verifying against this when the account does not exist keeps the timing of both answers alike. */
let dummyHash: Promise<string> | undefined;
export function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hash('not-a-real-password-but-a-timing-equalizer');
  return dummyHash;
}
