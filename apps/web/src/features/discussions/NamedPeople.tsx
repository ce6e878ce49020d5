import { useId } from 'react';
import { Text } from '@mantine/core';
import classes from './NamedPeople.module.css';

/** One person named on a STRICTLY_CONFIDENTIAL record, with the organization shown beside them (if any). */
export interface NamedPerson {
  key: string;
  name: string;
  organization: string | null;
}

/** The people named on a STRICTLY_CONFIDENTIAL record (a thread, a request), under its top banner. */
export function NamedPeople({ label, people }: { label: string; people: readonly NamedPerson[] }) {
  const labelId = useId();
  return (
    <div className={classes.markingParticipants}>
      <Text component="span" size="sm" fw={600} id={labelId}>
        {label}
      </Text>
      <ul aria-labelledby={labelId}>
        {people.map((person) => (
          <li key={person.key}>
            <bdi>{person.name}</bdi>
            {person.organization && person.organization !== person.name && (
              <Text component="span" size="xs" c="dimmed">
                {' '}
                · <bdi>{person.organization}</bdi>
              </Text>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
