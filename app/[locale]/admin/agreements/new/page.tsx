import { adminSectionPage, type SectionBodyProps } from '@/components/admin/admin-section-page';
import { AgreementForm } from '@/components/admin/agreement-form';
import { agreementFormOptions } from '@/components/admin/agreement-form-options';
import { createAgreementAction } from '../actions';

const page = adminSectionPage({ namespace: 'AdminAgreements', heading: 'create' }, NewAgreement);

export const generateMetadata = page.generateMetadata;
export default page.Page;

async function NewAgreement({ locale, headers }: SectionBodyProps) {
  const initial = { type: 'twinning', publicationStatus: 'draft' };
  return (
    <AgreementForm
      action={createAgreementAction.bind(null, locale)}
      initial={initial}
      choices={await agreementFormOptions(headers, locale)}
      mediaHref={`/${locale}/admin/media`}
    />
  );
}
