import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { UpdateMyProfileDocument } from '../features/profile';
import { i18n, LANGUAGE_STORAGE_KEY } from '../i18n';
import { adminUser, renderWithApp, signedInMock, signedOutMock } from '../test/render';
import { useSession } from '../session';
import { LanguageSwitcher } from './LanguageSwitcher';

function SessionStatus() {
  return <output>{useSession().status}</output>;
}

async function chooseArabic() {
  const user = userEvent.setup();
  await user.click(screen.getByRole('combobox', { name: 'Language' }));
  await user.click(await screen.findByRole('option', { name: 'العربية' }));
}

describe('LanguageSwitcher', () => {
  it('lists each language in its own script', async () => {
    renderWithApp(<LanguageSwitcher />, { mocks: [signedOutMock()] });
    await userEvent.setup().click(screen.getByRole('combobox', { name: 'Language' }));
    const options = await screen.findAllByRole('option');
    expect(options.map((option) => option.textContent)).toEqual([
      'العربية',
      '中文',
      'English',
      'Français',
      'Русский',
      'Español',
    ]);
  });

  it('switches to Arabic: right-to-left, html lang, remembered in the browser', async () => {
    renderWithApp(<LanguageSwitcher />, { mocks: [signedOutMock()] });

    await chooseArabic();

    await waitFor(() => expect(document.documentElement).toHaveAttribute('dir', 'rtl'));
    expect(document.documentElement).toHaveAttribute('lang', 'ar');
    expect(i18n.language).toBe('ar');
    expect(window.localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('ar');
    // The switcher itself is now labelled in Arabic.
    expect(screen.getByRole('combobox', { name: 'اللغة' })).toBeInTheDocument();
  });

  it('saves the choice in the profile when someone is signed in', async () => {
    const saved = vi.fn(() => ({
      data: {
        updateMyProfile: { __typename: 'User', id: adminUser.id, name: adminUser.name, preferredLanguage: 'ar' },
      },
    }));
    renderWithApp(
      <>
        <SessionStatus />
        <LanguageSwitcher />
      </>,
      {
        mocks: [
          signedInMock(),
          {
            request: { query: UpdateMyProfileDocument, variables: { input: { preferredLanguage: 'ar' } } },
            result: saved,
          },
        ],
      },
    );
    expect(await screen.findByText('signedIn')).toBeInTheDocument();

    await chooseArabic();

    await waitFor(() => expect(saved).toHaveBeenCalledTimes(1));
    expect(document.documentElement).toHaveAttribute('dir', 'rtl');
  });
});
