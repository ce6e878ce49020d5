import { Alert, Button, Stack, Text } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { errorDetail } from '../../components/errors';
import { useErrorTitle } from '../../components/QueryStates';
import type { AcknowledgementFieldsFragment } from '../../gql/graphql';
import { useFormatters } from '../../i18n/format';
import { AcknowledgeAssistanceRequestDocument } from './operations';

/**
 * "Seen by UNODC, 2 Dec": the entities that have told the State and the coordinators they have the request
 * in hand, and the button that says so for the viewer's organization. An entity sees its own only, so "none yet"
 * is said to those who see all (`seesAll`: the State, coordinators).
 */
export function Acknowledgements({ request, seesAll }: { request: AcknowledgementFieldsFragment; seesAll: boolean }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const errorTitle = useErrorTitle();
  const [acknowledge, acknowledging] = useMutation(AcknowledgeAssistanceRequestDocument);

  return (
    <Stack gap={6} align="flex-start">
      {request.acknowledgements.length === 0 ? (
        seesAll && <span>{t('requests.acknowledgements.none')}</span>
      ) : (
        <Stack component="ul" className="plain-list" gap={2}>
          {request.acknowledgements.map((seen) => (
            <li key={seen.id}>
              <bdi title={seen.organization.name}>{seen.organization.acronym ?? seen.organization.name}</bdi>
              {', '}
              <time dateTime={seen.acknowledgedAt}>{format.date(seen.acknowledgedAt)}</time>
            </li>
          ))}
        </Stack>
      )}
      {request.viewerCanAcknowledge && (
        <>
          <Button
            size="xs"
            variant="default"
            loading={acknowledging.loading}
            onClick={() =>
              void acknowledge({ variables: { id: request.id, language: format.language } }).catch(() => {
                // Shown below.
              })
            }
          >
            {t('requests.acknowledgements.action')}
          </Button>
          <Text size="xs" c="dimmed">
            {t('requests.acknowledgements.help')}
          </Text>
        </>
      )}
      {acknowledging.error && (
        <Alert color="red" role="alert" title={errorTitle(acknowledging.error)}>
          {errorDetail(acknowledging.error)}
        </Alert>
      )}
    </Stack>
  );
}
