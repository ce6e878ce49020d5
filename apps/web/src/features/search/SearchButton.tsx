import { lazy, Suspense, useState } from 'react';
import { Group, UnstyledButton } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { useSpotlight } from '@mantine/spotlight';
import { useTranslation } from 'react-i18next';
import { SearchIcon } from '../../components/icons';
import { openSearchPalette, searchPaletteStore } from './search-palette-store';

const SearchPalette = lazy(async () => ({ default: (await import('./SearchPalette')).SearchPalette }));

/** The header's button that opens the palette. */
export function SearchButton() {
  const { t } = useTranslation();
  return (
    <UnstyledButton className="header-button" aria-label={t('search.openPalette')} onClick={openSearchPalette}>
      <Group c="white" justify="center" w={28} h={28}>
        <SearchIcon size={22} />
      </Group>
    </UnstyledButton>
  );
}

/**
 * Ctrl+K (Cmd+K) opens the palette from any page, as Mantine's Spotlight would, but the shortcut is
 * registered here, with the header: the palette's code (Spotlight, its styles) loads the first time it is
 * opened, by the shortcut or the button, and then opens; it stays mounted afterwards.
 */
export function SearchPaletteOnDemand() {
  const { opened } = useSpotlight(searchPaletteStore);
  const [wanted, setWanted] = useState(false);
  // Spotlight's own default: not while typing in a field.
  useHotkeys([['mod + K', openSearchPalette]], ['INPUT', 'TEXTAREA', 'SELECT']);
  if (opened && !wanted) setWanted(true);
  if (!wanted) return null;
  return (
    <Suspense fallback={null}>
      <SearchPalette />
    </Suspense>
  );
}
