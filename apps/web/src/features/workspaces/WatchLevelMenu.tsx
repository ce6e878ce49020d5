import { useState } from 'react';
import { Button, Menu, Stack, Text } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { WATCH_LEVELS, type WatchLevel } from '@ctcp/shared';
import { errorDetail } from '../../components/errors';
import { BellIcon } from '../../components/icons';
import { useErrorTitle } from '../../components/QueryStates';
import type { WatchWorkspaceMutation } from '../../gql/graphql';
import { WatchWorkspaceDocument } from './operations';

function isWatchLevel(value: unknown): value is WatchLevel {
  return typeof value === 'string' && (WATCH_LEVELS as readonly string[]).includes(value);
}

interface WatchLevelMenuProps {
  workspaceId: string;
  /** The viewer's level: their choice, else the default the api applies. */
  level: WatchLevel;
}

/**
 * What the viewer hears of a workspace: every post, new threads, mentions of them or nothing. The button
 * names the level; the menu explains each one. The answer updates the cached workspace, so the button
 * follows it.
 */
export function WatchLevelMenu({ workspaceId, level }: WatchLevelMenuProps) {
  const { t } = useTranslation();
  const errorTitle = useErrorTitle();
  const [saved, setSaved] = useState<WatchLevel | null>(null);
  const [watchWorkspace, { error, reset }] = useMutation(WatchWorkspaceDocument);

  const choose = async (next: WatchLevel) => {
    if (next === level) return;
    setSaved(null);
    reset();
    try {
      await watchWorkspace({
        variables: { input: { workspaceId, level: next } },
        // The button shows the choice at once (the cache needs the type name to find the workspace); a
        // refusal puts the previous level back.
        optimisticResponse: {
          watchWorkspace: { __typename: 'Workspace', id: workspaceId, viewerWatchLevel: next },
        } as WatchWorkspaceMutation,
      });
      setSaved(next);
    } catch {
      // Shown from the mutation's error state.
    }
  };

  return (
    <Stack gap={4} align="flex-end">
      <Menu position="bottom-end" shadow="md" width={320} withinPortal>
        <Menu.Target>
          <Button variant="default" leftSection={<BellIcon size={18} />}>
            {t('workspaces.watch.button', { level: t(`workspaces.watch.levels.${level}`) })}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Label>{t('workspaces.watch.menuLabel')}</Menu.Label>
          <Menu.RadioGroup value={level} onChange={(value) => isWatchLevel(value) && void choose(value)}>
            {WATCH_LEVELS.map((value) => (
              <Menu.RadioItem key={value} value={value} closeMenuOnClick>
                <Stack gap={2}>
                  <Text size="sm" fw={500}>
                    {t(`workspaces.watch.levels.${value}`)}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {t(`workspaces.watch.help.${value}`)}
                  </Text>
                </Stack>
              </Menu.RadioItem>
            ))}
          </Menu.RadioGroup>
        </Menu.Dropdown>
      </Menu>
      {saved && (
        <Text size="sm" c="var(--mantine-color-green-text)" role="status">
          {t('workspaces.watch.saved', { level: t(`workspaces.watch.levels.${saved}`) })}
        </Text>
      )}
      {error && (
        <Text size="sm" c="var(--mantine-color-red-text)" role="alert" ta="end">
          {errorTitle(error)} {errorDetail(error)}
        </Text>
      )}
    </Stack>
  );
}
