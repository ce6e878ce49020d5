import { Fragment, useId } from 'react';
import { Kbd, Modal, Stack, Title } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import type { Translation } from '../i18n';

/** ⌘ on Apple keyboards, Ctrl elsewhere: what Mantine's `mod` stands for. */
function usesCommandKey(): boolean {
  if (typeof navigator === 'undefined') return false;
  const platform =
    (navigator as Navigator & { userAgentData?: { platform?: string } }).userAgentData?.platform ?? navigator.platform;
  return /mac|iphone|ipad|ipod/i.test(platform ?? '');
}

type KeyName = keyof Translation['shortcuts']['keys'];
type ActionName = keyof Translation['shortcuts']['actions'];
type GroupName = keyof Translation['shortcuts']['groups'];

/** A key as printed on the keyboard: a name to translate, or a character shown as it is. */
type Key = { name: KeyName } | { character: string };

interface Shortcut {
  /** Pressed together, or either of them (`either`). */
  keys: Key[];
  either?: true;
  action: ActionName;
}

/** The app's shortcuts: its own, the composer's, and those Mantine gives the search, menus and dialogs. */
function shortcutGroups(): { group: GroupName; shortcuts: Shortcut[] }[] {
  const mod: Key = usesCommandKey() ? { character: '⌘' } : { name: 'ctrl' };
  return [
    {
      group: 'anywhere',
      shortcuts: [
        { keys: [mod, { character: 'K' }], action: 'openSearch' },
        { keys: [{ character: '?' }], action: 'showShortcuts' },
      ],
    },
    {
      group: 'inPost',
      shortcuts: [
        { keys: [mod, { name: 'enter' }], action: 'sendPost' },
        { keys: [{ character: '@' }], action: 'mention' },
      ],
    },
    {
      group: 'inPopups',
      shortcuts: [
        { keys: [{ character: '↑' }, { character: '↓' }], either: true, action: 'moveThrough' },
        { keys: [{ name: 'enter' }], action: 'choose' },
        { keys: [{ name: 'escape' }], action: 'close' },
      ],
    },
  ];
}

/** `?` opens the list, as on many sites, except while typing in a field (where it is a question mark). */
export function useShortcutsSheetHotkey(open: () => void): void {
  // The key that prints "?" takes Shift on most layouts, not on all: both are the same shortcut.
  useHotkeys([
    ['?', open],
    ['shift+?', open],
  ]);
}

interface KeyboardShortcutsProps {
  opened: boolean;
  onClose: () => void;
}

/** The list of keyboard shortcuts, opened with `?` or from the account menu. */
export function KeyboardShortcuts({ opened, onClose }: KeyboardShortcutsProps) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('shortcuts.title')}
      size="lg"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <Stack gap="lg">
        {shortcutGroups().map(({ group, shortcuts }) => (
          <section key={group} aria-labelledby={`${headingId}-${group}`}>
            <Title order={3} size="h5" id={`${headingId}-${group}`} mb="xs">
              {t(`shortcuts.groups.${group}`)}
            </Title>
            <dl className="shortcut-list">
              {shortcuts.map(({ keys, either, action }) => (
                <div key={action} className="shortcut-row">
                  <dt>
                    {/* Keys read left to right in every language. */}
                    <span dir="ltr">
                      {keys.map((key, index) => (
                        <Fragment key={index}>
                          {index > 0 && (either ? ' / ' : ' + ')}
                          <Kbd>{'name' in key ? t(`shortcuts.keys.${key.name}`) : key.character}</Kbd>
                        </Fragment>
                      ))}
                    </span>
                  </dt>
                  <dd>{t(`shortcuts.actions.${action}`)}</dd>
                </div>
              ))}
            </dl>
          </section>
        ))}
      </Stack>
    </Modal>
  );
}
