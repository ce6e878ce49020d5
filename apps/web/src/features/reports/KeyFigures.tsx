import { Paper, SimpleGrid, Text } from '@mantine/core';
import classes from './KeyFigures.module.css';

export interface KeyFigure {
  label: string;
  value: string;
  /** A line under the label, e.g. what is reported apart. */
  note?: string;
}

/** Big numbers with what they count: the first thing a report or the dashboard shows. */
export function KeyFigures({ figures }: { figures: KeyFigure[] }) {
  return (
    <SimpleGrid component="dl" cols={{ base: 2, sm: 3 }} spacing="md" m={0} className={classes.keyFigures}>
      {figures.map((figure) => (
        <Paper key={figure.label} withBorder radius="md" p="md" className={classes.keyFigure}>
          <Text component="dt" size="sm" c="dimmed" fw={500}>
            {figure.label}
          </Text>
          <Text
            component="dd"
            m={0}
            fz={{ base: 22, sm: 28 }}
            fw={700}
            lh={1.2}
            c="var(--mantine-color-unBlue-text)"
            className={classes.keyFigureValue}
          >
            {figure.value}
          </Text>
          {figure.note && (
            <Text component="dd" m={0} size="xs" c="dimmed">
              {figure.note}
            </Text>
          )}
        </Paper>
      ))}
    </SimpleGrid>
  );
}
