import { useState } from 'react';
import { Alert, Anchor, Button, Group, Modal, Select, Stack, Text } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { errorDetail } from '../../components/errors';
import type { Quarter } from '../../components/quarters';
import { useErrorTitle } from '../../components/QueryStates';
import { useFormatters } from '../../i18n/format';
import { PublishQuarterlyReportDocument, ReportBodiesDocument } from './operations';

/**
 * "Publish to a body": posts the quarter's report, with its PDF, as a new thread in a governance body's
 * workspace. Shown only to those who may publish to at least one body.
 */
export function PublishReportButton({ quarter, label }: { quarter: Quarter; label: string }) {
  const { t } = useTranslation();
  const { language } = useFormatters();
  const [open, setOpen] = useState(false);
  const { data } = useQuery(ReportBodiesDocument, { variables: { language } });
  const bodies = (data?.governanceBodies ?? []).filter((body) => body.viewerMayPublishReports);
  if (bodies.length === 0) return null;
  return (
    <>
      <Button variant="default" onClick={() => setOpen(true)}>
        {t('governance.publish')}
      </Button>
      {open && <PublishDialog quarter={quarter} label={label} bodies={bodies} onClose={() => setOpen(false)} />}
    </>
  );
}

function PublishDialog({
  quarter,
  label,
  bodies,
  onClose,
}: {
  quarter: Quarter;
  /** The quarter, as the page names it ("Q1 2020"). */
  label: string;
  bodies: readonly { id: string; name: string; acronym?: string | null }[];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const errorTitle = useErrorTitle();
  const [bodyId, setBodyId] = useState<string | null>(bodies.length === 1 ? bodies[0].id : null);
  const [missingBody, setMissingBody] = useState(false);
  const [publish, { data, loading, error }] = useMutation(PublishQuarterlyReportDocument);
  const thread = data?.publishQuarterlyReport;

  const submit = async () => {
    if (!bodyId) {
      setMissingBody(true);
      return;
    }
    try {
      await publish({ variables: { year: quarter.year, quarter: quarter.quarter, bodyId } });
    } catch {
      // Shown in the dialog.
    }
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={t('governance.publishTitle', { quarter: label })}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {thread ? (
        <Stack>
          <Alert color="green" variant="light" role="status" title={t('governance.published')}>
            <Anchor component={Link} to={`/threads/${thread.id}`}>
              {t('governance.openThread')}
            </Anchor>
          </Alert>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.close')}
            </Button>
          </Group>
        </Stack>
      ) : (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void submit();
          }}
          noValidate
        >
          <Stack>
            <Text size="sm">{t('governance.publishHelp')}</Text>
            <Select
              label={t('governance.body')}
              required
              data={bodies.map((body) => ({ value: body.id, label: body.name }))}
              value={bodyId}
              onChange={(value) => {
                setBodyId(value);
                setMissingBody(false);
              }}
              error={missingBody ? t('governance.bodyRequired') : undefined}
              allowDeselect={false}
              comboboxProps={{ withinPortal: true }}
              data-autofocus
            />
            {error && (
              <Alert color="red" role="alert" title={errorTitle(error)}>
                {errorDetail(error)}
              </Alert>
            )}
            <Group justify="flex-end">
              <Button variant="default" onClick={onClose}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" loading={loading}>
                {t('governance.publishSubmit')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
