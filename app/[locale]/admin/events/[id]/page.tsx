import { EventForm } from '@/components/admin/event-form';
import { eventFormOptions } from '@/components/admin/event-form-options';
import { recordEditPage, shownTranslation } from '@/components/admin/record-edit-page';
import { publicState } from '@/lib/publication/public-state';
import { formatPartialDateIso } from '@/lib/dates/partial-date';
import { getEventForEditing, parseEventId, type EventForEditing } from '@/lib/server/events/editing';
import { trashEventAction, updateEventAction } from '../actions';

const page = recordEditPage({
  namespace: 'AdminEvents',
  section: 'events',
  load: async (headers, locale, rawId) => {
    const id = parseEventId(rawId);
    const event = id === null ? null : await getEventForEditing(headers, id);
    if (!event) return null;
    const state = publicState(new Date(), event);
    return {
      id: event.id,
      version: event.version,
      title: shownTranslation(event.translations, locale)?.title ?? event.slug,
      state,
      publicHref: `/events/${event.slug}`,
      form: (
        <EventForm
          action={updateEventAction.bind(null, event.id)}
          initial={formValues(event)}
          options={await eventFormOptions(headers, locale, event)}
          currentVersionHref={`/${locale}/admin/events/${event.id}`}
          publicSlug={state.kind === 'public' ? event.slug : undefined}
        />
      ),
      trash: trashEventAction.bind(null, locale, event.id),
    };
  },
});

export const generateMetadata = page.generateMetadata;
export default page.Page;

/** The stored event as the form's field values (ticked boxes as "on", photos numbered in their order). */
function formValues(e: EventForEditing): Record<string, string> {
  const text = (v: string | null) => v ?? '';
  const values: Record<string, string> = {
    version: String(e.version),
    slug: e.slug,
    category: e.category,
    format: text(e.format),
    projectId: e.projectId === null ? '' : String(e.projectId),
    start: formatPartialDateIso({ date: e.startDate, precision: e.startPrecision }),
    end: e.endDate && e.endPrecision ? formatPartialDateIso({ date: e.endDate, precision: e.endPrecision }) : '',
    publicationStatus: e.publicationStatus,
    publishAt: e.publishAt?.toISOString() ?? '',
    unpublishAt: e.unpublishAt?.toISOString() ?? '',
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
