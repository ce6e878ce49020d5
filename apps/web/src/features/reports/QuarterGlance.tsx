import { Anchor, Card, Group, Skeleton, Stack, Title } from '@mantine/core';
import { useId } from 'react';
import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { quarterOf } from '../../components/quarters';
import { useFormatters } from '../../i18n/format';
import { KeyFigures } from './KeyFigures';
import { DashboardDocument } from './operations';
import { useKeyFigures } from './useKeyFigures';
import { useQuarterLabel } from './useQuarterLabel';
import type { QuarterFiguresFieldsFragment } from '../../gql/graphql';

/** This quarter's key figures, for a coordinator's home page; the dashboard has the rest. */
export function QuarterGlance() {
  const { t } = useTranslation();
  const { language } = useFormatters();
  const label = useQuarterLabel();
  const headingId = useId();
  const quarter = quarterOf(new Date());
  const { data } = useQuery(DashboardDocument, { variables: { ...quarter, language } });
  return (
    <Card withBorder radius="md" p={{ base: 'md', sm: 'lg' }} component="section" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Group justify="space-between" gap="xs">
          <Title order={2} size="h5" id={headingId}>
            {t('myWork.quarter', { quarter: label.short(quarter) })}
          </Title>
          <Anchor component={Link} to="/dashboard" size="sm" fw={600}>
            {t('myWork.openDashboard')}
          </Anchor>
        </Group>
        {data ? <Figures figures={data.quarterlyReport} /> : <Skeleton height={88} radius="md" />}
      </Stack>
    </Card>
  );
}

function Figures({ figures }: { figures: QuarterFiguresFieldsFragment }) {
  return <KeyFigures figures={useKeyFigures(figures).slice(0, 3)} />;
}
