import type { TFunction } from 'i18next';
import type { Language } from '@ctcp/shared';
import { countryName } from '../../i18n/countries';

/** "Bandos, Maldives", "Online": where an activity took place, in the UI language. */
export function activityPlace(
  activity: { online: boolean; city?: string | null; countryCode?: string | null },
  language: Language,
  t: TFunction,
): string {
  if (activity.online) return t('activities.online');
  const country = activity.countryCode ? countryName(activity.countryCode, language) : null;
  return [activity.city, country].filter(Boolean).join(', ') || '—';
}
