import type { ReactNode } from 'react';
import { Anchor, Card, Group, SimpleGrid, Skeleton, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { EntitiesIcon, GlobeIcon, GroupsIcon, PeopleIcon } from '../components/icons';
import { Page } from '../components/Page';
import { DetailList } from '../components/DetailList';
import { ErrorState } from '../components/QueryStates';
import { ToneBadge } from '../components/ToneBadge';
import { useSignedInUser } from '../session';
import { useFormatters } from '../i18n/format';
import { HomeOverviewDocument } from './operations';
import { MyWork } from '../features/my-work';

export function HomePage() {
  const { t } = useTranslation();
  const user = useSignedInUser();
  const format = useFormatters();
  const { data, loading, error, refetch } = useQuery(HomeOverviewDocument, {
    variables: { organizationId: user.organization.id, language: format.language },
  });

  const organizationName = data?.organization.name ?? user.organization.acronym ?? '';

  return (
    <Page title={t('home.title', { name: user.name })} description={t('home.intro')}>
      <MyWork>
        <Card withBorder radius="md" p="lg">
          <Stack gap="xs">
            <Title order={2} size="h4">
              {t('home.yourAccount')}
            </Title>
            <DetailList
              items={[
                {
                  label: t('home.organization'),
                  value:
                    loading && !data ? (
                      <Skeleton height={18} width={200} />
                    ) : (
                      <Anchor component={Link} to={`/organizations/${user.organization.id}`} fw={600}>
                        <bdi>{organizationName}</bdi>
                      </Anchor>
                    ),
                },
                {
                  label: t('home.role'),
                  value: (
                    <Group gap="xs">
                      <span>{t(`enums.role.${user.role}`)}</span>
                      {user.isOrganizationAdmin && <ToneBadge tone="info">{t('users.organizationAdmin')}</ToneBadge>}
                    </Group>
                  ),
                },
              ]}
            />
          </Stack>
        </Card>

        {error && <ErrorState error={error} onRetry={() => void refetch()} />}

        <section aria-labelledby="directory-heading">
          <Stack gap="sm">
            <Title order={2} size="h4" id="directory-heading">
              {t('home.directory')}
            </Title>
            <SimpleGrid cols={{ base: 1, xs: 2, lg: 4 }} spacing="md" component="ul" className="plain-list">
              <DirectoryCard
                to="/entities"
                icon={<EntitiesIcon size={22} />}
                title={t('nav.entities')}
                description={t('home.entitiesDescription')}
                count={data?.entities.totalCount}
                loading={loading}
              />
              <DirectoryCard
                to="/states"
                icon={<GlobeIcon size={22} />}
                title={t('nav.states')}
                description={t('home.statesDescription')}
                count={data?.states.totalCount}
                loading={loading}
              />
              <DirectoryCard
                to="/working-groups"
                icon={<GroupsIcon size={22} />}
                title={t('nav.workingGroups')}
                description={t('home.workingGroupsDescription')}
                count={data?.workingGroups.length}
                loading={loading}
              />
              <DirectoryCard
                to="/people"
                icon={<PeopleIcon size={22} />}
                title={t('nav.people')}
                description={t('home.peopleDescription')}
                count={data?.users.totalCount}
                loading={loading}
              />
            </SimpleGrid>
          </Stack>
        </section>
      </MyWork>
    </Page>
  );
}

interface DirectoryCardProps {
  to: string;
  icon: ReactNode;
  title: string;
  description: string;
  count: number | undefined;
  loading: boolean;
}

function DirectoryCard({ to, icon, title, description, count, loading }: DirectoryCardProps) {
  const format = useFormatters();
  return (
    <li>
      <Card component={Link} to={to} withBorder radius="md" p="lg" h="100%" className="link-card">
        <Stack gap="sm">
          <Group justify="space-between" wrap="nowrap">
            <ThemeIcon variant="light" size={40} radius="md" aria-hidden>
              {icon}
            </ThemeIcon>
            {loading && count === undefined ? (
              <Skeleton height={28} width={48} />
            ) : (
              count !== undefined && (
                <Text fz={28} fw={700} lh={1} c="var(--mantine-color-unBlue-text)">
                  {format.number(count)}
                </Text>
              )
            )}
          </Group>
          <Text fw={650} fz="lg" component="span">
            {title}
          </Text>
          <Text c="dimmed" fz="sm">
            {description}
          </Text>
        </Stack>
      </Card>
    </li>
  );
}
