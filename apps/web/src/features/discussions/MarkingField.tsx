import { Alert, Radio, Stack } from '@mantine/core';
import type { GetInputPropsReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { type Classification, CLASSIFICATIONS } from '@ctcp/shared';
import { LockIcon } from '../../components/icons';
import type { MarkedRecord } from './marking';

/** What the field says for each kind of record. */
const TEXTS = {
  request: {
    label: 'requests.classification',
    help: 'requests.form.markingHelp',
    readers: 'requests.marking.readers',
    strictlyConfidential: 'requests.form.strictlyConfidentialHint',
  },
  project: {
    label: 'projects.classification',
    help: 'projects.form.markingHelp',
    readers: 'projects.marking.readers',
    strictlyConfidential: 'projects.form.strictlyConfidentialHint',
  },
} as const;

interface MarkingFieldProps {
  /** What is being created: an assistance request or a joint project. */
  record: MarkedRecord;
  /** The form's `getInputProps` of the marking (a `Classification`). */
  input: GetInputPropsReturnType;
}

/**
 * A new request's or project's marking (UN ST/SGB/2007/6), with who reads it at each; a STRICTLY_CONFIDENTIAL
 * one says that the people who read it are named once it exists (the api offers them for it).
 */
export function MarkingField({ record, input }: MarkingFieldProps) {
  const { t } = useTranslation();
  const texts = TEXTS[record];
  const chosen: Classification = input.value;
  return (
    <Stack gap="xs">
      <Radio.Group label={t(texts.label)} description={t(texts.help)} {...input}>
        <Stack gap="xs" mt="xs">
          {CLASSIFICATIONS.map((marking) => (
            <Radio
              key={marking}
              value={marking}
              label={t(`enums.classification.${marking}`)}
              description={t(`${texts.readers}.${marking}`)}
            />
          ))}
        </Stack>
      </Radio.Group>
      {chosen === 'STRICTLY_CONFIDENTIAL' && (
        <Alert color="red" variant="light" role="status" icon={<LockIcon size={18} />}>
          {t(texts.strictlyConfidential)}
        </Alert>
      )}
    </Stack>
  );
}
