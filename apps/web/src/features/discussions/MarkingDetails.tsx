import { Alert, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LockIcon } from '../../components/icons';
import type { ThreadMarkingFieldsFragment } from '../../gql/graphql';
import { DeclassificationNote, isDeclassificationScheduled } from './DeclassificationNote';
import { NamedPeople } from './NamedPeople';

/**
 * What goes with a thread's marking, under its top banner: a warning when the viewer reads it by break
 * glass, the people named on a STRICTLY_CONFIDENTIAL thread, and the day its marking drops.
 */
export function MarkingDetails({ thread }: { thread: ThreadMarkingFieldsFragment }) {
  const { t } = useTranslation();
  const named = thread.classification === 'STRICTLY_CONFIDENTIAL' ? byAuthorThenName(thread) : [];
  const scheduled = isDeclassificationScheduled(thread);
  if (!thread.viewerReadsByBreakGlass && named.length === 0 && !scheduled) return null;

  return (
    <Stack gap="xs" className="marking-details">
      {thread.viewerReadsByBreakGlass && (
        <Alert
          color="red"
          variant="filled"
          role="alert"
          icon={<LockIcon size={18} />}
          title={t('discussions.marking.breakGlassReadTitle')}
        >
          {t('discussions.marking.breakGlassReadWarning')}
        </Alert>
      )}
      {named.length > 0 && (
        <NamedPeople
          label={t('discussions.marking.namedOnThread')}
          people={named.map((author, index) => ({
            key: author.person?.id ?? `hidden-${index}`,
            name: author.name,
            organization: author.organization.acronym,
          }))}
        />
      )}
      <DeclassificationNote declassifyOn={thread.declassifyOn} declassifyTo={thread.declassifyTo} />
    </Stack>
  );
}

/** The people named on the thread, its author first, then by name (the api names them all at once). */
function byAuthorThenName(thread: ThreadMarkingFieldsFragment) {
  const authorId = thread.author.person?.id;
  const isAuthor = (participant: ThreadMarkingFieldsFragment['participants'][number]) =>
    authorId !== undefined && participant.person?.id === authorId;
  return [...thread.participants].sort(
    (a, b) => Number(isAuthor(b)) - Number(isAuthor(a)) || a.name.localeCompare(b.name),
  );
}
