/** How long an excerpt of a quoted post is, in characters, before it is cut with "…". */
export const QUOTE_EXCERPT_LENGTH = 140;

/** A line of markdown as it reads: links and images by their text, no heading, quote or list markers, no emphasis marks. */
function readableLine(line: string): string {
  return line
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^\s{0,3}(?:>\s?)+/, '')
    .replace(/^\s{0,3}(?:#{1,6}|[-*+]|\d+[.)])\s+/, '')
    .replace(/\*\*|__|~~|`+/g, '')
    .replace(/(^|[^\p{L}\p{N}])[*_]([^*_]+)[*_]/gu, '$1$2')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The first line of a post's markdown that says something, as plain text, cut to `max` characters; "…" where
 * it is cut or more lines follow. Shown as text (never as HTML), so whatever the post holds stays inert.
 */
export function quoteExcerpt(markdown: string, max = QUOTE_EXCERPT_LENGTH): string {
  const lines = markdown
    .split(/\r?\n/)
    .filter((line) => !/^\s{0,3}(`{3,}|~{3,})/.test(line))
    .map(readableLine);
  const index = lines.findIndex((line) => line.length > 0);
  if (index < 0) return '';
  const characters = Array.from(lines[index]);
  const more = lines.slice(index + 1).some((line) => line.length > 0);
  if (characters.length > max)
    return `${characters
      .slice(0, max - 1)
      .join('')
      .trimEnd()}…`;
  return more ? `${lines[index]} …` : lines[index];
}
