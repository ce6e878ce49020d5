/**
 * Wraps a value from the data (a person's name, an email address, an acronym like "1267 MT") in
 * Unicode directional isolates before it goes into a translated sentence, so a Latin value keeps its
 * own order inside Arabic text, and the other way round. In JSX, <bdi> does the same.
 */
export function isolate(value: string): string {
  return `\u2068${value}\u2069`;
}
