import { useState } from 'react';
import { ActionIcon, Button, Group, Menu, Stack, Text } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { MilestoneStatus } from '@ctcp/shared';
import { MoreIcon, PlusIcon } from '../../components/icons';
import { Section } from '../../components/Section';
import { useFormatters } from '../../i18n/format';
import { isolate } from '../../i18n/bidi';
import { MilestoneStatusBadge } from './badges';
import { DeleteMilestoneDialog, MilestoneDialog } from './MilestoneDialog';
import { ProjectDetailDocument, SetProjectMilestoneDocument } from './operations';
import classes from './MilestonesSection.module.css';

export interface Milestone {
  id: string;
  title: string;
  dueDate: string;
  status: MilestoneStatus;
}

interface MilestonesSectionProps {
  projectId: string;
  milestones: readonly Milestone[];
  /** The viewer may add, change and delete milestones. */
  editable: boolean;
}

type Dialog = { kind: 'edit'; milestone: Milestone | null } | { kind: 'delete'; milestone: Milestone } | null;

/** A project's milestones by due date; its editors add them, mark them done, change and delete them. */
export function MilestonesSection({ projectId, milestones, editable }: MilestonesSectionProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const [dialog, setDialog] = useState<Dialog>(null);
  const [setMilestone, { loading }] = useMutation(SetProjectMilestoneDocument, {
    refetchQueries: [ProjectDetailDocument],
  });

  const markDone = (milestone: Milestone) =>
    setMilestone({
      variables: {
        input: { projectId, id: milestone.id, title: milestone.title, dueDate: milestone.dueDate, status: 'DONE' },
      },
    }).catch(() => undefined);

  return (
    <Section
      title={t('projects.milestones.title')}
      actions={
        editable && (
          <Button
            size="xs"
            variant="default"
            leftSection={<PlusIcon size={16} />}
            onClick={() => setDialog({ kind: 'edit', milestone: null })}
          >
            {t('projects.milestones.add')}
          </Button>
        )
      }
    >
      {milestones.length === 0 ? (
        <Text c="dimmed">{t('projects.milestones.empty')}</Text>
      ) : (
        <Stack component="ol" className={`plain-list ${classes.milestoneList}`} gap={0}>
          {milestones.map((milestone) => (
            <Group component="li" key={milestone.id} justify="space-between" gap="sm" py="xs" wrap="nowrap">
              <Stack gap={2} style={{ minWidth: 0 }}>
                <Text fw={500} style={{ overflowWrap: 'anywhere' }}>
                  <bdi>{milestone.title}</bdi>
                </Text>
                <Group gap="xs">
                  <Text size="sm" c="dimmed">
                    {t('projects.milestones.due', { date: format.date(milestone.dueDate) })}
                  </Text>
                  <MilestoneStatusBadge status={milestone.status} />
                </Group>
              </Stack>
              {editable && (
                <Group gap={4} wrap="nowrap">
                  {milestone.status === 'PENDING' && (
                    <Button
                      size="compact-sm"
                      variant="light"
                      loading={loading}
                      onClick={() => void markDone(milestone)}
                    >
                      {t('projects.milestones.markDone')}
                    </Button>
                  )}
                  <Menu position="bottom-end" withinPortal>
                    <Menu.Target>
                      <ActionIcon
                        variant="subtle"
                        aria-label={t('projects.milestones.moreFor', { title: isolate(milestone.title) })}
                      >
                        <MoreIcon size={18} />
                      </ActionIcon>
                    </Menu.Target>
                    <Menu.Dropdown>
                      <Menu.Item onClick={() => setDialog({ kind: 'edit', milestone })}>
                        {t('projects.milestones.edit')}
                      </Menu.Item>
                      <Menu.Item color="red" onClick={() => setDialog({ kind: 'delete', milestone })}>
                        {t('projects.milestones.delete')}
                      </Menu.Item>
                    </Menu.Dropdown>
                  </Menu>
                </Group>
              )}
            </Group>
          ))}
        </Stack>
      )}
      {dialog?.kind === 'edit' && (
        <MilestoneDialog projectId={projectId} milestone={dialog.milestone} onClose={() => setDialog(null)} />
      )}
      {dialog?.kind === 'delete' && (
        <DeleteMilestoneDialog milestone={dialog.milestone} onClose={() => setDialog(null)} />
      )}
    </Section>
  );
}
