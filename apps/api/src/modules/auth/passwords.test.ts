import { describe, expect, it } from 'vitest';
import { hashPassword, NEW_PASSWORD_QUEUE_MAX, verifyPassword } from './passwords.js';

describe('password hashing', () => {
  it('hashes one new password at a time with a short queue, refusing beyond it until the queue drains', async () => {
    const accepted = Array.from({ length: NEW_PASSWORD_QUEUE_MAX + 1 }, (_, index) =>
      hashPassword(`password-${index}`),
    );
    await expect(hashPassword('one-too-many')).rejects.toMatchObject({ extensions: { code: 'RATE_LIMITED' } });
    const hashes = await Promise.all(accepted);
    expect(await verifyPassword(hashes[3], 'password-3')).toBe(true);
    expect(await verifyPassword(hashes[3], 'password-4')).toBe(false);
    await expect(hashPassword('room-again')).resolves.toMatch(/^\$argon2id\$/);
  }, 120_000);
});
