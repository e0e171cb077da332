import { adminSectionPage, type SectionBodyProps } from '@/components/admin/admin-section-page';
import { PartnerForm } from '@/components/admin/partner-form';
import { partnerFormOptions } from '@/components/admin/partner-form-options';
import { createPartnerAction } from '../actions';

const page = adminSectionPage({ namespace: 'AdminPartners', heading: 'create' }, NewPartner);

export const generateMetadata = page.generateMetadata;
export default page.Page;

async function NewPartner({ locale }: SectionBodyProps) {
  const initial = { kind: 'city', status: 'active', publicationStatus: 'draft' };
  return <PartnerForm action={createPartnerAction.bind(null, locale)} initial={initial} {...partnerFormOptions(locale)} />;
}
