import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { pickDateTime } from '../../test/dates';
import { renderWithApp, signedInMock } from '../../test/render';
import { documentChoicesAnswer, meetingDetail, meetingSummary } from './governance.fixtures';
import { MeetingFormDialog } from './MeetingFormDialog';
import { ScheduleMeetingDocument, UpdateMeetingDocument } from './operations';

describe('MeetingFormDialog', () => {
  it('asks for the times, a place or a link, and a meeting of a day at most, and schedules nothing before', async () => {
    const scheduled = vi.fn();
    renderWithApp(<MeetingFormDialog bodyId="ab" workspaceId={null} onClose={vi.fn()} onSaved={vi.fn()} />, {
      mocks: [
        signedInMock(),
        { request: { query: ScheduleMeetingDocument, variables: () => true }, result: scheduled },
      ],
    });
    const user = userEvent.setup();
    const dialog = await screen.findByRole('dialog', { name: 'Schedule a meeting' });
    // The reader's time zone to begin with (the tests run in UTC).
    expect(within(dialog).getByRole('combobox', { name: /^Time zone/ })).toHaveValue('UTC');

    await user.click(within(dialog).getByRole('button', { name: 'Schedule the meeting' }));
    expect(await within(dialog).findByText('Enter the date and time it starts.')).toBeInTheDocument();
    expect(within(dialog).getByText('Enter the date and time it ends.')).toBeInTheDocument();
    expect(within(dialog).getByText('Give a place, a link to join online, or both.')).toBeInTheDocument();

    await user.click(within(dialog).getByLabelText(/^Link to join online/));
    await user.paste('http://meet.example.org');
    expect(await within(dialog).findByText('Enter a link that starts with https://.')).toBeInTheDocument();
    expect(within(dialog).queryByText('Give a place, a link to join online, or both.')).not.toBeInTheDocument();

    await pickDateTime(user, within(dialog).getByLabelText(/^Starts/), '2020-09-01T10:00');
    expect(await within(dialog).findByText('A meeting is scheduled in the future.')).toBeInTheDocument();
    await pickDateTime(user, within(dialog).getByLabelText(/^Starts/), '2036-09-01T10:00');
    expect(within(dialog).getByLabelText(/^Starts/)).toHaveTextContent('Sep 1, 2036, 10:00');
    // The end follows the start, two hours later.
    expect(within(dialog).getByLabelText(/^Ends/)).toHaveTextContent('Sep 1, 2036, 12:00');
    await pickDateTime(user, within(dialog).getByLabelText(/^Ends/), '2036-09-02T11:00');
    expect(
      await within(dialog).findByText(
        'A meeting lasts at most 24 hours: schedule a longer session as several meetings.',
      ),
    ).toBeInTheDocument();
    await pickDateTime(user, within(dialog).getByLabelText(/^Ends/), '2036-09-01T09:00');
    expect(await within(dialog).findByText('The meeting must end after it starts.')).toBeInTheDocument();

    await user.click(within(dialog).getByRole('button', { name: 'Schedule the meeting' }));
    expect(scheduled).not.toHaveBeenCalled();
  });

  it('sends the times as instants read in the meeting’s time zone, the agenda in order and the documents', async () => {
    const onSaved = vi.fn();
    const scheduled = vi.fn(() => ({
      data: { scheduleMeeting: meetingSummary({ id: 'm7', number: 7, timeZone: 'Asia/Riyadh' }) },
    }));
    renderWithApp(<MeetingFormDialog bodyId="ab" workspaceId="w-ab" onClose={vi.fn()} onSaved={onSaved} />, {
      mocks: [
        signedInMock(),
        documentChoicesAnswer([
          { id: 'f1', fileName: 'Programme review.pdf' },
          { id: 'f2', fileName: 'Budget 2027.xlsx' },
        ]),
        {
          request: {
            query: ScheduleMeetingDocument,
            variables: {
              input: {
                bodyId: 'ab',
                number: 7,
                startsAt: '2036-03-01T06:30:00.000Z',
                endsAt: '2036-03-01T08:30:00.000Z',
                timeZone: 'Asia/Riyadh',
                place: 'King Abdulaziz Conference Centre, Riyadh',
                agenda: ['Opening by the Chair', 'Programme review'],
                documentIds: ['f2'],
              },
            },
          },
          result: scheduled,
        },
      ],
    });
    const user = userEvent.setup();
    const dialog = await screen.findByRole('dialog', { name: 'Schedule a meeting' });

    await user.type(within(dialog).getByLabelText(/^Number/), '7');
    const zone = within(dialog).getByRole('combobox', { name: /^Time zone/ });
    await user.clear(zone);
    await user.type(zone, 'Riyadh');
    await user.click(await screen.findByRole('option', { name: 'Asia/Riyadh' }));
    await pickDateTime(user, within(dialog).getByLabelText(/^Starts/), '2036-03-01T09:30');
    await user.click(within(dialog).getByLabelText(/^Place/));
    await user.paste('King Abdulaziz Conference Centre, Riyadh');

    await user.click(within(dialog).getByRole('textbox', { name: 'Agenda item 1' }));
    await user.paste('Programme review');
    await user.click(within(dialog).getByRole('button', { name: 'Add an agenda item' }));
    await user.click(within(dialog).getByRole('textbox', { name: 'Agenda item 2' }));
    await user.paste('Opening by the Chair');
    await user.click(within(dialog).getByRole('button', { name: 'Move item 2 up' }));
    expect(within(dialog).getByRole('textbox', { name: 'Agenda item 1' })).toHaveValue('Opening by the Chair');
    // An empty item is left out.
    await user.click(within(dialog).getByRole('button', { name: 'Add an agenda item' }));

    await user.click(within(dialog).getByRole('combobox', { name: /^Documents/ }));
    await user.click(await screen.findByRole('option', { name: 'Budget 2027.xlsx' }));

    await user.click(within(dialog).getByRole('button', { name: 'Schedule the meeting' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalledWith('m7'));
    expect(scheduled).toHaveBeenCalledTimes(1);
  });

  it('changes a meeting with the same form, an emptied place taking it away', async () => {
    const onSaved = vi.fn();
    const meeting = meetingDetail();
    const updated = vi.fn(() => ({
      data: {
        updateMeeting: {
          ...meetingSummary({ place: null }),
          agenda: meeting.agenda,
          documents: meeting.documents,
        },
      },
    }));
    renderWithApp(
      <MeetingFormDialog bodyId="ab" workspaceId="w-ab" meeting={meeting} onClose={vi.fn()} onSaved={onSaved} />,
      {
        mocks: [
          signedInMock(),
          documentChoicesAnswer([]),
          {
            request: {
              query: UpdateMeetingDocument,
              variables: {
                input: {
                  id: 'm12',
                  startsAt: '2026-06-10T14:00:00.000Z',
                  endsAt: '2026-06-10T16:00:00.000Z',
                  timeZone: 'America/New_York',
                  place: '',
                  onlineUrl: 'https://meet.example.org/uncct-ab',
                  agenda: ['Opening by the Chair', 'UNCCT programme review', 'Any other business'],
                  documentIds: ['f1'],
                },
              },
            },
            result: updated,
          },
        ],
      },
    );
    const user = userEvent.setup();
    const dialog = await screen.findByRole('dialog', { name: 'Change the meeting' });
    // Its times as the clock reads where it is held.
    expect(within(dialog).getByLabelText(/^Starts/)).toHaveTextContent('Jun 10, 2026, 10:00');
    expect(within(dialog).queryByLabelText(/^Number/)).not.toBeInTheDocument();
    // The meeting's own document stays chosen even when it is not among the workspace's newest files.
    expect(within(dialog).getAllByText('Programme review.pdf')[0]).toBeInTheDocument();

    await user.clear(within(dialog).getByLabelText(/^Place/));
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalledWith('m12'));
    expect(updated).toHaveBeenCalledTimes(1);
  });
});
