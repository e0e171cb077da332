import type { ReactNode } from 'react';
import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { ColumnHeads, ScrollTable } from '@/components/ui/data-table';

type Kind = {
  namespace: 'AdminPartners' | 'AdminAgreements' | 'AdminEvents' | 'AdminProjects' | 'AdminProposals';
  section: 'partners' | 'agreements' | 'events' | 'projects' | 'proposals';
};

/**
 * An editors' list page body: the "new" button, then the records' table (or the kind's "empty"
 * sentence when there are none). The kind gives its own leading columns; the editorial ones
 * (publication, missing translations, last change) follow, filled by EditorialCells.
 */
export async function EditorList({
  kind,
  minWidth,
  columns,
  count,
  showEmpty = false,
  children,
}: {
  kind: Kind;
  minWidth: string;
  columns: string[];
  count: number;
  showEmpty?: boolean;
  children: ReactNode;
}) {
  const t = await getTranslations(kind.namespace);
  return (
    <div className="space-y-4">
      <Link href={`/admin/${kind.section}/new`} className="inline-block rounded-lg bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
        {t('create')}
      </Link>
      {count === 0 && showEmpty ? (
        <p>{t('empty')}</p>
      ) : (
        <ScrollTable
          caption={t('title')}
          minWidth={minWidth}
          head={<ColumnHeads labels={[...columns, t('fields.publicationStatus'), t('missingTranslations'), t('updatedAt')]} />}
        >
          {children}
        </ScrollTable>
      )}
    </div>
  );
}

/** A list row's head: the record's name, linking to its edit page. */
export function RecordNameCell({ href, className = '', children }: { href: string; className?: string; children: ReactNode }) {
  return (
    <th scope="row" className={`${className} px-4 py-3 font-semibold`.trim()}>
      <Link href={href} className="text-brand-700 underline underline-offset-4 dark:text-brand-100">
        {children}
      </Link>
    </th>
  );
}
