import { Anchor } from '@mantine/core';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { isRightToLeft } from '@ctcp/shared';
import { currentLanguage } from '../i18n';

/** "← List" above a detail page; the arrow points backwards in right-to-left scripts too. */
export function BackLink({ to, label }: { to: string; label: string }) {
  const { i18n } = useTranslation();
  const arrow = isRightToLeft(currentLanguage(i18n)) ? '→' : '←';
  return (
    <Anchor component={Link} to={to} size="sm" w="fit-content">
      <span aria-hidden="true">{arrow} </span>
      {label}
    </Anchor>
  );
}
