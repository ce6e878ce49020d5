import { Anchor, Table, Text } from '@mantine/core';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { ScrollTable } from '../../components/ScrollTable';
import type { DecisionListFieldsFragment } from '../../gql/graphql';
import { useFormatters } from '../../i18n/format';
import { DecisionStatusBadge } from './badges';
import { Countdown } from './Countdown';

/** Decisions with their status, and the deadline counting down while they are open. */
export function DecisionList({
  decisions,
  showWorkspace,
}: {
  decisions: DecisionListFieldsFragment[];
  showWorkspace: boolean;
}) {
  const { t } = useTranslation();
  const format = useFormatters();
  return (
    <ScrollTable label={t('decisions.tableLabel')} minWidth={showWorkspace ? 860 : 640}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('decisions.titleLabel')}</Table.Th>
          {showWorkspace && <Table.Th scope="col">{t('decisions.workspace')}</Table.Th>}
          <Table.Th scope="col">{t('decisions.statusLabel')}</Table.Th>
          <Table.Th scope="col">{t('decisions.deadline')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {decisions.map((decision) => (
          <Table.Tr key={decision.id}>
            <Table.Td>
              <Anchor component={Link} to={`/decisions/${decision.id}`} fw={500}>
                <bdi>{decision.title}</bdi>
              </Anchor>
            </Table.Td>
            {showWorkspace && (
              <Table.Td>
                <Anchor component={Link} to={`/workspaces/${decision.workspace.id}?tab=decisions`} size="sm">
                  <bdi>{decision.workspace.name}</bdi>
                </Anchor>
              </Table.Td>
            )}
            <Table.Td>
              <DecisionStatusBadge status={decision.status} />
            </Table.Td>
            <Table.Td>
              {decision.status === 'OPEN' ? (
                <Countdown until={decision.silenceUntil} />
              ) : (
                <Text size="sm" c="dimmed">
                  <time dateTime={decision.silenceUntil}>{format.dateTime(decision.silenceUntil)}</time>
                </Text>
              )}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </ScrollTable>
  );
}
