import { getTranslations } from 'next-intl/server';
import { AgreementForm } from '@/components/admin/agreement-form';
import { agreementFormOptions } from '@/components/admin/agreement-form-options';
import { recordEditPage, shownTranslation } from '@/components/admin/record-edit-page';
import { publicState } from '@/lib/publication/public-state';
import { parseAgreementId } from '@/lib/agreements/permalink-id';
import { getAgreementForEditing } from '@/lib/server/agreements/editing';
import { agreementFormValues } from '@/lib/forms/record-form-values';
import { trashAgreementAction, updateAgreementAction } from '../actions';

const page = recordEditPage({
  namespace: 'AdminAgreements',
  section: 'agreements',
  load: async (headers, locale, id) => {
    const agreementId = parseAgreementId(id);
    const agreement = agreementId === null ? null : await getAgreementForEditing(headers, agreementId);
    if (!agreement) return null;
    const [t, options] = await Promise.all([
      getTranslations({ locale, namespace: 'AdminAgreements' }),
      agreementFormOptions(headers, locale, {
        id: agreement.id,
        partnerId: agreement.partnerId,
        documentId: agreement.documentId,
        linkIds: agreement.linksFrom.map((l) => l.toId),
        textLanguages: agreement.textLanguages,
      }),
    ]);
    return {
      id: agreement.id,
      version: agreement.version,
      title: shownTranslation(agreement.translations, locale)?.title ?? t('untitled', { id: agreement.id }),
      state: publicState(new Date(), agreement, agreement.partner),
      publicHref: `/agreements/${agreement.id}`,
      form: (
        <AgreementForm
          action={updateAgreementAction.bind(null, agreement.id)}
          initial={agreementFormValues(agreement)}
          choices={options}
          currentVersionHref={`/${locale}/admin/agreements/${agreement.id}`}
          mediaHref={`/${locale}/admin/media`}
        />
      ),
      trash: trashAgreementAction.bind(null, locale, agreement.id),
    };
  },
});

export const generateMetadata = page.generateMetadata;
export default page.Page;
