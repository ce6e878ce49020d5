import { useDebouncedValue } from '@mantine/hooks';
import { useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { DayField } from '../../components/DateFields';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Today in the viewer's calendar, as YYYY-MM-DD. */
export function today(now = new Date()): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * The day the directory is shown as of, kept in the address (`?asOf=YYYY-MM-DD`) so that it can be shared and
 * reloaded. `asOf` is what the control shows (empty: today); `queryAsOf` is the day to ask the api for, settled
 * for a moment while a date is being typed.
 */
export function useAsOf(): { asOf: string; setAsOf: (value: string) => void; queryAsOf: string } {
  const [params, setParams] = useSearchParams();
  const given = params.get('asOf') ?? '';
  const asOf = DATE.test(given) ? given : '';
  const [settled] = useDebouncedValue(asOf, 300);
  const setAsOf = (value: string) => {
    const next = new URLSearchParams(params);
    if (DATE.test(value)) next.set('asOf', value);
    else next.delete('asOf');
    setParams(next, { replace: true });
  };
  return { asOf, setAsOf, queryAsOf: settled || today() };
}

/** The date control of the directory's pages. */
export function AsOfInput({ value, onChange }: { value: string; onChange: (value: string) => void }) {
  const { t } = useTranslation();
  return (
    <DayField
      label={t('organizations.asOf')}
      description={t('organizations.asOfHelp')}
      value={value}
      onChange={onChange}
      w={{ base: '100%', sm: 320 }}
    />
  );
}
