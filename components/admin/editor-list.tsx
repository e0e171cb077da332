import type { ReactNode } from 'react';
import { Link } from '@/i18n/navigation';
import { ColumnHeads, ScrollTable } from '@/components/ui/data-table';

/** An editors' list page body: the "new" button, then the records' table (or a sentence when there are none). */
export function EditorList({
  createHref,
  createLabel,
  caption,
  minWidth,
  columns,
  count,
  empty,
  children,
}: {
  createHref: string;
  createLabel: string;
  caption: string;
  minWidth: string;
  columns: string[];
  count: number;
  empty?: string;
  children: ReactNode;
}) {
  return (
    <div className="space-y-4">
      <Link href={createHref} className="inline-block rounded-lg bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
        {createLabel}
      </Link>
      {count === 0 && empty ? (
        <p>{empty}</p>
      ) : (
        <ScrollTable caption={caption} minWidth={minWidth} head={<ColumnHeads labels={columns} />}>
          {children}
        </ScrollTable>
      )}
    </div>
  );
}
