import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { MockLink } from '@apollo/client/testing';
import { renderWithApp, signedInMock } from '../../test/render';
import { RequestFormOptionsDocument, SubmitAssistanceRequestDocument } from './operations';
import { RequestForm } from './RequestForm';

const focalPoint = {
  id: 'user-ph',
  email: 'focal.point@ph.example',
  name: 'Maria Santos',
  role: 'FOCAL_POINT' as const,
  isOrganizationAdmin: true,
  preferredLanguage: 'en' as const,
  organization: { id: 'org-ph', acronym: null, kind: 'MEMBER_STATE' as const },
  twoFactor: { enabled: false, required: false },
};

const optionsAnswer: MockLink.MockedResponse = {
  request: { query: RequestFormOptionsDocument, variables: { language: 'en' } },
  result: {
    data: {
      workingGroups: [
        { __typename: 'WorkingGroup', id: 'wg-bmle', key: 'BMLE', name: 'Border Management and Law Enforcement' },
      ],
      organizations: {
        __typename: 'OrganizationConnection',
        edges: [
          {
            __typename: 'OrganizationEdge',
            node: {
              __typename: 'Organization',
              id: 'org-unodc',
              acronym: 'UNODC',
              name: 'UN Office on Drugs and Crime',
            },
          },
        ],
      },
    },
  },
  maxUsageCount: 5,
};

const input = {
  title: 'Training on API/PNR',
  description: 'Help us set up a passenger information unit.',
  pillars: [],
  priority: 'MEDIUM',
  desiredTimeframe: '',
  beneficiaryInstitutions: '',
  sharingScope: 'ALL_ENTITIES',
  sharedEntityIds: [],
  workingGroupId: null,
  classification: 'UNCLASSIFIED',
  draft: false,
};

async function fillRequired() {
  const user = userEvent.setup();
  await user.type(screen.getByLabelText(/^Title/), input.title);
  await user.type(screen.getByLabelText(/^Description/), input.description);
  return user;
}

describe('RequestForm', () => {
  it('says what is missing next to the fields, without asking the api', async () => {
    const submitted = vi.fn();
    renderWithApp(<RequestForm />, {
      mocks: [
        signedInMock(focalPoint),
        optionsAnswer,
        { request: { query: SubmitAssistanceRequestDocument, variables: () => true }, result: submitted },
      ],
    });
    const user = userEvent.setup();

    await user.click(screen.getByRole('button', { name: 'Submit' }));
    expect(await screen.findByText('Enter a title.')).toBeInTheDocument();
    expect(screen.getByText('Describe the assistance needed.')).toBeInTheDocument();

    await user.click(screen.getByRole('radio', { name: /^Named entities/ }));
    expect(await screen.findByText('Name at least one entity.')).toBeInTheDocument();
    expect(submitted).not.toHaveBeenCalled();
  });

  it('submits the request and shows the api’s complaint about a field next to that field', async () => {
    const submitted = vi.fn(() => ({
      errors: [
        { message: 'This working group does not exist.', extensions: { code: 'BAD_USER_INPUT', field: 'title' } },
      ],
    }));
    renderWithApp(<RequestForm />, {
      mocks: [
        signedInMock(focalPoint),
        optionsAnswer,
        { request: { query: SubmitAssistanceRequestDocument, variables: { input } }, result: submitted },
      ],
    });

    const user = await fillRequired();
    await user.click(screen.getByRole('button', { name: 'Submit' }));

    await waitFor(() => expect(submitted).toHaveBeenCalledTimes(1));
    expect(await screen.findByText('This working group does not exist.')).toBeInTheDocument();
    expect(screen.getByLabelText(/^Title/)).toHaveAttribute('aria-invalid', 'true');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('sends the marking chosen, and says who reads a strictly confidential request', async () => {
    const submitted = vi.fn(() => ({
      data: { submitAssistanceRequest: { __typename: 'AssistanceRequest', id: 'r9', status: 'SUBMITTED' } },
    }));
    renderWithApp(<RequestForm />, {
      mocks: [
        signedInMock(focalPoint),
        optionsAnswer,
        {
          request: {
            query: SubmitAssistanceRequestDocument,
            variables: { input: { ...input, classification: 'STRICTLY_CONFIDENTIAL' } },
          },
          result: submitted,
        },
      ],
      routes: [{ path: '/requests/:id', element: <p>The request’s page</p> }],
    });

    const marking = screen.getByRole('radiogroup', { name: /^Marking/ });
    expect(within(marking).getByRole('radio', { name: /^Unclassified/ })).toBeChecked();
    expect(screen.queryByText(/Only you and the people named on it/)).not.toBeInTheDocument();

    const user = await fillRequired();
    await user.click(within(marking).getByRole('radio', { name: /^Strictly confidential/ }));
    expect(screen.getByRole('status')).toHaveTextContent(
      'Only you and the people named on it will read this request. Name them on its page once it is saved, coordinators included',
    );
    await user.click(screen.getByRole('button', { name: 'Submit' }));

    expect(await screen.findByText('The request’s page')).toBeInTheDocument();
    expect(submitted).toHaveBeenCalledTimes(1);
  });

  it('leaves the marking of a request being edited to its own dialog', () => {
    renderWithApp(
      <RequestForm
        request={{ id: 'r1', status: 'DRAFT' }}
        initial={{
          title: input.title,
          description: input.description,
          workingGroupId: null,
          pillars: [],
          priority: 'MEDIUM',
          desiredTimeframe: '',
          beneficiaryInstitutions: '',
          sharingScope: 'ALL_ENTITIES',
          sharedEntityIds: [],
          classification: 'CONFIDENTIAL',
        }}
      />,
      { mocks: [signedInMock(focalPoint), optionsAnswer] },
    );
    expect(screen.getByLabelText(/^Title/)).toHaveValue(input.title);
    expect(screen.queryByRole('radiogroup', { name: /^Marking/ })).not.toBeInTheDocument();
  });
});
