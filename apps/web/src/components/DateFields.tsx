// The date pickers' own sheets load with the pages that have date fields (the core sheets they are built from
// are in app/mantine-styles.ts), Mantine's first so that the app's adjustments come after it.
import '@mantine/dates/styles.css';
import './DateFields.css';
import { useRef, useState } from 'react';
import {
  type CalendarAriaLabels,
  DateInput,
  type DateInputProps,
  DateTimePicker,
  type DateTimePickerProps,
} from '@mantine/dates';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../i18n/format';
import { dayPattern, formatDay, formatWallTime, fromPickerDateTime, parseDay, toPickerDateTime } from './dates';

/**
 * Date fields, on @mantine/dates: the calendar's words, first day of the week and direction come from the
 * DatesProvider and DirectionProvider of app/Providers.tsx; the value is a plain string as a form holds it.
 */

function useCalendarAriaLabels(): CalendarAriaLabels {
  const { t } = useTranslation();
  return {
    monthLevelControl: t('dates.monthLevel'),
    yearLevelControl: t('dates.yearLevel'),
    nextMonth: t('dates.nextMonth'),
    previousMonth: t('dates.previousMonth'),
    nextYear: t('dates.nextYear'),
    previousYear: t('dates.previousYear'),
    nextDecade: t('dates.nextDecade'),
    previousDecade: t('dates.previousDecade'),
  };
}

/**
 * Passes on a new value only. The pickers report their value again as they close: passed on, the same value
 * would clear the field's error (a form clears it at each change) with no change of the values to check again.
 */
function onChangeOf(value: string | null | undefined, onChange: (value: string) => void) {
  return (next: string) => {
    if (next !== (value || '')) onChange(next);
  };
}

type OwnProps = 'label' | 'value' | 'defaultValue' | 'onChange' | 'valueFormat' | 'minDate' | 'maxDate';

export interface DayFieldProps extends Omit<DateInputProps, OwnProps | 'dateParser'> {
  /** Shown, and the field's name for assistive technology and tests. */
  label: string;
  /** YYYY-MM-DD; empty for none. */
  value?: string | null;
  /** Called with YYYY-MM-DD, or '' once the field is cleared. */
  onChange: (value: string) => void;
  /** The first and last days that can be chosen (YYYY-MM-DD). */
  minDate?: string;
  maxDate?: string;
}

/**
 * A day: typed in the language's numeric format (shown as the placeholder) or as 2031-04-01, or picked in the
 * calendar. A field that is not required can be cleared.
 */
export function DayField({
  label,
  value,
  onChange,
  minDate,
  maxDate,
  required,
  clearable,
  popoverProps,
  ...others
}: DayFieldProps) {
  const { t } = useTranslation();
  const { language } = useFormatters();
  const ariaLabels = useCalendarAriaLabels();
  const [calendarOpen, setCalendarOpen] = useState(false);
  return (
    <DateInput
      label={label}
      required={required}
      placeholder={dayPattern(language, {
        day: t('dates.pattern.day'),
        month: t('dates.pattern.month'),
        year: t('dates.pattern.year'),
      })}
      clearable={clearable ?? !required}
      clearButtonProps={{ 'aria-label': t('dates.clear', { field: label }) }}
      ariaLabels={ariaLabels}
      highlightToday
      classNames={{ day: 'date-field-day' }}
      // While the calendar is open, Escape closes it and not a dialog around the field (as a select does).
      data-mantine-stop-propagation={calendarOpen || undefined}
      {...others}
      popoverProps={{
        ...popoverProps,
        onOpen: () => {
          setCalendarOpen(true);
          popoverProps?.onOpen?.();
        },
        onClose: () => {
          setCalendarOpen(false);
          popoverProps?.onClose?.();
        },
      }}
      value={value || null}
      onChange={(day) => onChangeOf(value, onChange)(day ?? '')}
      minDate={minDate || undefined}
      maxDate={maxDate || undefined}
      valueFormat={(day) => formatDay(day, language)}
      dateParser={(text) => parseDay(text, language)}
    />
  );
}

export interface DateTimeFieldProps extends Omit<DateTimePickerProps, OwnProps | 'type'> {
  label: string;
  /** A wall-clock time as a `datetime-local` input gives it (YYYY-MM-DDTHH:mm); empty for none. */
  value?: string | null;
  /** Called with YYYY-MM-DDTHH:mm, or '' once the field is cleared. */
  onChange: (value: string) => void;
  /** The earliest and latest times that can be chosen (YYYY-MM-DDTHH:mm). */
  minDate?: string;
  maxDate?: string;
}

/**
 * A day and a time of day on a 24-hour clock, picked in a calendar and typed in hours and minutes. Like a
 * `datetime-local` input, it gives its value once complete: when the picker closes, not at each step of the
 * picking (a day first at midnight, then its hours, then its minutes), which a form would take for changes.
 */
export function DateTimeField({
  label,
  value,
  onChange,
  minDate,
  maxDate,
  required,
  clearable,
  onDropdownClose,
  popoverProps,
  ...others
}: DateTimeFieldProps) {
  const { t } = useTranslation();
  const { language } = useFormatters();
  const ariaLabels = useCalendarAriaLabels();
  // What is being picked while the picker is open (undefined when it is closed).
  const [draft, setDraft] = useState<string | null | undefined>(undefined);
  const picking = useRef<string | null | undefined>(undefined);
  const pick = (next: string | null | undefined) => {
    picking.current = next;
    setDraft(next);
  };
  const commit = onChangeOf(value, onChange);
  return (
    <DateTimePicker
      label={label}
      required={required}
      clearable={clearable ?? !required}
      clearButtonProps={{ 'aria-label': t('dates.clear', { field: label }) }}
      ariaLabels={ariaLabels}
      timePickerProps={{
        hoursInputLabel: t('dates.hours'),
        minutesInputLabel: t('dates.minutes'),
        // Escape there closes the picker, not the dialog around it (as the calendar's own buttons do).
        hoursInputProps: { 'data-mantine-stop-propagation': true },
        minutesInputProps: { 'data-mantine-stop-propagation': true },
      }}
      submitButtonProps={{ 'aria-label': t('dates.done') }}
      highlightToday
      classNames={{ day: 'date-field-day' }}
      {...others}
      popoverProps={{
        ...popoverProps,
        onOpen: () => {
          pick(toPickerDateTime(value));
          popoverProps?.onOpen?.();
        },
      }}
      onDropdownClose={() => {
        const picked = picking.current;
        pick(undefined);
        if (picked !== undefined) commit(fromPickerDateTime(picked));
        onDropdownClose?.();
      }}
      value={draft !== undefined ? draft : toPickerDateTime(value)}
      // Closed, the clear button changes the value at once.
      onChange={(time) => (picking.current !== undefined ? pick(time) : commit(fromPickerDateTime(time)))}
      minDate={toPickerDateTime(minDate) ?? undefined}
      maxDate={toPickerDateTime(maxDate) ?? undefined}
      valueFormat={(time) => formatWallTime(time, language)}
    />
  );
}
