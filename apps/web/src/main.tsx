import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@mantine/core/styles.css';
import '@mantine/spotlight/styles.css';
import './app/global.css';
import { App } from './app/App';
import { printLanguage } from './features/reports';
import { setUpI18n } from './i18n';

// A report printed to PDF asks for its language in the address (?print=1&lang=fr); the UI's choice stays as it was.
setUpI18n(printLanguage(window.location.search));

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
