import type { ReactNode } from 'react';
import { Anchor, Group, Table, Text } from '@mantine/core';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { ScrollTable } from '../../components/ScrollTable';
import { ToneBadge } from '../../components/ToneBadge';
import type { ContributionFieldsFragment } from '../../gql/graphql';
import { useFormatters } from '../../i18n/format';
import { useContributionAmount, useUsd } from '../../i18n/money';
import { ClassificationBadge as MarkingBadge } from '../workspaces';

interface ContributionTableProps {
  label: string;
  contributions: readonly ContributionFieldsFragment[];
  /** Hides the project column (on a project's own page). */
  withProject?: boolean;
  /** A last cell per row, e.g. an edit button. */
  action?: (contribution: ContributionFieldsFragment) => ReactNode;
}

/** Contributions: when, from whom (with the marking of one earmarked for a marked project), what, for what. */
export function ContributionTable({ label, contributions, withProject = true, action }: ContributionTableProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const usd = useUsd();
  const amountOf = useContributionAmount();
  return (
    <ScrollTable label={label} minWidth={withProject ? 960 : 720}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('funding.date')}</Table.Th>
          <Table.Th scope="col">{t('funding.donor')}</Table.Th>
          <Table.Th scope="col">{t('funding.kind')}</Table.Th>
          <Table.Th scope="col" ta="end">
            {t('funding.amount')}
          </Table.Th>
          {withProject && <Table.Th scope="col">{t('funding.project')}</Table.Th>}
          <Table.Th scope="col">{t('funding.purpose')}</Table.Th>
          {action && (
            <Table.Th scope="col">
              <span className="visually-hidden">{t('common.actions')}</span>
            </Table.Th>
          )}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {contributions.map((contribution) => (
          <Table.Tr key={contribution.id}>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>{format.date(contribution.date)}</Table.Td>
            <Table.Td>
              <Group gap={6} wrap="wrap">
                <bdi>{contribution.donor.name}</bdi>
                {contribution.project && <MarkingBadge classification={contribution.project.classification} />}
              </Group>
            </Table.Td>
            <Table.Td>
              <ToneBadge tone={contribution.kind === 'RECEIPT' ? 'success' : 'info'}>
                {t(`enums.contributionKind.${contribution.kind}`)}
              </ToneBadge>
              {contribution.inKind && (
                <Text size="xs" c="dimmed" mt={4}>
                  {t('funding.inKind')}
                </Text>
              )}
            </Table.Td>
            <Table.Td ta="end" className="figure-cell">
              <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                {amountOf(contribution)}
              </Text>
              {contribution.outstandingUsd != null && contribution.outstandingUsd > 0 && (
                <Text size="xs" c="dimmed">
                  {t('funding.outstandingAmount', { amount: usd.full(contribution.outstandingUsd) })}
                </Text>
              )}
              {contribution.fulfils.length > 0 && (
                <Text size="xs" c="dimmed">
                  {t('funding.towardsPledges', {
                    amount: usd.full(contribution.fulfils.reduce((sum, row) => sum + row.amountUsd, 0)),
                  })}
                </Text>
              )}
            </Table.Td>
            {withProject && (
              <Table.Td>
                {contribution.project ? (
                  <Anchor component={Link} to={`/projects/${contribution.project.id}`} size="sm">
                    <bdi>{contribution.project.title}</bdi>
                  </Anchor>
                ) : (
                  <Text size="sm" c="dimmed">
                    {t('funding.unearmarked')}
                  </Text>
                )}
              </Table.Td>
            )}
            <Table.Td>
              <Text size="sm" lineClamp={2}>
                <bdi>{contribution.purpose}</bdi>
              </Text>
            </Table.Td>
            {action && <Table.Td>{action(contribution)}</Table.Td>}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </ScrollTable>
  );
}
