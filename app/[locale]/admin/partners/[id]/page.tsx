import { PartnerForm } from '@/components/admin/partner-form';
import { partnerFormOptions } from '@/components/admin/partner-form-options';
import { recordEditPage, shownTranslation } from '@/components/admin/record-edit-page';
import { publicState } from '@/lib/publication/public-state';
import { getPartnerForEditing, type PartnerForEditing } from '@/lib/server/partners/editing';
import { trashPartnerAction, updatePartnerAction } from '../actions';

const page = recordEditPage({
  namespace: 'AdminPartners',
  section: 'partners',
  load: async (headers, locale, id) => {
    const partner = await getPartnerForEditing(headers, id);
    if (!partner) return null;
    const state = publicState(new Date(), partner);
    return {
      id: partner.id,
      version: partner.version,
      title: shownTranslation(partner.translations, locale)?.name ?? partner.slug,
      state,
      publicHref: `/partners/${partner.slug}`,
      form: (
        <PartnerForm
          action={updatePartnerAction.bind(null, partner.id)}
          initial={formValues(partner)}
          currentVersionHref={`/${locale}/admin/partners/${partner.id}`}
          publicSlug={state.kind === 'public' ? partner.slug : undefined}
          {...partnerFormOptions(locale)}
        />
      ),
      trash: trashPartnerAction.bind(null, locale, partner.id),
    };
  },
});

export const generateMetadata = page.generateMetadata;
export default page.Page;

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
    unpublishAt: p.unpublishAt?.toISOString() ?? '',
  };
  for (const t of p.translations) {
    values[`translations.${t.locale}.name`] = t.name;
    values[`translations.${t.locale}.regionName`] = text(t.regionName);
    values[`translations.${t.locale}.about`] = text(t.about);
  }
  return values;
}
