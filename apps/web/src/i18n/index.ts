import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { DEFAULT_LANGUAGE, isLanguage, isRightToLeft, LANGUAGES, type Language } from '@ctcp/shared';
import ar from './locales/ar.json';
import en from './locales/en.json';
import es from './locales/es.json';
import fr from './locales/fr.json';
import ru from './locales/ru.json';
import zh from './locales/zh.json';

/** The browser remembers the last language chosen, signed in or not. */
export const LANGUAGE_STORAGE_KEY = 'ctcp.language';

export const resources = {
  ar: { translation: ar },
  zh: { translation: zh },
  en: { translation: en },
  fr: { translation: fr },
  ru: { translation: ru },
  es: { translation: es },
} as const satisfies Record<Language, { translation: typeof en }>;

/** The stored choice, else the first browser language we have, else English. */
export function detectLanguage(): Language {
  const stored = readStoredLanguage();
  if (stored) return stored;
  const browserLanguages = typeof navigator === 'undefined' ? [] : navigator.languages;
  for (const tag of browserLanguages) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLanguage(base)) return base;
  }
  return DEFAULT_LANGUAGE;
}

function readStoredLanguage(): Language | null {
  try {
    const value = window.localStorage.getItem(LANGUAGE_STORAGE_KEY);
    return isLanguage(value) ? value : null;
  } catch {
    // Storage may be disabled (private mode, strict settings): fall back to detection.
    return null;
  }
}

function storeLanguage(language: Language): void {
  try {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // Not remembering the choice is acceptable.
  }
}

/** `<html lang dir>` follow the language, so screen readers, fonts and CSS logical properties do too. */
export function applyDocumentLanguage(language: Language): void {
  const root = document.documentElement;
  root.lang = language;
  root.dir = isRightToLeft(language) ? 'rtl' : 'ltr';
}

/** The language the UI shows now, as one of the six. */
export function currentLanguage(instance: I18n = i18n): Language {
  const language = instance.resolvedLanguage ?? instance.language;
  return isLanguage(language) ? language : DEFAULT_LANGUAGE;
}

export const i18n: I18n = i18next.createInstance();

/** Initialises the one i18next instance of the app (synchronously: every resource is bundled). */
export function setUpI18n(language: Language = detectLanguage()): I18n {
  if (!i18n.isInitialized) {
    void i18n.use(initReactI18next).init({
      resources,
      lng: language,
      fallbackLng: DEFAULT_LANGUAGE,
      supportedLngs: [...LANGUAGES],
      initAsync: false,
      // React escapes what it renders.
      interpolation: { escapeValue: false },
      returnNull: false,
    });
    i18n.on('languageChanged', (changed) => {
      if (!isLanguage(changed)) return;
      applyDocumentLanguage(changed);
      storeLanguage(changed);
    });
  }
  applyDocumentLanguage(currentLanguage());
  return i18n;
}
