import type { Metadata } from 'next';
import { Suspense } from 'react';
import { connection } from 'next/server';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { localeFromParams } from '@/i18n/locale-param';
import { Link } from '@/i18n/navigation';
import { AgreementForm } from '@/components/admin/agreement-form';
import { agreementFormOptions } from '@/components/admin/agreement-form-options';
import { ActionButton } from '@/components/admin/action-button';
import { RecordLinks } from '@/components/admin/record-links';
import { publicState } from '@/lib/publication/public-state';
import { formatPartialDateIso } from '@/lib/dates/partial-date';
import { parseAgreementId } from '@/lib/agreements/permalink-id';
import { requirePageActor } from '@/lib/server/auth/page-access';
import { getAgreementForEditing, type AgreementForEditing } from '@/lib/server/agreements/editing';
import { trashAgreementAction, updateAgreementAction } from '../actions';

export async function generateMetadata({ params }: PageProps<'/[locale]/admin/agreements/[id]'>): Promise<Metadata> {
  const t = await getTranslations({ locale: await localeFromParams(params), namespace: 'AdminAgreements' });
  return { title: t('edit'), robots: { index: false, follow: false } };
}

export default function EditAgreementPage({ params, searchParams }: PageProps<'/[locale]/admin/agreements/[id]'>) {
  return (
    <Suspense fallback={<div className="h-96 animate-pulse rounded-xl bg-slate-100 dark:bg-slate-900" />}>
      <EditAgreement params={params} searchParams={searchParams} />
    </Suspense>
  );
}

/** The stored agreement as the form's field values; history and links as numbered rows. */
function formValues(a: AgreementForEditing): Record<string, string> {
  const text = (v: string | number | null) => (v === null ? '' : String(v));
  const values: Record<string, string> = {
    version: String(a.version),
    partnerId: a.partnerId,
    type: a.type,
    status: text(a.status),
    signedOn: a.signedOn && a.signedPrecision ? formatPartialDateIso({ date: a.signedOn, precision: a.signedPrecision }) : '',
    sourceId: text(a.sourceId),
    documentId: text(a.documentId),
    publicationStatus: a.publicationStatus,
    publishAt: a.publishAt?.toISOString() ?? '',
  };
  for (const code of a.textLanguages) values[`textLanguages.${code}`] = 'on';
  for (const t of a.translations) {
    values[`translations.${t.locale}.title`] = t.title;
    values[`translations.${t.locale}.place`] = text(t.place);
    values[`translations.${t.locale}.signatories`] = text(t.signatories);
    values[`translations.${t.locale}.note`] = text(t.note);
  }
  a.statusHistory.forEach((h, i) => {
    values[`history.${i}.kind`] = h.kind;
    values[`history.${i}.date`] = formatPartialDateIso(h);
    values[`history.${i}.note`] = text(h.note);
  });
  a.linksFrom.forEach((l, i) => {
    values[`links.${i}.kind`] = l.kind;
    values[`links.${i}.toId`] = String(l.toId);
  });
  return values;
}

type Props = PageProps<'/[locale]/admin/agreements/[id]'>;

async function EditAgreement({ params, searchParams }: { params: Props['params']; searchParams: Props['searchParams'] }) {
  const locale = await localeFromParams(params);
  const { id } = await params;
  const justCreated = (await searchParams).saved === '1';
  await connection();
  const { headers } = await requirePageActor(locale, 'editor');
  const agreementId = parseAgreementId(id);
  const agreement = agreementId === null ? null : await getAgreementForEditing(headers, agreementId);
  if (!agreement) notFound();
  const [t, form, options] = await Promise.all([
    getTranslations({ locale, namespace: 'AdminAgreements' }),
    getTranslations({ locale, namespace: 'AdminForm' }),
    agreementFormOptions(headers, locale, {
      id: agreement.id,
      partnerId: agreement.partnerId,
      documentId: agreement.documentId,
      linkIds: agreement.linksFrom.map((l) => l.toId),
      textLanguages: agreement.textLanguages,
    }),
  ]);
  const title =
    agreement.translations.find((tr) => tr.locale === locale)?.title ??
    agreement.translations.find((tr) => tr.locale === 'ru')?.title ??
    t('untitled', { id: agreement.id });
  return (
    <div className="space-y-6">
      <header className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <Link href="/admin/agreements" className="text-sm font-medium text-brand-700 underline dark:text-brand-100">
            ← {t('title')}
          </Link>
          <h1 className="mt-2 text-3xl font-bold">{title}</h1>
        </div>
        <RecordLinks
          state={publicState(new Date(), agreement, agreement.partner)}
          previewHref={`/admin/agreements/${agreement.id}/preview`}
          publicHref={`/agreements/${agreement.id}`}
        />
      </header>
      {justCreated && (
        <p role="status" className="rounded-lg bg-emerald-50 p-3 font-medium text-emerald-900 dark:bg-emerald-950 dark:text-emerald-100">
          {form('saved')}
        </p>
      )}
      <AgreementForm
        action={updateAgreementAction.bind(null, agreement.id)}
        initial={formValues(agreement)}
        choices={options}
        currentVersionHref={`/${locale}/admin/agreements/${agreement.id}`}
        mediaHref={`/${locale}/admin/media`}
      />
      <div className="border-t border-slate-200 pt-6 dark:border-slate-800">
        <ActionButton
          action={trashAgreementAction.bind(null, locale, agreement.id)}
          label={form('trash')}
          confirmText={form('trashConfirm')}
          hidden={{ version: String(agreement.version) }}
          tone="danger"
        />
      </div>
    </div>
  );
}
