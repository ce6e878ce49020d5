import type { ReactNode } from 'react';

export interface Detail {
  label: string;
  value: ReactNode;
}

interface DetailListProps {
  items: Detail[];
  /** Each label above its value, for a narrow side panel. */
  stacked?: boolean;
}

/** Label/value pairs as a description list: two columns on wide screens, stacked on phones. */
export function DetailList({ items, stacked }: DetailListProps) {
  return (
    <dl className={stacked ? 'detail-list stacked' : 'detail-list'}>
      {items.map((item) => (
        <div key={item.label} className="detail-list-row">
          <dt>{item.label}</dt>
          <dd>{item.value}</dd>
        </div>
      ))}
    </dl>
  );
}
