import type { Metadata } from 'next';
import { Suspense } from 'react';
import { connection } from 'next/server';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { localeFromParams } from '@/i18n/locale-param';
import { Link } from '@/i18n/navigation';
import { EventForm } from '@/components/admin/event-form';
import { eventFormOptions } from '@/components/admin/event-form-options';
import { ActionButton } from '@/components/admin/action-button';
import { RecordLinks } from '@/components/admin/record-links';
import { publicState } from '@/lib/publication/public-state';
import { formatPartialDateIso } from '@/lib/dates/partial-date';
import { requirePageActor } from '@/lib/server/auth/page-access';
import { getEventForEditing, parseEventId, type EventForEditing } from '@/lib/server/events/editing';
import { trashEventAction, updateEventAction } from '../actions';

export async function generateMetadata({ params }: PageProps<'/[locale]/admin/events/[id]'>): Promise<Metadata> {
  const t = await getTranslations({ locale: await localeFromParams(params), namespace: 'AdminEvents' });
  return { title: t('edit'), robots: { index: false, follow: false } };
}

export default function EditEventPage({ params }: PageProps<'/[locale]/admin/events/[id]'>) {
  return (
    <Suspense fallback={<div className="h-96 animate-pulse rounded-xl bg-slate-100 dark:bg-slate-900" />}>
      <EditEvent params={params} />
    </Suspense>
  );
}

/** The stored event as the form's field values (ticked boxes as "on", photos numbered in their order). */
function formValues(e: EventForEditing): Record<string, string> {
  const text = (v: string | null) => v ?? '';
  const values: Record<string, string> = {
    version: String(e.version),
    slug: e.slug,
    category: e.category,
    format: text(e.format),
    start: formatPartialDateIso({ date: e.startDate, precision: e.startPrecision }),
    end: e.endDate && e.endPrecision ? formatPartialDateIso({ date: e.endDate, precision: e.endPrecision }) : '',
    publicationStatus: e.publicationStatus,
    publishAt: e.publishAt?.toISOString() ?? '',
  };
  for (const t of e.translations) {
    values[`translations.${t.locale}.title`] = t.title;
    values[`translations.${t.locale}.body`] = text(t.body);
    values[`translations.${t.locale}.location`] = text(t.location);
  }
  for (const p of e.partners) values[`partners.${p.partnerId}`] = 'on';
  for (const s of e.sources) values[`sources.${s.sourceId}`] = 'on';
  e.photos.forEach((p, i) => {
    values[`photos.${p.mediaId}`] = 'on';
    values[`photoOrder.${p.mediaId}`] = String(i + 1);
  });
  return values;
}

async function EditEvent({ params }: { params: PageProps<'/[locale]/admin/events/[id]'>['params'] }) {
  const locale = await localeFromParams(params);
  const id = parseEventId((await params).id);
  await connection();
  const { headers } = await requirePageActor(locale, 'editor');
  const event = id === null ? null : await getEventForEditing(headers, id);
  if (!event) notFound();
  const [t, form, options] = await Promise.all([
    getTranslations({ locale, namespace: 'AdminEvents' }),
    getTranslations({ locale, namespace: 'AdminForm' }),
    eventFormOptions(headers, locale, event.id),
  ]);
  const title = event.translations.find((tr) => tr.locale === locale)?.title ?? event.translations.find((tr) => tr.locale === 'ru')?.title ?? event.slug;
  return (
    <div className="space-y-6">
      <header className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <Link href="/admin/events" className="text-sm font-medium text-brand-700 underline dark:text-brand-100">
            ← {t('title')}
          </Link>
          <h1 className="mt-2 text-3xl font-bold">{title}</h1>
        </div>
        <RecordLinks state={publicState(new Date(), event)} previewHref={`/admin/events/${event.id}/preview`} publicHref={`/events/${event.slug}`} />
      </header>
      <EventForm
        action={updateEventAction.bind(null, event.id)}
        initial={formValues(event)}
        options={options}
        currentVersionHref={`/${locale}/admin/events/${event.id}`}
      />
      <div className="border-t border-slate-200 pt-6 dark:border-slate-800">
        <ActionButton
          action={trashEventAction.bind(null, locale, event.id)}
          label={form('trash')}
          confirmText={form('trashConfirm')}
          hidden={{ version: String(event.version) }}
          tone="danger"
        />
      </div>
    </div>
  );
}
