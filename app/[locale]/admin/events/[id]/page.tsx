import { EventForm } from '@/components/admin/event-form';
import { eventFormOptions } from '@/components/admin/event-form-options';
import { recordEditPage, shownTranslation } from '@/components/admin/record-edit-page';
import { publicState } from '@/lib/publication/public-state';
import { getEventForEditing, parseEventId } from '@/lib/server/events/editing';
import { eventFormValues } from '@/lib/forms/record-form-values';
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
          initial={eventFormValues(event)}
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
