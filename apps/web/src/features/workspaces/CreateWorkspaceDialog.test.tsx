import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderWithApp, signedInMock } from '../../test/render';
import { CreateWorkspaceDialog } from './CreateWorkspaceDialog';
import { CreateWorkspaceDocument } from './operations';

describe('CreateWorkspaceDialog', () => {
  it('asks for a name once the field is left empty, and creates nothing without one', async () => {
    const created = vi.fn();
    renderWithApp(<CreateWorkspaceDialog onClose={vi.fn()} />, {
      mocks: [signedInMock(), { request: { query: CreateWorkspaceDocument, variables: () => true }, result: created }],
    });
    const user = userEvent.setup();
    const name = await screen.findByLabelText(/^Name/);

    expect(screen.queryByText('Enter a name.')).not.toBeInTheDocument();
    await user.click(name);
    await user.tab();
    expect(await screen.findByText('Enter a name.')).toBeInTheDocument();

    await user.type(name, 'Border data');
    await waitFor(() => expect(screen.queryByText('Enter a name.')).not.toBeInTheDocument());

    await user.clear(name);
    await user.click(screen.getByRole('button', { name: 'Create the workspace' }));
    expect(await screen.findByText('Enter a name.')).toBeInTheDocument();
    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(created).not.toHaveBeenCalled();
  });
});
