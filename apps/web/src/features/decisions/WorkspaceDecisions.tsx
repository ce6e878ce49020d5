import { useState } from 'react';
import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { DecisionStatus } from '@ctcp/shared';
import { PlusIcon } from '../../components/icons';
import { DecisionListSection } from './DecisionListSection';
import { WorkspaceDecisionRightsDocument } from './operations';
import { ProposeDecisionDialog } from './ProposeDecisionDialog';

/** A workspace's "Decisions" tab: its decisions, and a proposal form for its owners, moderators and coordinators. */
export function WorkspaceDecisions({ workspaceId }: { workspaceId: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [status, setStatus] = useState<DecisionStatus | null>(null);
  const [proposing, setProposing] = useState(false);
  const { data } = useQuery(WorkspaceDecisionRightsDocument, { variables: { id: workspaceId } });

  return (
    <Stack gap="sm" component="section" aria-labelledby="decisions-heading">
      <Group justify="space-between" align="flex-start" gap="sm">
        <Stack gap={4}>
          <Title order={2} size="h4" id="decisions-heading">
            {t('decisions.title')}
          </Title>
          <Text c="dimmed" size="sm" maw={720}>
            {t('decisions.intro')}
          </Text>
        </Stack>
        {data?.workspace.viewerMayProposeDecision && (
          <Button leftSection={<PlusIcon size={18} />} onClick={() => setProposing(true)}>
            {t('decisions.propose')}
          </Button>
        )}
      </Group>
      <DecisionListSection workspaceId={workspaceId} status={status} onStatusChange={setStatus} />
      {proposing && (
        <ProposeDecisionDialog
          workspaceId={workspaceId}
          onClose={() => setProposing(false)}
          onProposed={(id) => navigate(`/decisions/${id}`)}
        />
      )}
    </Stack>
  );
}
