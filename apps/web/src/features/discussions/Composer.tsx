import { type KeyboardEvent, type ReactNode, useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import { Group, Loader, Paper, Stack, Tabs, Text, Textarea } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useLazyQuery, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { POST_BODY_MAX_LENGTH, SEARCH_MAX_LENGTH } from '@ctcp/shared';
import { ErrorState } from '../../components/QueryStates';
import { useFormatters } from '../../i18n/format';
import { UserOptionsDocument } from '../../components/operations';
import { findMentionQuery, insertMention, type MentionQuery } from './mentions';
import type { ComposerAttachment, SetComposerAttachments } from '../attachments';
import { ComposerAttachments } from './Attachments';
import { PreviewMarkdownDocument } from './operations';
import { PostBody } from './PostBody';
import classes from './Composer.module.css';

const SUGGESTIONS = 8;

/** Non-empty and within the limit the api enforces. */
export function composerBodyIsValid(body: string): boolean {
  return body.trim().length > 0 && body.length <= POST_BODY_MAX_LENGTH;
}

interface ComposerProps {
  /** The text box's label (may be visually hidden with `hideLabel`). */
  label: string;
  hideLabel?: boolean;
  value: string;
  onChange: (value: string) => void;
  /** Ctrl/Cmd+Enter; by default the enclosing form is submitted. */
  onSubmitShortcut?: () => void;
  placeholder?: string;
  minRows?: number;
  autoFocus?: boolean;
  required?: boolean;
  error?: ReactNode;
  /** Buttons shown under the text (send, cancel). */
  actions?: ReactNode;
  /** With `attachments` and `onAttachmentsChange`: "Attach files", uploading to this workspace. */
  workspaceId?: string;
  attachments?: ComposerAttachment[];
  onAttachmentsChange?: SetComposerAttachments;
}

/**
 * Markdown editor for posts: Write and Preview (rendered by the api exactly as the post will be), a
 * character counter, Ctrl/Cmd+Enter to send, and mention autocompletion. Typing `@` and letters lists
 * matching people; arrows move, Enter or Tab insert `@their.address `, Escape closes. The text box keeps
 * its role (a textarea may not be a combobox) and follows the combobox pattern's keyboard and states:
 * `aria-autocomplete`, `aria-controls` and `aria-activedescendant` point into the listbox.
 */
export function Composer({
  label,
  hideLabel,
  value,
  onChange,
  onSubmitShortcut,
  placeholder,
  minRows = 4,
  autoFocus,
  required,
  error,
  actions,
  workspaceId,
  attachments,
  onAttachmentsChange,
}: ComposerProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const baseId = useId();
  const ids = {
    textarea: `${baseId}-text`,
    help: `${baseId}-help`,
    counter: `${baseId}-counter`,
    listbox: `${baseId}-mentions`,
    option: (index: number) => `${baseId}-mention-${index}`,
  };
  const textareaRef = useRef<HTMLTextAreaElement>(null);
  const [tab, setTab] = useState<string | null>('write');
  const [mention, setMention] = useState<MentionQuery | null>(null);
  const [dismissedAt, setDismissedAt] = useState<number | null>(null);
  const [activeIndex, setActiveIndex] = useState(0);
  const pendingCaret = useRef<number | null>(null);

  const [debouncedQuery] = useDebouncedValue(mention?.query ?? '', 150);
  const searching = mention !== null && mention.start !== dismissedAt && debouncedQuery.length > 0;
  const { data: people, loading: peopleLoading } = useQuery(UserOptionsDocument, {
    variables: { search: debouncedQuery.slice(0, SEARCH_MAX_LENGTH), first: SUGGESTIONS },
    skip: !searching,
  });
  const suggestions = searching ? (people?.users.edges.map((edge) => edge.node).filter((p) => !p.disabled) ?? []) : [];
  const open = searching && suggestions.length > 0;
  const noMatch = searching && !peopleLoading && people !== undefined && suggestions.length === 0;
  const active = Math.min(activeIndex, Math.max(suggestions.length - 1, 0));

  const [renderPreview, preview] = useLazyQuery(PreviewMarkdownDocument, { fetchPolicy: 'network-only' });

  // After inserting a mention, the caret goes right after it.
  useLayoutEffect(() => {
    if (pendingCaret.current === null || !textareaRef.current) return;
    textareaRef.current.setSelectionRange(pendingCaret.current, pendingCaret.current);
    pendingCaret.current = null;
  }, [value]);

  useEffect(() => setActiveIndex(0), [debouncedQuery]);

  const updateMention = (text: string, caret: number | null) => {
    const found = caret === null ? null : findMentionQuery(text, caret);
    setMention(found);
    if (!found || found.start !== dismissedAt) setDismissedAt(null);
  };

  const choose = (index: number) => {
    const person = suggestions[index];
    const textarea = textareaRef.current;
    if (!person || !mention || !textarea) return;
    const result = insertMention(value, textarea.selectionStart, mention, person.email);
    pendingCaret.current = result.caret;
    setMention(null);
    onChange(result.text);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      if (onSubmitShortcut) onSubmitShortcut();
      else event.currentTarget.form?.requestSubmit();
      return;
    }
    if (!open) return;
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        setActiveIndex((active + 1) % suggestions.length);
        break;
      case 'ArrowUp':
        event.preventDefault();
        setActiveIndex((active - 1 + suggestions.length) % suggestions.length);
        break;
      case 'Enter':
      case 'Tab':
        event.preventDefault();
        choose(active);
        break;
      case 'Escape':
        // Closes the list, not the dialog around the composer.
        event.preventDefault();
        event.stopPropagation();
        setDismissedAt(mention?.start ?? null);
        break;
    }
  };

  const tooLong = value.length > POST_BODY_MAX_LENGTH;

  return (
    <Stack gap="xs">
      <Tabs
        value={tab}
        onChange={(next) => {
          setTab(next);
          if (next === 'preview' && value.trim()) void renderPreview({ variables: { body: value } });
        }}
        variant="outline"
        keepMounted={false}
      >
        <Tabs.List aria-label={t('composer.modes')}>
          <Tabs.Tab value="write">{t('composer.write')}</Tabs.Tab>
          <Tabs.Tab value="preview">{t('composer.preview')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="write" pt="xs">
          <div className={classes.composerField}>
            <Textarea
              ref={textareaRef}
              id={ids.textarea}
              label={label}
              labelProps={hideLabel ? { className: 'visually-hidden' } : undefined}
              placeholder={placeholder}
              required={required}
              autosize
              minRows={minRows}
              maxRows={18}
              autoFocus={autoFocus}
              // What people write follows its own script's direction, whatever the interface's.
              dir="auto"
              value={value}
              error={
                error ?? (tooLong ? t('composer.tooLong', { max: format.number(POST_BODY_MAX_LENGTH) }) : undefined)
              }
              onChange={(event) => {
                onChange(event.currentTarget.value);
                updateMention(event.currentTarget.value, event.currentTarget.selectionStart);
              }}
              onSelect={(event) => updateMention(event.currentTarget.value, event.currentTarget.selectionStart)}
              onBlur={() => setMention(null)}
              onKeyDown={onKeyDown}
              aria-describedby={`${ids.help} ${ids.counter}`}
              aria-autocomplete="list"
              aria-controls={open ? ids.listbox : undefined}
              aria-activedescendant={open ? ids.option(active) : undefined}
            />
            {open && (
              <Paper
                className={classes.mentionListbox}
                shadow="md"
                withBorder
                radius="md"
                role="listbox"
                id={ids.listbox}
                aria-label={t('composer.mentionSuggestions')}
              >
                {suggestions.map((person, index) => (
                  <div
                    key={person.id}
                    id={ids.option(index)}
                    role="option"
                    aria-selected={index === active}
                    className={classes.mentionOption}
                    // Keeps the focus (and the caret) in the text box.
                    onMouseDown={(event) => event.preventDefault()}
                    onMouseEnter={() => setActiveIndex(index)}
                    onClick={() => choose(index)}
                  >
                    <Text size="sm" fw={600} component="span" truncate>
                      <bdi>{person.name}</bdi>
                    </Text>
                    <Text size="xs" c="dimmed" component="span" truncate>
                      <bdi>{person.email}</bdi>
                      {person.organization.acronym && (
                        <>
                          {' · '}
                          <bdi>{person.organization.acronym}</bdi>
                        </>
                      )}
                    </Text>
                  </div>
                ))}
              </Paper>
            )}
            {noMatch && (
              <Paper className={classes.mentionListbox} shadow="md" withBorder radius="md" p="xs">
                <Text size="sm" c="dimmed">
                  {t('composer.noMatch')}
                </Text>
              </Paper>
            )}
          </div>
          <span className="visually-hidden" aria-live="polite">
            {open ? t('composer.suggestionsAvailable', { number: format.number(suggestions.length) }) : ''}
          </span>
        </Tabs.Panel>
        <Tabs.Panel value="preview" pt="xs">
          <Paper withBorder radius="sm" p="sm" mih={minRows * 24} aria-live="polite" aria-busy={preview.loading}>
            {!value.trim() ? (
              <Text c="dimmed" size="sm">
                {t('composer.nothingToPreview')}
              </Text>
            ) : preview.error ? (
              <ErrorState error={preview.error} />
            ) : preview.loading || !preview.data ? (
              <Group gap="xs">
                <Loader size="xs" aria-hidden />
                <Text size="sm" c="dimmed">
                  {t('common.loading')}
                </Text>
              </Group>
            ) : (
              <PostBody html={preview.data.previewMarkdown} />
            )}
          </Paper>
        </Tabs.Panel>
      </Tabs>
      {workspaceId && attachments && onAttachmentsChange && (
        <ComposerAttachments workspaceId={workspaceId} attachments={attachments} onChange={onAttachmentsChange} />
      )}
      <Group justify="space-between" gap="xs" align="flex-start" wrap="wrap-reverse">
        <Stack gap={2}>
          <Text size="xs" c="dimmed" id={ids.help}>
            {t('composer.help')}
          </Text>
          <Text size="xs" c={tooLong ? 'red.7' : 'dimmed'} id={ids.counter}>
            {t('composer.counter', {
              length: format.number(value.length),
              max: format.number(POST_BODY_MAX_LENGTH),
            })}
          </Text>
        </Stack>
        {actions && <Group gap="xs">{actions}</Group>}
      </Group>
    </Stack>
  );
}
