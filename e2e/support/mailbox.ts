import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type ParsedMail, simpleParser } from 'mailparser';
import { expect, inject } from 'vitest';

// The mail the product sent during the run, as the test SMTP server of support/mail-server.ts received it.

/** The newest message to `address` once there are more than `seenBefore` of them. */
export async function nextMailTo(address: string, seenBefore: number): Promise<ParsedMail> {
  let messages: ParsedMail[] = [];
  await expect
    .poll(async () => {
      messages = await mailTo(address);
      return messages.length;
    })
    .toBeGreaterThan(seenBefore);
  return messages.at(-1)!;
}

/** Every message received for `address`, oldest first. */
export async function mailTo(address: string): Promise<ParsedMail[]> {
  const directory = inject('mailDir');
  const files = (await readdir(directory)).sort();
  const messages = await Promise.all(files.map(async (file) => simpleParser(await readFile(join(directory, file)))));
  return messages.filter((mail) => JSON.stringify(mail.to).includes(address));
}
