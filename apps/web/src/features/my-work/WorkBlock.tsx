import { type ReactNode, useId } from 'react';
import { Anchor, Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../i18n/format';

interface WorkBlockProps {
  title: string;
  connection: { totalCount: number; totalCountIsExact: boolean };
  /** The full list, filtered as the block is. */
  to: string;
  /** What an empty block says. */
  empty: string;
  children: ReactNode;
}

/** One block of the home page: its count, its first few items, a link to all of them. */
export function WorkBlock({ title, connection, to, empty, children }: WorkBlockProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const headingId = useId();
  const count = format.count(connection);
  return (
    <Card withBorder radius="md" p={{ base: 'md', sm: 'lg' }} component="section" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Group justify="space-between" gap="xs" wrap="nowrap">
          <Title order={2} size="h5" id={headingId}>
            {title}
          </Title>
          <Badge variant="light" color={connection.totalCount > 0 ? 'unBlue' : 'gray'} radius="sm" aria-hidden>
            {count}
          </Badge>
        </Group>
        {connection.totalCount === 0 ? (
          <Text c="dimmed" size="sm">
            {empty}
          </Text>
        ) : (
          <Stack component="ul" className="plain-list" gap="sm">
            {children}
          </Stack>
        )}
        {connection.totalCount > 0 && (
          <Anchor component={Link} to={to} size="sm" fw={600}>
            {t('myWork.seeAll', { count })}
          </Anchor>
        )}
      </Stack>
    </Card>
  );
}
