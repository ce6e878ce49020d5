import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { MockLink } from '@apollo/client/testing';
import { renderWithApp, signedInMock } from '../../test/render';
import { EU, meetingAnswer, meetingDetail, meetingSummary, SAUDI_ARABIA, SPAIN, UNOCT } from './governance.fixtures';
import { MeetingPage } from './MeetingPage';
import { RecordMeetingOutcomeDocument, UpdateMeetingDocument } from './operations';

const route = { route: '/meetings/m12', path: '/meetings/:id' };

function renderPage(mocks: MockLink.MockedResponse[]) {
  renderWithApp(<MeetingPage />, { ...route, mocks: [signedInMock(), ...mocks] });
}

describe('MeetingPage', () => {
  it('shows when and where, the agenda, the documents and the calendar file', async () => {
    renderPage([meetingAnswer()]);

    expect(
      await screen.findByRole('heading', { level: 1, name: 'UNCCT Advisory Board: 12th meeting' }),
    ).toBeInTheDocument();
    expect(screen.getAllByRole('link', { name: 'UNCCT Advisory Board' })[0]).toHaveAttribute('href', '/governance/ab');
    expect(screen.getByText('Scheduled')).toBeInTheDocument();
    expect(screen.getByText(/June 10, 2026, 10:00\sAM\s–\s12:00\sPM EDT/)).toBeInTheDocument();
    expect(screen.getByText(/June 10, 2026, 2:00\s–\s4:00\sPM UTC/)).toBeInTheDocument();
    expect(screen.getByText('UN Headquarters, Conference Room 7')).toBeInTheDocument();

    const agenda = screen.getByRole('region', { name: 'Agenda' });
    expect(
      within(agenda)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Opening by the Chair', 'UNCCT programme review', 'Any other business']);
    expect(screen.getByRole('link', { name: 'Programme review.pdf' })).toHaveAttribute('href', '/attachments/f1');
    expect(screen.getByRole('link', { name: 'Add to calendar (.ics)' })).toHaveAttribute(
      'href',
      '/exports/meetings/m12/calendar.ics',
    );
    expect(screen.getByText('The outcome has not been recorded yet.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Edit' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Cancel the meeting' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Record the outcome' })).not.toBeInTheDocument();
  });

  it('offers the outcome only once the meeting has begun', async () => {
    const ahead = new Date(Date.now() + 7 * 24 * 3_600_000).toISOString();
    const later = new Date(Date.now() + 7 * 24 * 3_600_000 + 2 * 3_600_000).toISOString();
    renderPage([meetingAnswer(meetingDetail({ viewerMayManage: true, startsAt: ahead, endsAt: later }))]);

    expect(await screen.findByRole('button', { name: 'Edit' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Cancel the meeting' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Record the outcome' })).not.toBeInTheDocument();
  });

  it('cancels the meeting once confirmed', async () => {
    const cancelled = vi.fn(() => ({
      data: {
        updateMeeting: {
          ...meetingSummary({ status: 'CANCELLED' }),
          agenda: meetingDetail().agenda,
          documents: meetingDetail().documents,
        },
      },
    }));
    renderPage([
      meetingAnswer(meetingDetail({ viewerMayManage: true })),
      {
        request: { query: UpdateMeetingDocument, variables: { input: { id: 'm12', cancelled: true } } },
        result: cancelled,
      },
      meetingAnswer(meetingDetail({ viewerMayManage: true, status: 'CANCELLED' })),
    ]);
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Cancel the meeting' }));
    const dialog = await screen.findByRole('dialog', { name: /^Cancel the .*12th meeting.*\?$/ });
    await user.click(within(dialog).getByRole('button', { name: 'Cancel the meeting' }));

    expect(await screen.findByText('This meeting was cancelled.')).toBeInTheDocument();
    expect(cancelled).toHaveBeenCalledTimes(1);
    expect(screen.getByText('The meeting was cancelled: it has no outcome.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Edit' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Record the outcome' })).not.toBeInTheDocument();
  });

  it('records the outcome with the attendees, the body’s members to begin with', async () => {
    const recorded = vi.fn(() => ({
      data: {
        recordMeetingOutcome: {
          ...meetingSummary({ status: 'HELD' }),
          outcome: 'The Board **endorsed** the programme.',
          outcomeHtml: '<p>The Board <strong>endorsed</strong> the programme.</p>',
          outcomeRecordedAt: '2026-06-10T17:00:00.000Z',
        },
      },
    }));
    renderPage([
      meetingAnswer(meetingDetail({ viewerMayManage: true })),
      {
        request: {
          query: RecordMeetingOutcomeDocument,
          variables: {
            input: {
              meetingId: 'm12',
              outcome: 'The Board **endorsed** the programme.',
              attendeeOrganizationIds: ['sa', 'unoct', 'es'],
            },
          },
        },
        result: recorded,
      },
      meetingAnswer(
        meetingDetail({
          viewerMayManage: true,
          status: 'HELD',
          outcome: 'The Board **endorsed** the programme.',
          outcomeHtml: '<p>The Board <strong>endorsed</strong> the programme.</p>',
          outcomeRecordedAt: '2026-06-10T17:00:00.000Z',
          attendees: [SAUDI_ARABIA, UNOCT, SPAIN],
        }),
      ),
    ]);
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Record the outcome' }));
    const dialog = await screen.findByRole('dialog', { name: 'Record the outcome' });
    await user.click(within(dialog).getByRole('button', { name: 'Save the outcome' }));
    expect(await within(dialog).findByText('Enter the outcome of the meeting.')).toBeInTheDocument();
    expect(recorded).not.toHaveBeenCalled();

    await user.type(within(dialog).getByLabelText(/^Outcome/), 'The Board **endorsed** the programme.');
    // Every member is an attendee to begin with: the European Union did not attend.
    await user.click(within(dialog).getByRole('combobox', { name: /^Attending organizations/ }));
    await user.click(await screen.findByRole('option', { name: `${EU.acronym} – ${EU.name}` }));
    await user.click(within(dialog).getByRole('button', { name: 'Save the outcome' }));

    expect(await screen.findByText('endorsed')).toBeInTheDocument();
    expect(recorded).toHaveBeenCalledTimes(1);
    expect(screen.getByText('endorsed').tagName).toBe('STRONG');
    expect(screen.getByText('Held')).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: 'Spain' })).toHaveAttribute('href', '/organizations/es');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });
});
