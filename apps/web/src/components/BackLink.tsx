import { Anchor, Group } from '@mantine/core';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { isRightToLeft } from '@ctcp/shared';
import { currentLanguage } from '../i18n';
import { ArrowLeftIcon, ArrowRightIcon } from './icons';

/** "← List" above a detail page; the arrow points backwards in right-to-left scripts too. */
export function BackLink({ to, label }: { to: string; label: string }) {
  const { i18n } = useTranslation();
  const Arrow = isRightToLeft(currentLanguage(i18n)) ? ArrowRightIcon : ArrowLeftIcon;
  return (
    <Anchor component={Link} to={to} size="sm" w="fit-content">
      <Group component="span" gap={4} wrap="nowrap">
        <Arrow size={14} />
        {label}
      </Group>
    </Anchor>
  );
}
