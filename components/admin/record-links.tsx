import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import type { PublicState } from '@/lib/publication/public-state';

/** The edit page's ways out: the preview always, the public page only while visitors can open it. */
export async function RecordLinks({ state, previewHref, publicHref }: { state: PublicState; previewHref: string; publicHref: string }) {
  const t = await getTranslations('AdminPreview');
  return (
    <p className="flex flex-wrap gap-4 text-sm font-medium">
      <Link href={previewHref} className="text-brand-700 underline dark:text-brand-100">
        {t('open')}
      </Link>
      {state.kind === 'public' && (
        <Link href={publicHref} className="text-brand-700 underline dark:text-brand-100">
          {t('viewPublic')}
        </Link>
      )}
    </p>
  );
}
