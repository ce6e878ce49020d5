/** An ILIKE pattern that matches `text` anywhere, with the user's % and _ taken literally. */
export function likePattern(text: string): string {
  return `%${text.trim().replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
}
