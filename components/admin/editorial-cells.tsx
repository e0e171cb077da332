import { getLocale, getTranslations } from 'next-intl/server';
import { formatUtcDateTime } from '@/lib/format';
import type { PublicationStatus } from '@/lib/generated/prisma/enums';
import type { TranslationGaps } from '@/lib/translation-status';
import { translationGapsText } from './translation-gaps-text';

type Editorial = TranslationGaps & { publicationStatus: PublicationStatus; publishAt: Date | null; updatedAt: Date };

/** The last cells of every editor's list row: publication state, missing and outdated translations, last change (UTC). */
export async function EditorialCells({ item }: { item: Editorial }) {
  const [form, dashboard, locale] = await Promise.all([getTranslations('AdminForm'), getTranslations('AdminDashboard'), getLocale()]);
  const when = (date: Date) => formatUtcDateTime(date, locale);
  return (
    <>
      <td className="px-4 py-3">
        {form(`publication.${item.publicationStatus}`)}
        {item.publicationStatus === 'scheduled' && item.publishAt && <> · {when(item.publishAt)}</>}
      </td>
      <td className="px-4 py-3">{translationGapsText(dashboard, item) || '—'}</td>
      <td className="px-4 py-3 whitespace-nowrap">{when(item.updatedAt)}</td>
    </>
  );
}
