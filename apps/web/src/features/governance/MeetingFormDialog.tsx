import { memo, type ReactNode, useCallback, useMemo, useRef, useState } from 'react';
import {
  ActionIcon,
  Alert,
  Button,
  CloseButton,
  Group,
  Input,
  Modal,
  MultiSelect,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQuery } from '@apollo/client/react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import {
  MEETING_AGENDA_ITEM_MAX_LENGTH,
  MEETING_AGENDA_MAX_ITEMS,
  MEETING_MAX_DOCUMENTS,
  MEETING_MAX_HOURS,
  MEETING_PLACE_MAX_LENGTH,
} from '@ctcp/shared';
import { errorDetail } from '../../components/errors';
import { DateTimeField } from '../../components/DateFields';
import { useFieldErrors } from '../../components/form';
import { ArrowDownIcon, ArrowUpIcon } from '../../components/icons';
import { useErrorTitle } from '../../components/QueryStates';
import { PICKER_PAGE_SIZE, useMatchCount, useTypedSearch } from '../../components/search-select';
import type { ScheduleMeetingInput, UpdateMeetingInput } from '../../gql/graphql';
import { useFormatters } from '../../i18n/format';
import {
  addHoursToWallTime,
  browserTimeZone,
  instantToZonedWallTime,
  isTimeZone,
  offsetLabel,
  timeZoneDisplayName,
  timeZoneNames,
  zonedWallTimeToInstant,
} from './meeting-time';
import { MeetingDocumentChoicesDocument, ScheduleMeetingDocument, UpdateMeetingDocument } from './operations';
import classes from './MeetingFormDialog.module.css';

/** A meeting as the form changes it. */
export interface EditableMeeting {
  id: string;
  startsAt: string;
  endsAt: string;
  timeZone: string;
  place?: string | null;
  onlineUrl?: string | null;
  agenda: readonly string[];
  documents: readonly { id: string; fileName: string }[];
}

export interface MeetingValues {
  /** Empty: the body's next number. */
  number: string | number;
  /** YYYY-MM-DDTHH:mm, as the clock reads in `timeZone`. */
  startsAt: string;
  endsAt: string;
  timeZone: string;
  place: string;
  onlineUrl: string;
  agenda: string[];
  documentIds: string[];
}

const HOUR_MS = 3_600_000;
/** A new meeting's end, once its start is chosen. */
const DEFAULT_LENGTH_HOURS = 2;

export function isHttpsUrl(value: string): boolean {
  try {
    return new URL(value).protocol === 'https:';
  } catch {
    return false;
  }
}

function initialValues(meeting: EditableMeeting | undefined): MeetingValues {
  if (!meeting) {
    return {
      number: '',
      startsAt: '',
      endsAt: '',
      timeZone: browserTimeZone(),
      place: '',
      onlineUrl: '',
      agenda: [''],
      documentIds: [],
    };
  }
  return {
    number: '',
    startsAt: instantToZonedWallTime(meeting.startsAt, meeting.timeZone),
    endsAt: instantToZonedWallTime(meeting.endsAt, meeting.timeZone),
    timeZone: meeting.timeZone,
    place: meeting.place ?? '',
    onlineUrl: meeting.onlineUrl ?? '',
    agenda: meeting.agenda.length > 0 ? [...meeting.agenda] : [''],
    documentIds: meeting.documents.map((document) => document.id),
  };
}

/** The rules of the form, as the api applies them; a new meeting (`scheduling`) starts in the future. */
export function meetingRules(t: TFunction, scheduling: boolean, now = () => Date.now()) {
  return {
    number: (value: string | number) =>
      value === '' || (Number.isInteger(Number(value)) && Number(value) >= 1) ? null : t('governance.numberInvalid'),
    startsAt: (value: string, values: MeetingValues) => {
      const start = zonedWallTimeToInstant(value, values.timeZone);
      if (!start) return t('governance.startRequired');
      return scheduling && start.getTime() <= now() ? t('governance.startInPast') : null;
    },
    endsAt: (value: string, values: MeetingValues) => {
      const end = zonedWallTimeToInstant(value, values.timeZone);
      if (!end) return t('governance.endRequired');
      const start = zonedWallTimeToInstant(values.startsAt, values.timeZone);
      if (!start) return null;
      if (end.getTime() <= start.getTime()) return t('governance.endBeforeStart');
      if (end.getTime() - start.getTime() > MEETING_MAX_HOURS * HOUR_MS) {
        return t('governance.tooLong', { hours: MEETING_MAX_HOURS });
      }
      return null;
    },
    timeZone: (value: string) => (isTimeZone(value) ? null : t('governance.timeZoneRequired')),
    place: (value: string, values: MeetingValues) =>
      value.trim() || values.onlineUrl.trim() ? null : t('governance.placeOrLinkRequired'),
    onlineUrl: (value: string) => (!value.trim() || isHttpsUrl(value.trim()) ? null : t('governance.onlineUrlInvalid')),
    agenda: (value: string[]) =>
      value.filter((item) => item.trim()).length > MEETING_AGENDA_MAX_ITEMS
        ? t('governance.agendaTooLong', { number: MEETING_AGENDA_MAX_ITEMS })
        : null,
  };
}

/**
 * What the form sends: instants from the clock of the meeting's time zone, the agenda without empty items. A
 * change (`forUpdate`) sends an empty place or link, which takes it away; a new meeting leaves them out.
 */
export function meetingFields(values: MeetingValues, forUpdate = false) {
  const place = values.place.trim();
  const onlineUrl = values.onlineUrl.trim();
  return {
    startsAt: zonedWallTimeToInstant(values.startsAt, values.timeZone)!.toISOString(),
    endsAt: zonedWallTimeToInstant(values.endsAt, values.timeZone)!.toISOString(),
    timeZone: values.timeZone,
    ...(place || forUpdate ? { place } : {}),
    ...(onlineUrl || forUpdate ? { onlineUrl } : {}),
    agenda: values.agenda.map((item) => item.trim()).filter(Boolean),
    documentIds: values.documentIds,
  };
}

const FIELDS = [
  'number',
  'startsAt',
  'endsAt',
  'timeZone',
  'place',
  'onlineUrl',
  'agenda',
  'documentIds',
] as const satisfies readonly (keyof MeetingValues)[];

/** Schedules a meeting of a body, or changes one (`meeting`): the same form. */
export function MeetingFormDialog({
  bodyId,
  workspaceId,
  meeting,
  onClose,
  onSaved,
}: {
  bodyId: string;
  /** The body's workspace, whose files may be put on the meeting; null when the viewer may not read it. */
  workspaceId: string | null;
  meeting?: EditableMeeting;
  onClose: () => void;
  onSaved: (meetingId: string) => void;
}) {
  const { t } = useTranslation();
  const { language } = useFormatters();
  const errorTitle = useErrorTitle();
  const form = useForm<MeetingValues>({
    mode: 'controlled',
    initialValues: initialValues(meeting),
    validate: meetingRules(t, !meeting),
  });
  const fieldErrors = useFieldErrors(form);
  const [schedule, scheduling] = useMutation(ScheduleMeetingDocument);
  const [update, updating] = useMutation(UpdateMeetingDocument);
  const { loading, error } = meeting ? updating : scheduling;
  // The time zone list is long: it is drawn again only when its own value changes, not at each key typed elsewhere.
  const latestForm = useRef(form);
  latestForm.current = form;
  const chooseTimeZone = useCallback(
    (value: string | null) => latestForm.current.setFieldValue('timeZone', value ?? ''),
    [],
  );

  const submit = async (values: MeetingValues) => {
    try {
      if (meeting) {
        const input: UpdateMeetingInput = { id: meeting.id, ...meetingFields(values, true) };
        const { data } = await update({ variables: { input } });
        if (data) onSaved(data.updateMeeting.id);
      } else {
        const input: ScheduleMeetingInput = {
          bodyId,
          ...(values.number === '' ? {} : { number: Number(values.number) }),
          ...meetingFields(values),
        };
        const { data } = await schedule({ variables: { input } });
        if (data) onSaved(data.scheduleMeeting.id);
      }
    } catch (caught) {
      fieldErrors.showApiError(caught, FIELDS);
    }
  };

  // The zone's name and offset on the day of the meeting (summer time or not).
  const startTime = zonedWallTimeToInstant(form.values.startsAt, form.values.timeZone)?.getTime();
  const zoneDescription = useMemo(
    () =>
      isTimeZone(form.values.timeZone)
        ? `${timeZoneDisplayName(language, form.values.timeZone, startTime)} (${offsetLabel(form.values.timeZone, startTime)})`
        : undefined,
    [language, form.values.timeZone, startTime],
  );
  const shownFieldError = FIELDS.some((field) => form.errors[field]);

  return (
    <Modal
      opened
      onClose={onClose}
      title={meeting ? t('governance.editTitle') : t('governance.scheduleTitle')}
      size="lg"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form onSubmit={fieldErrors.onSubmit(submit)} noValidate>
        <Stack gap="md">
          {!meeting && (
            <NumberInput
              label={t('governance.number')}
              description={t('governance.numberHelp')}
              min={1}
              allowDecimal={false}
              allowNegative={false}
              {...form.getInputProps('number')}
            />
          )}
          <TimeZoneSelect
            value={form.values.timeZone}
            onChange={chooseTimeZone}
            description={zoneDescription}
            error={form.errors.timeZone}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <DateTimeField
              label={t('governance.startsAt')}
              required
              {...form.getInputProps('startsAt')}
              onChange={(value) => {
                form.setFieldValue('startsAt', value);
                // A new start moves an end that is missing or no longer after it.
                if (value && (!form.values.endsAt || form.values.endsAt <= value)) {
                  form.setFieldValue('endsAt', addHoursToWallTime(value, DEFAULT_LENGTH_HOURS));
                }
              }}
              data-autofocus
            />
            <DateTimeField label={t('governance.endsAt')} required {...form.getInputProps('endsAt')} />
          </SimpleGrid>
          <Text size="xs" c="dimmed" mt={-8}>
            {t('governance.timesHelp')}
          </Text>
          <TextInput
            label={t('governance.place')}
            description={t('governance.placeHelp')}
            maxLength={MEETING_PLACE_MAX_LENGTH}
            {...form.getInputProps('place')}
          />
          <TextInput
            type="url"
            label={t('governance.onlineUrl')}
            placeholder="https://"
            dir="ltr"
            {...form.getInputProps('onlineUrl')}
          />
          <AgendaField
            value={form.values.agenda}
            onChange={(agenda) => form.setFieldValue('agenda', agenda)}
            error={typeof form.errors.agenda === 'string' ? form.errors.agenda : undefined}
          />
          {workspaceId && (
            <DocumentsField
              workspaceId={workspaceId}
              current={meeting?.documents ?? []}
              value={form.values.documentIds}
              onChange={(ids) => form.setFieldValue('documentIds', ids)}
              error={typeof form.errors.documentIds === 'string' ? form.errors.documentIds : undefined}
            />
          )}
          {error && !shownFieldError && (
            <Alert color="red" role="alert" title={errorTitle(error)}>
              {errorDetail(error)}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={loading}>
              {meeting ? t('common.save') : t('governance.scheduleSubmit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

const TIME_ZONES_SHOWN = 50;

/** Every IANA time zone the browser knows, found by typing ("new york", "riyadh"). */
const TimeZoneSelect = memo(function TimeZoneSelect({
  value,
  onChange,
  description,
  error,
}: {
  value: string;
  onChange: (value: string | null) => void;
  description?: string;
  error?: ReactNode;
}) {
  const { t } = useTranslation();
  const zones = useMemo(() => timeZoneNames().map((zone) => ({ value: zone, label: zone.replace(/_/g, ' ') })), []);
  return (
    <Select
      label={t('governance.timeZone')}
      description={description}
      required
      searchable
      data={zones}
      value={value}
      onChange={onChange}
      error={error}
      allowDeselect={false}
      // Some 420 zones: those matching what is typed are shown, a screenful at a time.
      limit={TIME_ZONES_SHOWN}
      maxDropdownHeight={280}
      nothingFoundMessage={t('governance.noTimeZone')}
      comboboxProps={{ withinPortal: true }}
    />
  );
});

/** The agenda: items in order, each changed, moved or removed in place. */
function AgendaField({
  value,
  onChange,
  error,
}: {
  value: string[];
  onChange: (agenda: string[]) => void;
  error?: string;
}) {
  const { t } = useTranslation();
  const format = useFormatters();
  const change = (index: number, text: string) => onChange(value.map((item, at) => (at === index ? text : item)));
  const move = (index: number, by: -1 | 1) => {
    const next = [...value];
    [next[index], next[index + by]] = [next[index + by], next[index]];
    onChange(next);
  };
  const remove = (index: number) => {
    const next = value.filter((_, at) => at !== index);
    onChange(next.length > 0 ? next : ['']);
  };
  return (
    <Stack component="fieldset" gap={4} className={classes.plainFieldset}>
      <Text component="legend" size="sm" fw="var(--mantine-font-weight-medium)" p={0}>
        {t('governance.agenda')}
      </Text>
      <Text size="xs" c="dimmed">
        {t('governance.agendaHelp', { number: MEETING_AGENDA_MAX_ITEMS })}
      </Text>
      <Stack component="ol" className="plain-list" gap={6}>
        {value.map((item, index) => {
          const number = format.number(index + 1);
          return (
            <Group component="li" key={index} gap={6} wrap="nowrap">
              <Text size="sm" c="dimmed" miw={24} ta="end" aria-hidden="true">
                {number}.
              </Text>
              <TextInput
                style={{ flex: 1 }}
                value={item}
                maxLength={MEETING_AGENDA_ITEM_MAX_LENGTH}
                aria-label={t('governance.agendaItem', { number })}
                dir="auto"
                onChange={(event) => change(index, event.currentTarget.value)}
              />
              <ActionIcon
                variant="subtle"
                color="gray"
                disabled={index === 0}
                onClick={() => move(index, -1)}
                aria-label={t('governance.moveItemUp', { number })}
              >
                <ArrowUpIcon size={16} />
              </ActionIcon>
              <ActionIcon
                variant="subtle"
                color="gray"
                disabled={index === value.length - 1}
                onClick={() => move(index, 1)}
                aria-label={t('governance.moveItemDown', { number })}
              >
                <ArrowDownIcon size={16} />
              </ActionIcon>
              <CloseButton onClick={() => remove(index)} aria-label={t('governance.removeItem', { number })} />
            </Group>
          );
        })}
      </Stack>
      {error && <Input.Error role="alert">{error}</Input.Error>}
      <Button
        variant="subtle"
        size="compact-sm"
        w="fit-content"
        disabled={value.length >= MEETING_AGENDA_MAX_ITEMS}
        onClick={() => onChange([...value, ''])}
      >
        {t('governance.addAgendaItem')}
      </Button>
    </Stack>
  );
}

/** Files of the body's workspace put on the meeting. */
function DocumentsField({
  workspaceId,
  current,
  value,
  onChange,
  error,
}: {
  workspaceId: string;
  current: readonly { id: string; fileName: string }[];
  value: string[];
  onChange: (ids: string[]) => void;
  error?: string;
}) {
  const { t } = useTranslation();
  const format = useFormatters();
  const withCount = useMatchCount();
  // Typed words search the workspace's files on the api: a body's workspace gathers hundreds over the years.
  const { searchValue, setSearchValue, search } = useTypedSearch();
  const { data, loading } = useQuery(MeetingDocumentChoicesDocument, {
    variables: { workspaceId, query: search || null, first: PICKER_PAGE_SIZE },
  });
  const files = useMemo(() => data?.workspace.files.edges.map((edge) => edge.node) ?? [], [data]);
  // The names of the files chosen here, so that they keep them once a search moves on.
  const [chosenNames, setChosenNames] = useState<ReadonlyMap<string, string>>(() => new Map());
  // Files of the same name are told apart by the day they were added.
  const repeated = (name: string) => files.filter((file) => file.fileName === name).length > 1;
  // The meeting's own documents and those chosen stay choices even when no search finds them.
  const kept = new Map(current.map((document) => [document.id, document.fileName]));
  for (const [id, fileName] of chosenNames) if (value.includes(id)) kept.set(id, fileName);
  const options = [
    ...files.map((file) => ({
      value: file.id,
      label: repeated(file.fileName) ? `${file.fileName} (${format.dateTime(file.createdAt)})` : file.fileName,
    })),
    ...[...kept]
      .filter(([id]) => !files.some((file) => file.id === id))
      .map(([id, fileName]) => ({ value: id, label: fileName })),
  ];
  const noFiles = !search && !loading && options.length === 0;
  return (
    <MultiSelect
      label={t('governance.documents')}
      description={noFiles ? t('governance.noWorkspaceFiles') : t('governance.documentsHelp')}
      placeholder={loading ? t('common.loading') : undefined}
      data={withCount(options, files.length, data?.workspace.files.totalCount)}
      value={value}
      onChange={(ids) => {
        const names = new Map(chosenNames);
        for (const file of files) if (ids.includes(file.id)) names.set(file.id, file.fileName);
        setChosenNames(names);
        onChange(ids);
      }}
      error={error}
      searchable
      searchValue={searchValue}
      onSearchChange={setSearchValue}
      // The api already searched the files.
      filter={({ options: all }) => all}
      maxValues={MEETING_MAX_DOCUMENTS}
      disabled={noFiles}
      nothingFoundMessage={loading ? t('common.loading') : t('governance.noFileMatch')}
      comboboxProps={{ withinPortal: true }}
      clearButtonProps={{ 'aria-label': t('common.clear') }}
      clearable
    />
  );
}
