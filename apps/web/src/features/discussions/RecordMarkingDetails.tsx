import { Alert, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LockIcon } from '../../components/icons';
import type { MarkedRecord } from './marking';
import { type NamedPerson, NamedPeople } from './NamedPeople';

/** What the details say for each kind of record. */
const TEXTS = {
  request: {
    named: 'requests.marking.namedOnRequest',
    breakGlassTitle: 'requests.marking.breakGlassReadTitle',
    breakGlassWarning: 'requests.marking.breakGlassReadWarning',
  },
  project: {
    named: 'projects.marking.namedOnProject',
    breakGlassTitle: 'projects.marking.breakGlassReadTitle',
    breakGlassWarning: 'projects.marking.breakGlassReadWarning',
  },
} as const;

interface RecordMarkingDetailsProps {
  /** What is marked: an assistance request or a joint project. */
  record: MarkedRecord;
  /** The viewer reads it through a break-glass grant, read-only. */
  readsByBreakGlass: boolean;
  /** Who reads a STRICTLY_CONFIDENTIAL record, in the order shown; none for one marked lower. */
  named: readonly NamedPerson[];
}

/**
 * What goes with the marking of a request or a project, under its top banner: a warning when the viewer reads
 * it by break glass, and who reads it when it is STRICTLY_CONFIDENTIAL, by name.
 */
export function RecordMarkingDetails({ record, readsByBreakGlass, named }: RecordMarkingDetailsProps) {
  const { t } = useTranslation();
  const texts = TEXTS[record];
  if (!readsByBreakGlass && named.length === 0) return null;

  return (
    <Stack gap="xs" className="marking-details">
      {readsByBreakGlass && (
        <Alert color="red" variant="filled" role="alert" icon={<LockIcon size={18} />} title={t(texts.breakGlassTitle)}>
          {t(texts.breakGlassWarning)}
        </Alert>
      )}
      {named.length > 0 && <NamedPeople label={t(texts.named)} people={named} />}
    </Stack>
  );
}
