import { type ReactNode, useId } from 'react';
import { Card, Group, Stack, Title } from '@mantine/core';

interface SectionProps {
  title: string;
  /** Buttons next to the heading. */
  actions?: ReactNode;
  children: ReactNode;
}

/** A card with an h2, named by it: one part of a detail page. */
export function Section({ title, actions, children }: SectionProps) {
  const headingId = useId();
  return (
    <Card withBorder radius="md" p={{ base: 'md', sm: 'lg' }} component="section" aria-labelledby={headingId}>
      <Stack gap="md">
        <Group justify="space-between" gap="sm">
          <Title order={2} size="h4" id={headingId}>
            {title}
          </Title>
          {actions}
        </Group>
        {children}
      </Stack>
    </Card>
  );
}
