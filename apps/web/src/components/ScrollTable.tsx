import type { ReactNode } from 'react';
import { Box, Table, VisuallyHidden } from '@mantine/core';

interface ScrollTableProps {
  /** Names the table (a caption) and its scrolling region. */
  label: string;
  /** Below this width the table scrolls sideways instead of squeezing its columns. */
  minWidth?: number;
  children: ReactNode;
}

/**
 * A table that stays readable on phones: it keeps its columns and scrolls horizontally. The scrolling
 * region is named and focusable so keyboard users can scroll it too.
 */
export function ScrollTable({ label, minWidth = 640, children }: ScrollTableProps) {
  return (
    <Box
      role="region"
      aria-label={label}
      tabIndex={0}
      className="scroll-region"
      style={{ overflowX: 'auto', WebkitOverflowScrolling: 'touch' }}
    >
      <Table miw={minWidth} striped highlightOnHover verticalSpacing="sm" horizontalSpacing="md">
        <VisuallyHidden component="caption">{label}</VisuallyHidden>
        {children}
      </Table>
    </Box>
  );
}
