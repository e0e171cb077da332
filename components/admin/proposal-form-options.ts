import 'server-only';
import { getTranslations } from 'next-intl/server';
import { formatStoredDate } from '@/lib/format';
import { ProposalStage, ProposalVisibility } from '@/lib/generated/prisma/enums';
import { listAgreementsToLink } from '@/lib/server/agreements/editing';
import type { AppLocale } from '@/i18n/routing';

/** The choices of the proposal form with their labels, computed on the server; `agreementId` is the one already linked. */
export async function proposalFormOptions(headers: Headers, locale: AppLocale, agreementId: number | null = null) {
  const [t, common, agreements] = await Promise.all([
    getTranslations({ locale, namespace: 'AdminProposals' }),
    getTranslations({ locale, namespace: 'Common' }),
    listAgreementsToLink(headers, locale, { id: agreementId ?? -1 }),
  ]);
  return {
    stages: Object.values(ProposalStage).map((v) => ({ value: v, label: t(`stage.${v}`) })),
    visibilities: Object.values(ProposalVisibility).map((v) => ({ value: v, label: t(`visibility.${v}`) })),
    agreements: agreements.map((a) => ({
      value: String(a.id),
      label: t('agreementOption', {
        title: a.title ?? common(`agreementType.${a.type}`),
        partner: a.partnerName,
        date: formatStoredDate(a.signedOn, a.signedPrecision, locale) ?? common('notSpecified'),
      }),
    })),
  };
}

export type ProposalFormOptions = Awaited<ReturnType<typeof proposalFormOptions>>;
