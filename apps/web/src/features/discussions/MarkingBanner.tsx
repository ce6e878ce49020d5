import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { Classification } from '@ctcp/shared';
import { useFormatters } from '../../i18n/format';
import { cssString, type MarkedRecord } from './marking';
import classes from './MarkingBanner.module.css';

/** The ink of the marking in the printed page's header and footer (the banner's own colour). */
const PRINT_COLORS: Record<Exclude<Classification, 'UNCLASSIFIED'>, string> = {
  CONFIDENTIAL: '#a84300',
  STRICTLY_CONFIDENTIAL: '#c92a2a',
};

interface MarkingBannerProps {
  classification: Classification;
  /** At the top of the record or at its end: each has its own accessible name. */
  position: 'top' | 'bottom';
  /** What the record is, for that name: a thread (by default), an assistance request or a joint project. */
  record?: 'thread' | MarkedRecord;
}

const LABELS = {
  thread: { top: 'discussions.marking.topLabel', bottom: 'discussions.marking.bottomLabel' },
  request: { top: 'requests.marking.topLabel', bottom: 'requests.marking.bottomLabel' },
  project: { top: 'projects.marking.topLabel', bottom: 'projects.marking.bottomLabel' },
} as const;

/**
 * A classified record's marking, as on paper: a full-width band in the marking's colour (amber for
 * CONFIDENTIAL, red for STRICTLY CONFIDENTIAL) with the marking in capitals, shown at the top and at the
 * bottom of the record; nothing for UNCLASSIFIED. The top one also puts the marking into the header and
 * the footer of every printed page.
 */
export function MarkingBanner({ classification, position, record = 'thread' }: MarkingBannerProps) {
  const { t } = useTranslation();
  const marking = t(`enums.classification.${classification}`);
  const classified = classification !== 'UNCLASSIFIED';
  usePrintedMarking(classified && position === 'top' ? classification : null, marking);
  if (!classified) return null;
  return (
    <div
      role="note"
      aria-label={t(LABELS[record][position], { marking })}
      className={classes.markingBanner}
      data-marking={classification}
      data-position={position}
    >
      {marking}
    </div>
  );
}

/**
 * While shown, each printed page carries the marking at the top and at the bottom (CSS page margin boxes),
 * however many pages the record takes.
 */
function usePrintedMarking(classification: Exclude<Classification, 'UNCLASSIFIED'> | null, marking: string) {
  const { language } = useFormatters();
  useEffect(() => {
    if (!classification) return;
    // Spaced capitals, except in Arabic, whose joined letters spacing would break apart.
    const spacing = language === 'ar' ? '' : ' letter-spacing: 0.06em;';
    const box = `content: ${cssString(marking.toLocaleUpperCase(language))}; color: ${PRINT_COLORS[classification]}; font: 700 10pt system-ui, sans-serif;${spacing}`;
    const style = document.createElement('style');
    style.media = 'print';
    style.dataset.printedMarking = classification;
    // Margins wide enough for the marking, whatever the print dialog's own margins.
    style.textContent = `@page { margin: 16mm 14mm; @top-center { ${box} } @bottom-center { ${box} } }`;
    document.head.append(style);
    return () => style.remove();
  }, [classification, marking, language]);
}
