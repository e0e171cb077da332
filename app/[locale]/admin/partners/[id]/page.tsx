import { PartnerForm } from '@/components/admin/partner-form';
import { partnerFormOptions } from '@/components/admin/partner-form-options';
import { recordEditPage, shownTranslation } from '@/components/admin/record-edit-page';
import { publicState } from '@/lib/publication/public-state';
import { getPartnerForEditing } from '@/lib/server/partners/editing';
import { partnerFormValues } from '@/lib/forms/record-form-values';
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
          initial={partnerFormValues(partner)}
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
