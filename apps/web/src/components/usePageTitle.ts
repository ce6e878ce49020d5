import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** Every page names itself in the browser tab and history, in the UI language. */
export function usePageTitle(title: string): void {
  const { t } = useTranslation();
  const product = t('app.shortName');
  useEffect(() => {
    document.title = title ? `${title} · ${product}` : product;
  }, [title, product]);
}
