import i18next, { type BackendModule, type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { DEFAULT_LANGUAGE, isLanguage, isRightToLeft, LANGUAGES, type Language } from '@ctcp/shared';
import type en from './locales/en.json';

/** The browser remembers the last language chosen, signed in or not. */
export const LANGUAGE_STORAGE_KEY = 'ctcp.language';

export type Translation = typeof en;

/**
 * Each language's translations are a chunk of their own, fetched when the language is first shown: a
 * visitor downloads the language they read (and English, the fallback), not all six.
 */
const TRANSLATION_LOADERS: Record<Language, () => Promise<{ default: Translation }>> = {
  ar: () => import('./locales/ar.json'),
  zh: () => import('./locales/zh.json'),
  en: () => import('./locales/en.json'),
  fr: () => import('./locales/fr.json'),
  ru: () => import('./locales/ru.json'),
  es: () => import('./locales/es.json'),
};

async function loadTranslation(language: Language): Promise<Translation> {
  return (await TRANSLATION_LOADERS[language]()).default;
}

/** i18next asks it for a language when it is needed; `changeLanguage` resolves once it has arrived. */
const translationBackend: BackendModule = {
  type: 'backend',
  init: () => undefined,
  read(language, _namespace, callback) {
    if (!isLanguage(language)) {
      callback(new Error(`No translations for "${language}"`), false);
      return;
    }
    loadTranslation(language).then(
      (translation) => callback(null, translation),
      (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), false),
    );
  },
};

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

/**
 * Initialises the one i18next instance of the app, and resolves once the language's translations (and
 * the fallback's) are loaded: render after it, so that no untranslated key is ever shown.
 */
export async function setUpI18n(language: Language = detectLanguage()): Promise<I18n> {
  if (!i18n.isInitialized) {
    await i18n
      .use(translationBackend)
      .use(initReactI18next)
      .init({
        lng: language,
        fallbackLng: DEFAULT_LANGUAGE,
        supportedLngs: [...LANGUAGES],
        ns: ['translation'],
        defaultNS: 'translation',
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
