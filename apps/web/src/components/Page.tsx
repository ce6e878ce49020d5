import type { ReactNode } from 'react';
import { Group, Stack, Text, Title } from '@mantine/core';
import { usePageTitle } from './usePageTitle';

interface PageProps {
  /** The page's one h1, also its document title. */
  title: string;
  description?: ReactNode;
  /** Buttons or links shown next to the title. */
  actions?: ReactNode;
  /** Shown above the title, e.g. a link back to the list. */
  breadcrumb?: ReactNode;
  /** The title was written by someone (a thread's), in whatever script: keep its own direction. */
  isolateTitle?: boolean;
  children: ReactNode;
}

export function Page({ title, description, actions, breadcrumb, isolateTitle, children }: PageProps) {
  usePageTitle(title);
  return (
    <Stack gap="lg">
      <Stack gap="xs">
        {breadcrumb}
        <Group justify="space-between" align="flex-start" gap="sm">
          <Title order={1} size="h2">
            {isolateTitle ? <bdi>{title}</bdi> : title}
          </Title>
          {actions}
        </Group>
        {description && (
          // A paragraph for words; a badge or other block is not allowed inside one.
          <Text component={typeof description === 'string' ? 'p' : 'div'} c="dimmed" maw={720}>
            {description}
          </Text>
        )}
      </Stack>
      {children}
    </Stack>
  );
}
