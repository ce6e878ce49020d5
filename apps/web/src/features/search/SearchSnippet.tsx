import { Box, type BoxProps } from '@mantine/core';

interface SearchSnippetProps extends BoxProps {
  /** The api's snippet: escaped text with the matched words in <mark>. */
  html: string;
}

export function SearchSnippet({ html, ...props }: SearchSnippetProps) {
  return (
    <Box
      component="span"
      className="search-snippet"
      display="block"
      fz="sm"
      c="dimmed"
      {...props}
      // Safe: the api escapes the record's text and adds only <mark> tags around the matched words.
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}
