import { createTheme, type CSSVariablesResolver, type MantineColorsTuple } from '@mantine/core';

/**
 * Colours chosen for WCAG AA on white: Mantine fills with shade 6 (white text on it) and writes the
 * "light" variant's text in shade 9 on shade 1, so both shades are dark enough in every palette we use.
 * The UN light blue (#009EDB) is too pale for text and is not used for it.
 */
const unBlue: MantineColorsTuple = [
  '#e8f2fa',
  '#d0e4f4',
  '#a3c9e8',
  '#73acdb',
  '#4a92cf',
  '#2277bb',
  '#005a9c', // 7.0:1 on white
  '#004d86',
  '#004070',
  '#00335a',
];

const red: MantineColorsTuple = [
  '#fff5f5',
  '#ffe3e3',
  '#ffc9c9',
  '#ffa8a8',
  '#ff8787',
  '#e03131',
  '#c92a2a', // 5.6:1 on white
  '#b02525',
  '#9c2020',
  '#8a1c1c',
];

const green: MantineColorsTuple = [
  '#ebfbee',
  '#d3f9d8',
  '#b2f2bb',
  '#8ce99a',
  '#51cf66',
  '#2f9e44',
  '#237032', // 6.3:1 on white
  '#1e622b',
  '#1a5425',
  '#16481f',
];

const orange: MantineColorsTuple = [
  '#fff4e6',
  '#ffe8cc',
  '#ffd8a8',
  '#ffc078',
  '#ffa94d',
  '#e8590c',
  '#a84300', // 6.0:1 on white
  '#923a00',
  '#7d3200',
  '#6b2b00',
];

export const theme = createTheme({
  primaryColor: 'unBlue',
  primaryShade: 6,
  colors: { unBlue, red, green, orange },
  autoContrast: true,
  focusRing: 'auto',
  defaultRadius: 'sm',
  fontFamily:
    'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans Arabic", "Noto Sans CJK SC", "Helvetica Neue", Arial, sans-serif',
  headings: { fontWeight: '650' },
  components: {
    Modal: {
      defaultProps: { radius: 'md' },
      styles: { title: { fontWeight: 650, fontSize: 'var(--mantine-font-size-lg)' } },
    },
    Menu: {
      // The placeholder Mantine focuses first is a focusable element inside role="menu" that is not a menu
      // item, which screen readers (and axe) reject; the dropdown itself takes the focus instead.
      defaultProps: { withInitialFocusPlaceholder: false },
    },
  },
});

/**
 * Mantine's "dimmed" grey (gray.6) is 3.3:1 on white; a darker grey keeps secondary text readable.
 *
 * In the dark scheme, text sits on dark-7 (the body), dark-6 (cards, inputs) and dark-5 (hovered rows). Mantine's
 * defaults there are made for its own palettes: its dimmed grey (dark.2) is 3.5:1 on a card, and our darker
 * palettes would put links (shade 4) at 4.1:1 and errors (red.8) at 2:1. Lighter shades keep all of them at
 * 4.5:1 or more on dark-5; fills (shade 6, white text on them) stay as they are.
 */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: { '--mantine-color-dimmed': '#5c636a' },
  dark: {
    '--mantine-color-dimmed': '#a6a6a6',
    '--mantine-color-anchor': 'var(--mantine-color-unBlue-3)',
    '--mantine-color-error': 'var(--mantine-color-red-4)',
    '--mantine-color-unBlue-text': 'var(--mantine-color-unBlue-3)',
  },
});
