import { getTranslations } from 'next-intl/server';
import { AgreementForm } from '@/components/admin/agreement-form';
import { agreementFormOptions } from '@/components/admin/agreement-form-options';
import { recordEditPage, shownTranslation } from '@/components/admin/record-edit-page';
import { publicState } from '@/lib/publication/public-state';
import { formatPartialDateIso } from '@/lib/dates/partial-date';
import { parseAgreementId } from '@/lib/agreements/permalink-id';
import { getAgreementForEditing, type AgreementForEditing } from '@/lib/server/agreements/editing';
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
          initial={formValues(agreement)}
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
    unpublishAt: a.unpublishAt?.toISOString() ?? '',
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
