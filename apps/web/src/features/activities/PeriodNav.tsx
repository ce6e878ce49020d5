import { ActionIcon, Button, Group, Title } from '@mantine/core';
import { IconChevronLeft, IconChevronRight } from '@tabler/icons-react';
import { isRightToLeft } from '@ctcp/shared';
import { useFormatters } from '../../i18n/format';

interface PeriodNavProps {
  /** The period shown: "March 2031", "2–8 March 2031". */
  title: string;
  previousLabel: string;
  nextLabel: string;
  currentLabel: string;
  onPrevious: () => void;
  onNext: () => void;
  onCurrent: () => void;
}

/** The period a view shows, with the way to the ones before and after it and back to the current one. */
export function PeriodNav({
  title,
  previousLabel,
  nextLabel,
  currentLabel,
  onPrevious,
  onNext,
  onCurrent,
}: PeriodNavProps) {
  const format = useFormatters();
  // Arrows point the way time goes in the reading direction: earlier is on the right in Arabic.
  const [Back, Forward] = isRightToLeft(format.language)
    ? [IconChevronRight, IconChevronLeft]
    : [IconChevronLeft, IconChevronRight];
  return (
    <Group justify="space-between" gap="sm">
      <Group gap="xs" wrap="nowrap">
        <ActionIcon variant="default" size="lg" aria-label={previousLabel} onClick={onPrevious}>
          <Back size={18} aria-hidden="true" focusable="false" />
        </ActionIcon>
        <Title order={2} size="h3" miw={180} ta="center" aria-live="polite">
          {title}
        </Title>
        <ActionIcon variant="default" size="lg" aria-label={nextLabel} onClick={onNext}>
          <Forward size={18} aria-hidden="true" focusable="false" />
        </ActionIcon>
      </Group>
      <Button variant="subtle" size="sm" onClick={onCurrent}>
        {currentLabel}
      </Button>
    </Group>
  );
}
