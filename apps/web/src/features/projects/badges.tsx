import { Badge, type MantineColor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MilestoneStatus, ProjectStatus } from '@ctcp/shared';

/** A classified project’s marking, as requests show theirs (amber, red); nothing for an unclassified one. */
export { ClassificationBadge as MarkingBadge } from '../workspaces';

const BADGE_STYLE = { flexShrink: 0, minWidth: 'max-content' } as const;

const PROJECT_STATUS_COLORS: Record<ProjectStatus, MantineColor> = {
  PLANNED: 'gray',
  ACTIVE: 'green',
  COMPLETED: 'unBlue',
  SUSPENDED: 'orange',
};

export function ProjectStatusBadge({ status }: { status: ProjectStatus }) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color={PROJECT_STATUS_COLORS[status]} radius="sm" tt="none" fw={600} style={BADGE_STYLE}>
      {t(`enums.projectStatus.${status}`)}
    </Badge>
  );
}

const MILESTONE_STATUS_COLORS: Record<MilestoneStatus, MantineColor> = {
  PENDING: 'orange',
  DONE: 'green',
  CANCELLED: 'gray',
};

export function MilestoneStatusBadge({ status }: { status: MilestoneStatus }) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color={MILESTONE_STATUS_COLORS[status]} radius="sm" tt="none" fw={600} style={BADGE_STYLE}>
      {t(`enums.milestoneStatus.${status}`)}
    </Badge>
  );
}
