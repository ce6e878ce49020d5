import { useSearchParams } from 'react-router-dom';
import { isLanguage, type Language } from '@ctcp/shared';

/*
 * The report page in print mode (`?print=1&lang=fr`) is what the api prints to PDF with headless
 * Chromium: no app shell, no buttons, in the language asked for (not saved anywhere).
 */

/** The language a print-mode address asks for, if it is one of the six. */
export function printLanguage(search: string): Language | undefined {
  const params = new URLSearchParams(search);
  const language = params.get('lang');
  return params.get('print') === '1' && isLanguage(language) ? language : undefined;
}

export function usePrintMode(): boolean {
  const [params] = useSearchParams();
  return params.get('print') === '1';
}
