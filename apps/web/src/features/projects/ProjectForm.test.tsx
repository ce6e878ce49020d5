import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { MockLink } from '@apollo/client/testing';
import { OrganizationOptionsDocument } from '../../gql/graphql';
import { renderWithApp, signedInMock } from '../../test/render';
import { CreateProjectDocument, ProjectFormOptionsDocument, UpdateProjectDocument } from './operations';
import { EMPTY_PROJECT, ProjectForm, type ProjectFormValues } from './ProjectForm';

const optionsAnswer: MockLink.MockedResponse = {
  request: { query: ProjectFormOptionsDocument, variables: { language: 'en' } },
  result: {
    data: {
      workingGroups: [
        { __typename: 'WorkingGroup', id: 'wg-bmle', key: 'BMLE', name: 'Border Management and Law Enforcement' },
      ],
    },
  },
  maxUsageCount: 5,
};

/** What the lead and partner entities' boxes offer. */
const organizationsAnswer: MockLink.MockedResponse = {
  request: { query: OrganizationOptionsDocument, variables: () => true },
  result: { data: { organizations: { __typename: 'OrganizationConnection', edges: [] } } },
  maxUsageCount: 10,
};

const project: ProjectFormValues = {
  ...EMPTY_PROJECT,
  title: 'Border security in Central Asia',
  lead: { id: 'org-unodc', acronym: 'UNODC', name: 'UN Office on Drugs and Crime', kind: 'COMPACT_ENTITY' },
  startDate: '2025-03-01',
  endDate: '2025-02-01',
};

describe('ProjectForm', () => {
  it('says what is missing next to the fields, without asking the api', async () => {
    const created = vi.fn();
    renderWithApp(<ProjectForm />, {
      mocks: [
        signedInMock(),
        optionsAnswer,
        organizationsAnswer,
        { request: { query: CreateProjectDocument, variables: () => true }, result: created },
      ],
    });
    const user = userEvent.setup();

    await user.click(screen.getByRole('button', { name: 'Create the project' }));

    expect(await screen.findByText('Enter a title.')).toBeInTheDocument();
    expect(screen.getByText('Choose the lead entity.')).toBeInTheDocument();
    expect(screen.getByText('Enter the start date.')).toBeInTheDocument();
    expect(screen.getByLabelText(/^Title/)).toHaveAttribute('aria-invalid', 'true');

    await user.type(screen.getByLabelText(/^Title/), 'B');
    await waitFor(() => expect(screen.queryByText('Enter a title.')).not.toBeInTheDocument());
    expect(created).not.toHaveBeenCalled();
  });

  it('refuses an end before the start, then shows the api’s complaint about a field next to it', async () => {
    const updated = vi.fn(() => ({
      errors: [{ message: 'The budget is too large.', extensions: { code: 'BAD_USER_INPUT', field: 'budgetUsd' } }],
    }));
    renderWithApp(<ProjectForm initial={project} projectId="p1" />, {
      mocks: [
        signedInMock(),
        optionsAnswer,
        organizationsAnswer,
        { request: { query: UpdateProjectDocument, variables: () => true }, result: updated },
      ],
    });
    const user = userEvent.setup();
    const save = screen.getByRole('button', { name: 'Save changes' });

    await user.click(save);
    expect(await screen.findByText('The end date comes before the start date.')).toBeInTheDocument();
    expect(updated).not.toHaveBeenCalled();

    await user.clear(screen.getByLabelText(/^End date/));
    await waitFor(() =>
      expect(screen.queryByText('The end date comes before the start date.')).not.toBeInTheDocument(),
    );
    await user.click(save);

    await waitFor(() => expect(updated).toHaveBeenCalledTimes(1));
    expect(await screen.findByText('The budget is too large.')).toBeInTheDocument();
    expect(screen.getByLabelText(/^Budget/)).toHaveAttribute('aria-invalid', 'true');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('sends the marking chosen for a new project, and says who reads a strictly confidential one', async () => {
    const created = vi.fn(() => ({ data: { createProject: { __typename: 'Project', id: 'p9' } } }));
    renderWithApp(<ProjectForm initial={{ ...project, endDate: '' }} />, {
      mocks: [
        signedInMock(),
        optionsAnswer,
        organizationsAnswer,
        {
          request: {
            query: CreateProjectDocument,
            variables: {
              input: {
                title: 'Border security in Central Asia',
                summary: '',
                beneficiaryCountryCodes: [],
                beneficiaryRegions: [],
                pillars: [],
                status: 'PLANNED',
                startDate: '2025-03-01',
                leadEntityId: 'org-unodc',
                partners: [],
                endDate: null,
                budgetUsd: null,
                workingGroupId: null,
                classification: 'STRICTLY_CONFIDENTIAL',
              },
            },
          },
          result: created,
        },
      ],
      routes: [{ path: '/projects/:id', element: <p>The project’s page</p> }],
    });
    const user = userEvent.setup();

    const marking = screen.getByRole('radiogroup', { name: /^Marking/ });
    expect(within(marking).getByRole('radio', { name: /^Unclassified/ })).toBeChecked();
    expect(within(marking).getByRole('radio', { name: /^Confidential/ })).toHaveAccessibleDescription(
      'The project’s parties: coordinators, the people of the lead and partner entities and of the beneficiary States; not observers.',
    );
    expect(screen.queryByText(/Only you and the people named on it/)).not.toBeInTheDocument();

    await user.click(within(marking).getByRole('radio', { name: /^Strictly confidential/ }));
    expect(screen.getByRole('status')).toHaveTextContent(
      'Only you and the people named on it will read this project. Name them on its page once it is saved',
    );
    await user.click(screen.getByRole('button', { name: 'Create the project' }));

    expect(await screen.findByText('The project’s page')).toBeInTheDocument();
    expect(created).toHaveBeenCalledTimes(1);
  });

  it('leaves the marking of a project being edited to its own dialog', () => {
    renderWithApp(<ProjectForm initial={{ ...project, classification: 'CONFIDENTIAL' }} projectId="p1" />, {
      mocks: [signedInMock(), optionsAnswer, organizationsAnswer],
    });
    expect(screen.getByLabelText(/^Title/)).toHaveValue(project.title);
    expect(screen.queryByRole('radiogroup', { name: /^Marking/ })).not.toBeInTheDocument();
  });
});
