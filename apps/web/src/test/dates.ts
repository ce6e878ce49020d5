import { waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';

/** The open calendar of a date field (its dropdown). */
export function openCalendar(): Promise<HTMLElement> {
  return waitFor(() => {
    const dropdown = document.querySelector<HTMLElement>('[data-dates-dropdown]');
    if (!dropdown) throw new Error('No date picker is open');
    return dropdown;
  });
}

const longMonth = new Intl.DateTimeFormat('en', { month: 'long', timeZone: 'UTC' });

/**
 * Picks a day in an open calendar (English) as a person does: up to the decades, then the year, the month
 * and the day. `day` is YYYY-MM-DD.
 */
export async function pickDay(user: UserEvent, calendar: HTMLElement, day: string): Promise<void> {
  const [year, month, date] = day.split('-').map(Number);
  const inCalendar = within(calendar);
  await user.click(inCalendar.getByRole('button', { name: 'Choose another month' }));
  await user.click(inCalendar.getByRole('button', { name: 'Choose another year' }));
  // The decade shown, moved until it has the year.
  for (let step = 0; !inCalendar.queryByRole('button', { name: String(year) }); step += 1) {
    if (step > 20) throw new Error(`No decade with ${year} in reach`);
    const shown = inCalendar
      .getAllByRole('button')
      .map((button) => Number(button.textContent))
      .filter((value) => value >= 1000);
    await user.click(
      inCalendar.getByRole('button', { name: Math.min(...shown) > year ? 'Previous decade' : 'Next decade' }),
    );
  }
  await user.click(inCalendar.getByRole('button', { name: String(year) }));
  const monthName = longMonth.format(new Date(Date.UTC(year, month - 1, 1)));
  await user.click(inCalendar.getByRole('button', { name: monthName.slice(0, 3) }));
  await user.click(inCalendar.getByRole('button', { name: `${date} ${monthName} ${year}` }));
}

/**
 * Sets a date-and-time field (DateTimeField) to `value` (YYYY-MM-DDTHH:mm) through its picker: the day in the
 * calendar, the hours and minutes typed, then "Done".
 */
export async function pickDateTime(user: UserEvent, field: HTMLElement, value: string): Promise<void> {
  const [day, time] = value.split('T');
  const [hours, minutes] = time.split(':');
  await user.click(field);
  const calendar = await openCalendar();
  await pickDay(user, calendar, day);
  const inCalendar = within(calendar);
  await user.clear(inCalendar.getByRole('spinbutton', { name: 'Hours' }));
  await user.type(inCalendar.getByRole('spinbutton', { name: 'Hours' }), hours);
  await user.clear(inCalendar.getByRole('spinbutton', { name: 'Minutes' }));
  await user.type(inCalendar.getByRole('spinbutton', { name: 'Minutes' }), minutes);
  await user.click(inCalendar.getByRole('button', { name: 'Done' }));
}
