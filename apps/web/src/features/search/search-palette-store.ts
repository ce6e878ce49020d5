import { createSpotlight } from '@mantine/spotlight';

// A store of its own, so that no other spotlight in the app opens or closes this one. The store is a few
// lines and loads with the header; the palette itself loads the first time the store opens.
export const [searchPaletteStore, searchPalette] = createSpotlight();

export const openSearchPalette = searchPalette.open;
