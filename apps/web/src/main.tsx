import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './app/mantine-styles';
import './app/global.css';
import { App } from './app/App';
import { showRememberedColorScheme } from './app/color-scheme';
import { preloadPagesOf } from './app/router';
import { printLanguage } from './features/reports';
import { setUpI18n } from './i18n';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

preloadPagesOf(window.location.pathname);
showRememberedColorScheme();

// A report printed to PDF asks for its language in the address (?print=1&lang=fr); the UI's choice stays as it was.
// The app renders once that language's translations have arrived: never a flash of untranslated keys.
void setUpI18n(printLanguage(window.location.search)).then(() =>
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);
