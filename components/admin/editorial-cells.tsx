import { getLocale, getTranslations } from 'next-intl/server';
import { formatUtcDateTime } from '@/lib/format';
import type { PublicationStatus } from '@/lib/generated/prisma/enums';

type Editorial = { publicationStatus: PublicationStatus; publishAt: Date | null; missingLocales: readonly ('kk' | 'en')[]; updatedAt: Date };

/** The last cells of every editor's list row: publication state, missing translations, last change (UTC). */
export async function EditorialCells({ item }: { item: Editorial }) {
  const [form, dashboard, locale] = await Promise.all([getTranslations('AdminForm'), getTranslations('AdminDashboard'), getLocale()]);
  const when = (date: Date) => formatUtcDateTime(date, locale);
  return (
    <>
      <td className="px-4 py-3">
        {form(`publication.${item.publicationStatus}`)}
        {item.publicationStatus === 'scheduled' && item.publishAt && <> · {when(item.publishAt)}</>}
      </td>
      <td className="px-4 py-3">{item.missingLocales.length ? item.missingLocales.map((l) => dashboard(`locales.${l}`)).join(', ') : '—'}</td>
      <td className="px-4 py-3 whitespace-nowrap">{when(item.updatedAt)}</td>
    </>
  );
}
