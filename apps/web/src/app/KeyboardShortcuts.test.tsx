import { TextInput } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { i18n } from '../i18n';
import { renderWithApp, signedInMock, WhenSignedIn } from '../test/render';
import { KeyboardShortcuts, useShortcutsSheetHotkey } from './KeyboardShortcuts';
import { UserMenu } from './UserMenu';

/** As the signed-in layout wires it: `?` anywhere, the account menu, and a field to type in. */
function Layout() {
  const [opened, { open, close }] = useDisclosure(false);
  useShortcutsSheetHotkey(open);
  return (
    <>
      <UserMenu onShowShortcuts={open} />
      <TextInput label="Reply" />
      <KeyboardShortcuts opened={opened} onClose={close} />
    </>
  );
}

function renderLayout() {
  renderWithApp(
    <WhenSignedIn>
      <Layout />
    </WhenSignedIn>,
    { mocks: [signedInMock()] },
  );
  return userEvent.setup();
}

describe('the keyboard shortcuts', () => {
  it('open with ? and list the app’s shortcuts', async () => {
    const user = renderLayout();
    await screen.findByLabelText('Reply');

    await user.keyboard('?');

    const sheet = await screen.findByRole('dialog', { name: 'Keyboard shortcuts' });
    const search = within(sheet).getByText('Open the search').closest('div')!;
    expect(search).toHaveTextContent(/Ctrl\s\+\sK/);
    expect(within(sheet).getByText('Show this list').closest('div')).toHaveTextContent('?');
    expect(within(sheet).getByText('Send the post')).toBeInTheDocument();

    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });

  it('do not open while typing in a field, where ? is a question mark', async () => {
    const user = renderLayout();
    const field = await screen.findByLabelText('Reply');

    await user.type(field, 'Why?');

    expect(field).toHaveValue('Why?');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('open from the account menu too', async () => {
    const user = renderLayout();
    await user.click(await screen.findByRole('button', { name: /account menu$/ }));

    await user.click(screen.getByRole('menuitem', { name: 'Keyboard shortcuts' }));

    expect(await screen.findByRole('dialog', { name: 'Keyboard shortcuts' })).toBeInTheDocument();
  });

  it('are translated, keys kept left to right in Arabic', async () => {
    await i18n.changeLanguage('ar');
    const user = renderLayout();
    await screen.findByLabelText('Reply');

    await user.keyboard('?');

    const sheet = await screen.findByRole('dialog', { name: 'اختصارات لوحة المفاتيح' });
    const keys = within(sheet).getByText('فتح البحث').closest('div')!.querySelector('dt span');
    expect(keys).toHaveAttribute('dir', 'ltr');
    expect(keys).toHaveTextContent(/Ctrl\s\+\sK/);
  });
});
