export { loadSearchPage } from './lazy-pages';
// The header shows the button; the signed-in layout holds the palette.
export { openSearchPalette, SearchButton, SearchPalette } from './SearchPalette';
