import type { ReactNode } from 'react';
import { Badge } from '@mantine/core';

export type Tone = 'info' | 'success' | 'warning' | 'danger' | 'neutral';

// The theme keeps shade 9 on shade 1 ("light" variant) above 4.5:1 for these palettes.
const TONE_COLORS: Record<Tone, string> = {
  info: 'unBlue',
  success: 'green',
  warning: 'orange',
  danger: 'red',
  neutral: 'gray',
};

export function ToneBadge({ tone, children }: { tone: Tone; children: ReactNode }) {
  return (
    <Badge
      variant="light"
      color={TONE_COLORS[tone]}
      radius="sm"
      tt="none"
      fw={600}
      // A badge is short: never cut it to "Act…" in a narrow table cell.
      style={{ flexShrink: 0, minWidth: 'max-content' }}
    >
      {children}
    </Badge>
  );
}
