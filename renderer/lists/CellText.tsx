import type { ReactNode } from 'react';

interface CellTextProps {
  children: ReactNode;
  dimmed?: boolean;
  numeric?: boolean;
}

/** Cell content on one line, cut with an ellipsis; the full text stays available as a tooltip. */
export const CellText = ({ children, dimmed = false, numeric = false }: CellTextProps) => (
  <span
    className={numeric ? 'lb-truncate lb-numeric' : 'lb-truncate'}
    title={typeof children === 'string' ? children : undefined}
    style={dimmed ? { color: 'var(--mantine-color-dimmed)' } : undefined}
  >
    {children}
  </span>
);
