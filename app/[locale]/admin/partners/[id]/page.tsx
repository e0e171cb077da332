import type { Metadata } from 'next';
import { Suspense } from 'react';
import { connection } from 'next/server';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { localeFromParams } from '@/i18n/locale-param';
import { Link } from '@/i18n/navigation';
import { PartnerForm } from '@/components/admin/partner-form';
import { partnerFormOptions } from '@/components/admin/partner-form-options';
import { ActionButton } from '@/components/admin/action-button';
import { RecordLinks } from '@/components/admin/record-links';
import { publicState } from '@/lib/publication/public-state';
import { requirePageActor } from '@/lib/server/auth/page-access';
import { getPartnerForEditing, type PartnerForEditing } from '@/lib/server/partners/editing';
import { trashPartnerAction, updatePartnerAction } from '../actions';

export async function generateMetadata({ params }: PageProps<'/[locale]/admin/partners/[id]'>): Promise<Metadata> {
  const t = await getTranslations({ locale: await localeFromParams(params), namespace: 'AdminPartners' });
  return { title: t('edit'), robots: { index: false, follow: false } };
}

export default function EditPartnerPage({ params, searchParams }: PageProps<'/[locale]/admin/partners/[id]'>) {
  return (
    <Suspense fallback={<div className="h-96 animate-pulse rounded-xl bg-slate-100 dark:bg-slate-900" />}>
      <EditPartner params={params} searchParams={searchParams} />
    </Suspense>
  );
}

/** The stored partner as the form's field values. */
function formValues(p: PartnerForEditing): Record<string, string> {
  const text = (v: unknown) => (v === null || v === undefined ? '' : String(v));
  const values: Record<string, string> = {
    version: String(p.version),
    slug: p.slug,
    kind: p.kind,
    status: p.status,
    countryCode: p.countryCode,
    latitude: text(p.latitude),
    longitude: text(p.longitude),
    foundedYear: text(p.foundedYear),
    population: text(p.population),
    populationYear: text(p.populationYear),
    areaKm2: text(p.areaKm2),
    areaYear: text(p.areaYear),
    timeZone: text(p.timeZone),
    websiteUrl: text(p.websiteUrl),
    publicationStatus: p.publicationStatus,
    publishAt: p.publishAt?.toISOString() ?? '',
  };
  for (const t of p.translations) {
    values[`translations.${t.locale}.name`] = t.name;
    values[`translations.${t.locale}.regionName`] = text(t.regionName);
    values[`translations.${t.locale}.about`] = text(t.about);
  }
  return values;
}

type Props = PageProps<'/[locale]/admin/partners/[id]'>;

async function EditPartner({ params, searchParams }: { params: Props['params']; searchParams: Props['searchParams'] }) {
  const locale = await localeFromParams(params);
  const { id } = await params;
  const justCreated = (await searchParams).saved === '1';
  await connection();
  const { headers } = await requirePageActor(locale, 'editor');
  const partner = await getPartnerForEditing(headers, id);
  if (!partner) notFound();
  const [t, form] = await Promise.all([getTranslations({ locale, namespace: 'AdminPartners' }), getTranslations({ locale, namespace: 'AdminForm' })]);
  const name = partner.translations.find((tr) => tr.locale === locale)?.name ?? partner.translations.find((tr) => tr.locale === 'ru')?.name ?? partner.slug;
  return (
    <div className="space-y-6">
      <header className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <Link href="/admin/partners" className="text-sm font-medium text-brand-700 underline dark:text-brand-100">
            ← {t('title')}
          </Link>
          <h1 className="mt-2 text-3xl font-bold">{name}</h1>
        </div>
        <RecordLinks state={publicState(new Date(), partner)} previewHref={`/admin/partners/${partner.id}/preview`} publicHref={`/partners/${partner.slug}`} />
      </header>
      {justCreated && (
        <p role="status" className="rounded-lg bg-emerald-50 p-3 font-medium text-emerald-900 dark:bg-emerald-950 dark:text-emerald-100">
          {form('saved')}
        </p>
      )}
      <PartnerForm
        action={updatePartnerAction.bind(null, partner.id)}
        initial={formValues(partner)}
        currentVersionHref={`/${locale}/admin/partners/${partner.id}`}
        {...partnerFormOptions(locale)}
      />
      <div className="border-t border-slate-200 pt-6 dark:border-slate-800">
        <ActionButton
          action={trashPartnerAction.bind(null, locale, partner.id)}
          label={form('trash')}
          confirmText={form('trashConfirm')}
          hidden={{ version: String(partner.version) }}
          tone="danger"
        />
      </div>
    </div>
  );
}
