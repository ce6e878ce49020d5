import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { CombinedGraphQLErrors } from '@apollo/client';
import { Button, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { UiProviders } from '../app/Providers';
import { apiErrorField, useFieldErrors } from './form';

interface Values {
  start: string;
  end: string;
  place: string;
}

function refusal(field: string, message = 'The api says no.') {
  return new CombinedGraphQLErrors({ errors: [{ message, extensions: { code: 'BAD_USER_INPUT', field } }] });
}

/** A form with a rule reading another field; its submit hands the values to `save`, which may throw. */
function DatesForm({ save }: { save: (values: Values) => Promise<void> }) {
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: { start: '', end: '', place: '' },
    validate: {
      start: (value) => (value ? null : 'Enter the start.'),
      end: (value, values) => (value && value < values.start ? 'The end is before the start.' : null),
    },
  });
  const fieldErrors = useFieldErrors(form);
  const submit = async (values: Values) => {
    try {
      await save(values);
    } catch (caught) {
      fieldErrors.showApiError(caught, ['start', 'end', 'place'], { placeId: 'place' });
    }
  };
  return (
    <form onSubmit={fieldErrors.onSubmit(submit)} noValidate>
      <TextInput label="Start" {...form.getInputProps('start')} />
      <TextInput label="End" {...form.getInputProps('end')} />
      <TextInput label="Place" {...form.getInputProps('place')} />
      <Button type="submit">Save</Button>
    </form>
  );
}

function renderForm(save: (values: Values) => Promise<void>) {
  render(
    <UiProviders mantineEnv="test">
      <DatesForm save={save} />
    </UiProviders>,
  );
  return userEvent.setup();
}

describe('apiErrorField', () => {
  it('names the form’s field a BAD_USER_INPUT error is about, when the form shows it', () => {
    expect(apiErrorField(refusal('title'), ['title', 'summary'])).toBe('title');
    expect(apiErrorField(refusal('leadEntityId'), ['title', 'lead'], { leadEntityId: 'lead' })).toBe('lead');
    expect(apiErrorField(refusal('status'), ['title'])).toBeUndefined();
    expect(apiErrorField(new Error('Network down'), ['title'])).toBeUndefined();
  });
});

describe('useFieldErrors', () => {
  it('says nothing before the first submit, then follows every correction', async () => {
    const save = vi.fn(() => Promise.resolve());
    const user = renderForm(save);

    await user.type(screen.getByLabelText('End'), '2025-01-01');
    expect(screen.queryByText('Enter the start.')).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Enter the start.')).toBeInTheDocument();
    expect(screen.getByLabelText('Start')).toHaveAttribute('aria-invalid', 'true');
    expect(save).not.toHaveBeenCalled();

    // A rule reading another field follows that field too.
    await user.type(screen.getByLabelText('Start'), '2025-02-01');
    expect(screen.queryByText('Enter the start.')).not.toBeInTheDocument();
    expect(await screen.findByText('The end is before the start.')).toBeInTheDocument();

    await user.clear(screen.getByLabelText('Start'));
    expect(await screen.findByText('Enter the start.')).toBeInTheDocument();
    expect(screen.queryByText('The end is before the start.')).not.toBeInTheDocument();
    expect(save).not.toHaveBeenCalled();
  });

  it('shows the api’s refusal next to its field until that field changes', async () => {
    const save = vi.fn(() => Promise.reject(refusal('placeId', 'This place is unknown.')));
    const user = renderForm(save);

    await user.type(screen.getByLabelText('Start'), '2025-01-01');
    await user.type(screen.getByLabelText('Place'), 'Nowhere');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(save).toHaveBeenCalledTimes(1));
    expect(await screen.findByText('This place is unknown.')).toBeInTheDocument();
    expect(screen.getByLabelText('Place')).toHaveAttribute('aria-invalid', 'true');

    await user.type(screen.getByLabelText('End'), '2025-01-02');
    expect(screen.getByText('This place is unknown.')).toBeInTheDocument();

    await user.type(screen.getByLabelText('Place'), ' town');
    await waitFor(() => expect(screen.queryByText('This place is unknown.')).not.toBeInTheDocument());
    expect(screen.getByLabelText('Place')).not.toHaveAttribute('aria-invalid', 'true');
  });
});
