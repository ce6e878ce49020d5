import { Group } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { REACTION_EMOJI, type ReactionEmoji } from '@ctcp/shared';
import type { ToggleReactionMutation } from '../../gql/graphql';
import { useFormatters } from '../../i18n/format';
import { ToggleReactionDocument } from './operations';
import classes from './Reactions.module.css';

export interface Reaction {
  emoji: string;
  count: number;
  viewerReacted: boolean;
}

/** Names for the emoji, so a screen reader says "Thumbs up, 3, pressed" whatever its emoji support. */
const EMOJI_NAME_KEYS = {
  '👍': 'thumbsUp',
  '❤️': 'heart',
  '🎉': 'celebrate',
  '👀': 'eyes',
  '✅': 'done',
  '🙏': 'thanks',
} as const satisfies Record<ReactionEmoji, string>;

/** The reactions after the viewer toggles `emoji`: shown at once, before the api answers. */
export function toggledReactions(reactions: readonly Reaction[], emoji: string): Reaction[] {
  const existing = reactions.find((reaction) => reaction.emoji === emoji);
  if (!existing) return [...reactions, { emoji, count: 1, viewerReacted: true }];
  return reactions
    .map((reaction) =>
      reaction.emoji !== emoji
        ? reaction
        : {
            ...reaction,
            count: reaction.count + (reaction.viewerReacted ? -1 : 1),
            viewerReacted: !reaction.viewerReacted,
          },
    )
    .filter((reaction) => reaction.count > 0);
}

interface ReactionsBarProps {
  postId: string;
  reactions: readonly Reaction[];
  /** Members react; readers only see the counts. */
  canReact: boolean;
}

/** One toggle button per allowed emoji, with its count and whether the viewer pressed it. */
export function ReactionsBar({ postId, reactions, canReact }: ReactionsBarProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const [toggleReaction] = useMutation(ToggleReactionDocument);

  const toggle = (emoji: ReactionEmoji) => {
    // Shown at once; the cache needs the type names to find the post.
    const optimisticResponse = {
      toggleReaction: {
        __typename: 'Post',
        id: postId,
        reactions: toggledReactions(reactions, emoji).map((reaction) => ({
          __typename: 'ReactionSummary',
          ...reaction,
        })),
      },
    } as ToggleReactionMutation;
    void toggleReaction({ variables: { input: { postId, emoji } }, optimisticResponse }).catch(() => undefined);
  };

  const shown = REACTION_EMOJI.filter(
    (emoji) => canReact || reactions.some((reaction) => reaction.emoji === emoji && reaction.count > 0),
  );
  if (shown.length === 0) return null;

  return (
    <Group gap={6} role="group" aria-label={t('discussions.reactions')} className="reactions">
      {shown.map((emoji) => {
        const reaction = reactions.find((candidate) => candidate.emoji === emoji);
        const count = reaction?.count ?? 0;
        const pressed = reaction?.viewerReacted ?? false;
        const name = t(`discussions.emoji.${EMOJI_NAME_KEYS[emoji]}`);
        return (
          <button
            key={emoji}
            type="button"
            className={classes.reactionButton}
            aria-pressed={pressed}
            disabled={!canReact}
            aria-label={count > 0 ? t('discussions.reactionCount', { name, number: format.number(count) }) : name}
            title={name}
            onClick={() => toggle(emoji)}
          >
            <span aria-hidden="true" className={classes.reactionEmoji}>
              {emoji}
            </span>
            {count > 0 && (
              <span aria-hidden="true" className="reaction-count">
                {format.number(count)}
              </span>
            )}
          </button>
        );
      })}
    </Group>
  );
}
