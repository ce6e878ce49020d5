import { Alert, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LockIcon } from '../../components/icons';
import { DeclassificationNote, isDeclassificationScheduled } from './DeclassificationNote';
import type { MarkedRecord, ScheduledDeclassification } from './marking';
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
  /** The day its marking drops, and what to, if one is set. */
  declassification: ScheduledDeclassification;
}

/**
 * What goes with the marking of a request or a project, under its top banner: a warning when the viewer reads
 * it by break glass, who reads it when it is STRICTLY_CONFIDENTIAL, by name, and the day its marking drops.
 */
export function RecordMarkingDetails({
  record,
  readsByBreakGlass,
  named,
  declassification,
}: RecordMarkingDetailsProps) {
  const { t } = useTranslation();
  const texts = TEXTS[record];
  const scheduled = isDeclassificationScheduled(declassification);
  if (!readsByBreakGlass && named.length === 0 && !scheduled) return null;

  return (
    <Stack gap="xs" className="marking-details">
      {readsByBreakGlass && (
        <Alert color="red" variant="filled" role="alert" icon={<LockIcon size={18} />} title={t(texts.breakGlassTitle)}>
          {t(texts.breakGlassWarning)}
        </Alert>
      )}
      {named.length > 0 && <NamedPeople label={t(texts.named)} people={named} />}
      <DeclassificationNote declassifyOn={declassification.declassifyOn} declassifyTo={declassification.declassifyTo} />
    </Stack>
  );
}
