/** An `@query` being typed just before the caret, where the mention would start. */
export interface MentionQuery {
  /** Index of the `@`. */
  start: number;
  /** The letters typed after it (at least one). */
  query: string;
}

/**
 * `@` then a letter and more (letters, digits, `._+-@`, so a whole address may be typed), right before
 * the caret, at the start of the text or after a space or an opening bracket or quote: not inside an
 * email address or a word (`name@host` is no mention being typed).
 */
const TYPED_MENTION = /(?:^|[\s([{"'“‘«])@([\p{L}\p{M}][\p{L}\p{M}\p{N}._+@-]{0,100})$/u;

export function findMentionQuery(text: string, caret: number): MentionQuery | null {
  const match = TYPED_MENTION.exec(text.slice(0, caret));
  if (!match) return null;
  const query = match[1];
  return { start: caret - query.length - 1, query };
}

/** Replaces the `@query` with `@email ` and tells where the caret goes: right after the space. */
export function insertMention(
  text: string,
  caret: number,
  mention: MentionQuery,
  email: string,
): { text: string; caret: number } {
  const inserted = `@${email} `;
  const after = text.slice(caret).replace(/^ /, '');
  return { text: text.slice(0, mention.start) + inserted + after, caret: mention.start + inserted.length };
}
