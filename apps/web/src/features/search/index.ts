export { loadSearchPage } from './lazy-pages';
// The header shows the button; the signed-in layout holds the palette, which loads on first use.
export { SearchButton, SearchPaletteOnDemand } from './SearchButton';
export { openSearchPalette } from './search-palette-store';
