import { describe, expect, it } from 'vitest';
import { quoteExcerpt } from './quote-excerpt';

describe('quoteExcerpt', () => {
  it('takes the first line that says something, as it reads', () => {
    expect(quoteExcerpt('\n## The **transfers** go through [three exchanges](https://example.org).')).toBe(
      'The transfers go through three exchanges.',
    );
    expect(quoteExcerpt('> quoted _earlier_\n\nand my answer')).toBe('quoted earlier …');
    expect(quoteExcerpt('```\ncode()\n```')).toBe('code()');
    expect(quoteExcerpt('- first item\n')).toBe('first item');
    expect(quoteExcerpt('snake_case_name stays')).toBe('snake_case_name stays');
  });

  it('cuts a long line, counting characters rather than code units', () => {
    expect(quoteExcerpt('a'.repeat(200), 10)).toBe(`${'a'.repeat(9)}…`);
    expect(quoteExcerpt('👍'.repeat(20), 5)).toBe('👍👍👍👍…');
  });

  it('keeps markup as text, to be shown as text', () => {
    expect(quoteExcerpt('<img src=x onerror=alert(1)> hello')).toBe('<img src=x onerror=alert(1)> hello');
  });

  it('is empty for a post with nothing to read', () => {
    expect(quoteExcerpt('  \n\n')).toBe('');
  });
});
