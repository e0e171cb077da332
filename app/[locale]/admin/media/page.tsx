import { Suspense } from 'react';
import { connection } from 'next/server';
import { getTranslations } from 'next-intl/server';
import { localeFromParams } from '@/i18n/locale-param';
import { SectionPage } from '@/components/layout/section-page';
import { adminMetadata } from '@/components/admin/admin-section-page';
import { MediaLibrary } from '@/components/admin/media/media-library';
import { MediaUploadForm, type MediaFieldLabels } from '@/components/admin/media/media-upload-form';
import { Pager } from '@/components/ui/pager';
import { pageNumberSchema } from '@/lib/schemas/page-number';
import { requirePageActor } from '@/lib/server/auth/page-access';
import { listMediaForAdmin } from '@/lib/server/media/queries';
import type { AppLocale } from '@/i18n/routing';
import { trashMediaAction, updateMediaDetailsAction, uploadMediaAction } from './actions';

export const generateMetadata = ({ params }: PageProps<'/[locale]/admin/media'>) => adminMetadata(params, 'AdminMedia');

export default async function AdminMediaPage({ params, searchParams }: PageProps<'/[locale]/admin/media'>) {
  const locale = await localeFromParams(params);
  const t = await getTranslations({ locale, namespace: 'AdminMedia' });
  const detailLabels: Omit<MediaFieldLabels, 'file'> = {
    'alt.ru': t('fields.altRu'),
    'alt.kk': t('fields.altKk'),
    'alt.en': t('fields.altEn'),
    creditText: t('fields.creditText'),
    creditUrl: t('fields.creditUrl'),
  };
  const labels: MediaFieldLabels = { file: t('upload.file'), ...detailLabels };
  return (
    <SectionPage title={t('title')} lead={t('lead')}>
      <div className="space-y-10">
        <section aria-labelledby="media-upload" className="rounded-xl border border-slate-200 bg-slate-50 p-4 sm:p-6 dark:border-slate-800 dark:bg-slate-900">
          <h2 id="media-upload" className="mb-4 text-xl font-semibold">
            {t('upload.heading')}
          </h2>
          <MediaUploadForm
            action={uploadMediaAction}
            labels={labels}
            text={{ fileHint: t('upload.fileHint'), altHint: t('fields.altHint'), submit: t('upload.submit'), submitting: t('upload.submitting') }}
          />
        </section>
        <section aria-labelledby="media-library">
          <h2 id="media-library" className="mb-4 text-xl font-semibold">
            {t('library.heading')}
          </h2>
          <Suspense fallback={<p className="text-slate-600 dark:text-slate-400">{t('library.loading')}</p>}>
            <SignedInLibrary locale={locale} labels={detailLabels} searchParams={searchParams} />
          </Suspense>
        </section>
      </div>
    </SectionPage>
  );
}

async function SignedInLibrary({
  locale,
  labels,
  searchParams,
}: {
  locale: AppLocale;
  labels: Omit<MediaFieldLabels, 'file'>;
  searchParams: PageProps<'/[locale]/admin/media'>['searchParams'];
}) {
  await connection();
  const { headers } = await requirePageActor(locale, 'editor');
  const page = pageNumberSchema.parse((await searchParams).page);
  const library = await listMediaForAdmin(headers, page);
  return (
    <div className="space-y-6">
      <MediaLibrary
        items={library.items}
        total={library.total}
        locale={locale}
        labels={labels}
        actions={{ update: updateMediaDetailsAction, trash: trashMediaAction }}
      />
      <Pager pathname="/admin/media" query={{}} page={page} pageCount={library.pageCount} />
    </div>
  );
}
