import { Anchor, Box, CloseButton, Group, Text } from '@mantine/core';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { PostFieldsFragment } from '../../gql/graphql';
import { isolate } from '../../i18n/bidi';
import { quoteExcerpt } from './quote-excerpt';

/** The post a reply quotes, as the api gives it (`Post.quotedPost`). */
export type QuotedPost = NonNullable<PostFieldsFragment['quotedPost']>;
/** A post being quoted by the reply being written. */
export type QuotingPost = Pick<PostFieldsFragment, 'id' | 'body'> & { author: { name: string } };

/**
 * Above a reply: who it answers and the first words of what they wrote (plain text), leading to that post.
 * A quoted post deleted since says so.
 */
export function QuoteBlock({ quoted }: { quoted: QuotedPost }) {
  const { t } = useTranslation();
  const excerpt = quoted.deleted ? '' : quoteExcerpt(quoted.body ?? '');
  return (
    <Box
      component="blockquote"
      m={0}
      py={6}
      px="sm"
      style={{
        borderInlineStart: '3px solid var(--mantine-color-default-border)',
        borderStartEndRadius: 'var(--mantine-radius-sm)',
        borderEndEndRadius: 'var(--mantine-radius-sm)',
        backgroundColor: 'var(--mantine-color-default-hover)',
      }}
    >
      <Anchor component={Link} to={{ hash: `post-${quoted.id}` }} size="xs" fw={650}>
        {t('discussions.quote.inReplyTo', { name: isolate(quoted.author.name) })}
      </Anchor>
      {quoted.deleted ? (
        <Text size="sm" c="dimmed" fs="italic">
          {t('discussions.quote.deleted')}
        </Text>
      ) : (
        excerpt && (
          <Text size="sm" c="dimmed" dir="auto" lineClamp={2}>
            {excerpt}
          </Text>
        )
      )}
    </Box>
  );
}

/** Above the reply form: the post the reply will quote, with a way to stop quoting it. */
export function QuoteChip({ quoting, onRemove }: { quoting: QuotingPost; onRemove: () => void }) {
  const { t } = useTranslation();
  return (
    <Group
      gap="xs"
      wrap="nowrap"
      py={4}
      ps="sm"
      pe={4}
      style={{
        border: '1px solid var(--mantine-color-default-border)',
        borderInlineStart: '3px solid var(--mantine-primary-color-filled)',
        borderRadius: 'var(--mantine-radius-sm)',
      }}
    >
      <Text size="sm" truncate="end" style={{ flex: 1, minWidth: 0 }}>
        {t('discussions.quote.replyingTo', {
          name: isolate(quoting.author.name),
          excerpt: isolate(quoteExcerpt(quoting.body ?? '')),
        })}
      </Text>
      <CloseButton size="sm" aria-label={t('discussions.quote.remove')} onClick={onRemove} />
    </Group>
  );
}
