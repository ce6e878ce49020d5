import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { MockLink } from '@apollo/client/testing';
import { renderWithApp, signedInMock, WhenSignedIn } from '../../test/render';
import { invitation, organizationAdmin, organizationAdminCan, ownOrganizationAnswer } from './invitations.fixtures';
import { InviteForm } from './InviteForm';
import { InviteUserDocument } from './operations';

const email = 'lena.vogel@unodc.example';

function inviteAnswer(acceptUrl: string | null): MockLink.MockedResponse {
  return {
    request: {
      query: InviteUserDocument,
      variables: {
        language: 'en',
        input: { email, organizationId: 'org-unoct', role: 'OBSERVER', isOrganizationAdmin: false },
      },
    },
    result: {
      data: {
        inviteUser: { __typename: 'InviteUserPayload', acceptUrl, invitation: invitation('inv-new', email) },
      },
    },
  };
}

async function invite(acceptUrl: string | null) {
  renderWithApp(
    <WhenSignedIn>
      <InviteForm actor={organizationAdmin} />
    </WhenSignedIn>,
    {
      mocks: [signedInMock(organizationAdmin, organizationAdminCan), ownOrganizationAnswer, inviteAnswer(acceptUrl)],
    },
  );
  const user = userEvent.setup();
  await user.type(await screen.findByLabelText(/^Email address/), email);
  await user.click(screen.getByRole('combobox', { name: 'Role' }));
  await user.click(await screen.findByRole('option', { name: 'Observer' }));
  await user.click(screen.getByRole('button', { name: 'Create the invitation' }));
  return screen.findByRole('status');
}

describe('InviteForm', () => {
  it('says the invitation went by email when the api mailed the link', async () => {
    const notice = await invite(null);

    expect(notice).toHaveTextContent(`Invitation sent by email to \u2068${email}\u2069`);
    expect(notice).toHaveTextContent('The link in the email can be used once, within 7 days.');
    expect(screen.queryByLabelText('Invitation link')).not.toBeInTheDocument();
    // The form is ready for the next invitation.
    expect(screen.getByLabelText(/^Email address/)).toHaveValue('');
  });

  it('shows the link to pass on when the platform sends no email', async () => {
    const acceptUrl = 'https://ctcp.example/invitations/accept?token=abc';
    const notice = await invite(acceptUrl);

    expect(notice).toHaveTextContent(`Invitation created for \u2068${email}\u2069`);
    expect(screen.getByLabelText('Invitation link')).toHaveValue(acceptUrl);
    expect(screen.getByRole('button', { name: 'Copy link' })).toBeInTheDocument();
  });
});
