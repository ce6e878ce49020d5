import { useState } from 'react';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Modal } from '@mantine/core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { UiProviders } from '../app/Providers';
import { i18n } from '../i18n';
import { openCalendar, pickDateTime, pickDay } from '../test/dates';
import { DateTimeField, DayField, type DayFieldProps } from './DateFields';
import { dayPattern, formatDay, formatWallTime, fromPickerDateTime, parseDay, toPickerDateTime } from './dates';

const RLM = '\u200f';

describe('days as the fields write and read them', () => {
  it('writes a day in each language’s numeric format, with the digits of its formatters', () => {
    expect(formatDay('2031-04-01', 'en')).toBe('04/01/2031');
    expect(formatDay('2031-04-01', 'fr')).toBe('01/04/2031');
    expect(formatDay('2031-04-01', 'ru')).toBe('01.04.2031');
    expect(formatDay('2031-04-01', 'zh')).toBe('2031/04/01');
    expect(formatDay('2031-04-01', 'ar')).toBe(`01${RLM}/04${RLM}/2031`);
    expect(formatDay('2031-04-01', 'ar')).toContain(new Intl.NumberFormat('ar').format(2031).replace(/\D/g, ''));
  });

  it('reads a day typed in that format, or year first, and nothing else', () => {
    expect(parseDay('04/01/2031', 'en')).toBe('2031-04-01');
    expect(parseDay('4/1/2031', 'en')).toBe('2031-04-01');
    expect(parseDay('01/04/2031', 'fr')).toBe('2031-04-01');
    expect(parseDay('1.4.2031', 'ru')).toBe('2031-04-01');
    expect(parseDay('2031/4/1', 'zh')).toBe('2031-04-01');
    expect(parseDay('2031年4月1日', 'zh')).toBe('2031-04-01');
    expect(parseDay(`01${RLM}/04${RLM}/2031`, 'ar')).toBe('2031-04-01');
    expect(parseDay('٠١/٠٤/٢٠٣١', 'ar')).toBe('2031-04-01');
    expect(parseDay('2031-04-01', 'fr')).toBe('2031-04-01');
    // Not yet a day while the year is being typed, and never a day that does not exist.
    expect(parseDay('04/01/203', 'en')).toBeNull();
    expect(parseDay('04/31/2031', 'en')).toBeNull();
    expect(parseDay('2031-13-01', 'en')).toBeNull();
    expect(parseDay('', 'en')).toBeNull();
  });

  it('shows the pattern to type in the language’s order', () => {
    expect(dayPattern('en', { day: 'dd', month: 'mm', year: 'yyyy' })).toBe('mm/dd/yyyy');
    expect(dayPattern('fr', { day: 'jj', month: 'mm', year: 'aaaa' })).toBe('jj/mm/aaaa');
  });

  it('keeps a wall-clock time as it reads, in either form', () => {
    expect(toPickerDateTime('2036-09-01T10:00')).toBe('2036-09-01 10:00:00');
    expect(toPickerDateTime('')).toBeNull();
    expect(fromPickerDateTime('2036-09-01 10:00:00')).toBe('2036-09-01T10:00');
    expect(fromPickerDateTime(null)).toBe('');
    expect(formatWallTime('2036-09-01 22:05:00', 'en')).toBe('Sep 1, 2036, 22:05');
  });
});

function Day({ initial = '', onChange, ...props }: Partial<DayFieldProps> & { initial?: string }) {
  const [value, setValue] = useState(initial);
  return (
    <DayField
      label="Start date"
      {...props}
      value={value}
      onChange={(day) => {
        setValue(day);
        onChange?.(day);
      }}
    />
  );
}

function renderField(field: React.ReactElement) {
  return render(<UiProviders mantineEnv="test">{field}</UiProviders>);
}

describe('DayField', () => {
  const zone = process.env.TZ;
  afterEach(() => {
    process.env.TZ = zone;
  });

  it('takes a day typed in the language’s format, and shows it so', async () => {
    const changed = vi.fn();
    renderField(<Day onChange={changed} />);
    const user = userEvent.setup();
    const field = screen.getByLabelText('Start date');
    expect(field).toHaveAttribute('placeholder', 'mm/dd/yyyy');

    await user.type(field, '04/01/2031');
    expect(changed).toHaveBeenLastCalledWith('2031-04-01');
    await user.tab();
    expect(field).toHaveValue('04/01/2031');

    await user.clear(field);
    await user.type(field, '2031-12-24');
    await user.tab();
    expect(changed).toHaveBeenLastCalledWith('2031-12-24');
    expect(field).toHaveValue('12/24/2031');
  });

  // Kiritimati is 14 hours ahead of UTC, Pago Pago 11 behind: a day taken for an instant would move.
  it.each([
    ['Pacific/Kiritimati', -14 * 60],
    ['Pacific/Pago_Pago', 11 * 60],
  ])('sends the day picked in the calendar, whatever the time zone (%s)', async (timeZone, offsetMinutes) => {
    process.env.TZ = timeZone;
    expect(new Date(2031, 3, 1).getTimezoneOffset()).toBe(offsetMinutes);
    const changed = vi.fn();
    renderField(<Day initial="2031-04-01" onChange={changed} />);
    const user = userEvent.setup();

    await user.click(screen.getByLabelText('Start date'));
    const calendar = await openCalendar();
    expect(within(calendar).getByRole('button', { name: 'Choose another month' })).toHaveTextContent('April 2031');
    await user.click(within(calendar).getByRole('button', { name: '30 April 2031' }));
    expect(changed).toHaveBeenLastCalledWith('2031-04-30');
    expect(screen.getByLabelText('Start date')).toHaveValue('04/30/2031');

    await user.click(screen.getByLabelText('Start date'));
    await pickDay(user, await openCalendar(), '2024-02-29');
    expect(changed).toHaveBeenLastCalledWith('2024-02-29');
  });

  it('offers only the days between its bounds, and refuses others typed', async () => {
    const changed = vi.fn();
    renderField(<Day initial="2031-04-10" minDate="2031-04-05" maxDate="2031-04-20" onChange={changed} />);
    const user = userEvent.setup();
    const field = screen.getByLabelText('Start date');

    await user.click(field);
    const calendar = await openCalendar();
    expect(within(calendar).getByRole('button', { name: '4 April 2031' })).toBeDisabled();
    expect(within(calendar).getByRole('button', { name: '5 April 2031' })).toBeEnabled();
    expect(within(calendar).getByRole('button', { name: '21 April 2031' })).toBeDisabled();

    await user.type(field, '04/21/2031', { initialSelectionStart: 0, initialSelectionEnd: 10 });
    await user.tab();
    expect(changed).not.toHaveBeenCalled();
    expect(field).toHaveValue('04/10/2031');
  });

  it('can be cleared when not required, with a button that says which field', async () => {
    const changed = vi.fn();
    const { rerender } = renderField(<Day label="End date" initial="2031-04-10" onChange={changed} />);
    const user = userEvent.setup();

    await user.click(screen.getByRole('button', { name: 'Clear “End date”' }));
    expect(changed).toHaveBeenLastCalledWith('');
    expect(screen.getByLabelText('End date')).toHaveValue('');

    rerender(
      <UiProviders mantineEnv="test">
        <Day label="Due date" required initial="2031-04-10" />
      </UiProviders>,
    );
    expect(screen.queryByRole('button', { name: /^Clear/ })).not.toBeInTheDocument();
  });

  it('speaks Arabic right to left: its names, digits, week from Saturday', async () => {
    await i18n.changeLanguage('ar');
    renderField(<Day label="تاريخ البدء" initial="2031-04-01" />);
    const user = userEvent.setup();
    const field = screen.getByLabelText('تاريخ البدء');
    expect(field).toHaveValue(`01${RLM}/04${RLM}/2031`);
    expect(field).toHaveAttribute('placeholder', `يوم${RLM}/شهر${RLM}/سنة`);
    expect(document.documentElement).toHaveAttribute('dir', 'rtl');

    await user.click(field);
    const calendar = await openCalendar();
    // dayjs's Arabic names arrive with their own chunk.
    expect(await within(calendar).findByText('أبريل 2031')).toBeInTheDocument();
    const weekdays = within(calendar)
      .getAllByRole('columnheader')
      .map((cell) => cell.textContent);
    expect(weekdays[0]).toBe('س');
    expect(within(calendar).getByRole('button', { name: 'الشهر التالي' })).toBeInTheDocument();
    await user.click(within(calendar).getByRole('button', { name: '15 أبريل 2031' }));
    expect(field).toHaveValue(`15${RLM}/04${RLM}/2031`);
  });

  it('starts the week on Monday in French', async () => {
    await i18n.changeLanguage('fr');
    renderField(<Day label="Date de début" initial="2031-04-01" />);
    const user = userEvent.setup();
    await user.click(screen.getByLabelText('Date de début'));
    const calendar = await openCalendar();
    expect(await within(calendar).findByText('avril 2031')).toBeInTheDocument();
    await waitFor(() =>
      expect(
        within(calendar)
          .getAllByRole('columnheader')
          .map((cell) => cell.textContent)[0],
      ).toBe('lu'),
    );
  });
});

describe('in a dialog', () => {
  it('closes the open calendar on Escape, then the dialog', async () => {
    const closed = vi.fn();
    renderField(
      <Modal opened onClose={closed} title="Dates">
        <Day label="Start date" />
        <DateTimeField label="Starts" value="" onChange={vi.fn()} />
      </Modal>,
    );
    const user = userEvent.setup();

    await user.click(screen.getByLabelText('Start date'));
    await openCalendar();
    await user.keyboard('{Escape}');
    await waitFor(() => expect(document.querySelector('[data-dates-dropdown]')).toBeNull());
    expect(closed).not.toHaveBeenCalled();

    await user.click(screen.getByLabelText('Starts'));
    const calendar = await openCalendar();
    await user.click(within(calendar).getByRole('spinbutton', { name: 'Hours' }));
    await user.keyboard('{Escape}');
    await waitFor(() => expect(document.querySelector('[data-dates-dropdown]')).toBeNull());
    expect(closed).not.toHaveBeenCalled();

    await user.keyboard('{Escape}');
    expect(closed).toHaveBeenCalledTimes(1);
  });
});

describe('DateTimeField', () => {
  it('gives the day and time of day picked once the picker closes, and shows them in the language', async () => {
    const changed = vi.fn();
    function Field() {
      const [value, setValue] = useState('');
      return (
        <DateTimeField
          label="Starts"
          value={value}
          onChange={(time) => {
            setValue(time);
            changed(time);
          }}
        />
      );
    }
    renderField(<Field />);
    const user = userEvent.setup();
    const field = screen.getByLabelText('Starts');

    await pickDateTime(user, field, '2036-09-01T09:30');
    // Once, complete, as the picker closes: not at midnight first, then at 09:00.
    expect(changed.mock.calls).toEqual([['2036-09-01T09:30']]);
    expect(field).toHaveTextContent('Sep 1, 2036, 09:30');

    await user.click(screen.getByRole('button', { name: 'Clear “Starts”' }));
    expect(changed).toHaveBeenLastCalledWith('');
  });
});
