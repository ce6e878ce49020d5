import { Anchor, Card, Group, Stack, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { BackLink } from '../../components/BackLink';
import { DetailList } from '../../components/DetailList';
import { LoadingOrErrorPage } from '../../components/LoadingOrErrorPage';
import { Page } from '../../components/Page';
import { ToneBadge } from '../../components/ToneBadge';
import { useFormatters } from '../../i18n/format';
import { PersonDocument } from './operations';

/** One person: where mention links in posts lead. */
export function PersonPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { language } = useFormatters();
  const { data, loading, error, refetch } = useQuery(PersonDocument, { variables: { id, language } });

  if (error || !data) {
    return <LoadingOrErrorPage title={t('person.title')} loading={loading} error={error} onRetry={refetch} />;
  }
  const person = data.user;
  const organization = person.organization;

  return (
    <Page
      title={person.name}
      breadcrumb={<BackLink to="/people" label={t('nav.people')} />}
      actions={
        <Group gap={6}>
          {person.isOrganizationAdmin && <ToneBadge tone="info">{t('users.organizationAdmin')}</ToneBadge>}
          {person.disabled && <ToneBadge tone="danger">{t('users.disabled')}</ToneBadge>}
        </Group>
      }
    >
      <Card withBorder radius="md" p={{ base: 'md', sm: 'lg' }} component="section" aria-labelledby="person-heading">
        <Stack gap="sm">
          <Title order={2} size="h4" id="person-heading">
            {t('person.details')}
          </Title>
          <DetailList
            items={[
              {
                label: t('users.organization'),
                value: (
                  <Anchor component={Link} to={`/organizations/${organization.id}`}>
                    <bdi>
                      {organization.acronym && organization.acronym !== organization.name
                        ? `${organization.acronym} – ${organization.name}`
                        : organization.name}
                    </bdi>
                  </Anchor>
                ),
              },
              { label: t('users.role'), value: t(`enums.role.${person.role}`) },
              {
                label: t('users.email'),
                value: (
                  <Anchor href={`mailto:${person.email}`}>
                    <bdi>{person.email}</bdi>
                  </Anchor>
                ),
              },
            ]}
          />
        </Stack>
      </Card>
    </Page>
  );
}
