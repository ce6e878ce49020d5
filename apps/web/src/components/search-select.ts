import { useState } from 'react';
import type { ComboboxData } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../i18n/format';

/** How many options a picker asks the api for: a few to choose from, more words narrow them. */
export const PICKER_PAGE_SIZE = 20;

/**
 * The words typed in a picker whose options the api searches. A single select shows the chosen option's
 * label in its box (`chosenLabel`): that is no search, so every option is offered again.
 */
export function useTypedSearch(chosenLabel: string | null = null) {
  const [searchValue, setSearchValue] = useState(chosenLabel ?? '');
  const typed = chosenLabel !== null && searchValue === chosenLabel ? '' : searchValue.trim();
  const [search] = useDebouncedValue(typed, 250);
  return { searchValue, setSearchValue, search };
}

/**
 * A picker's options, under a heading that says how many of the matches they are when the api found more
 * than it sent, so nobody takes the first page for the whole list.
 */
export function useMatchCount() {
  const { t } = useTranslation();
  const format = useFormatters();
  return (items: { value: string; label: string }[], shown: number, total: number | undefined): ComboboxData =>
    total !== undefined && total > shown
      ? [
          {
            group: t('common.matchesOf', { shown: format.number(shown), total: format.number(total) }),
            items,
          },
        ]
      : items;
}
