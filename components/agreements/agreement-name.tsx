import { getTranslations } from 'next-intl/server';
import { LocalizedText } from '@/components/ui/localized-text';
import type { LocalizedValue } from '@/lib/i18n/localized';
import type { AgreementType } from '@/lib/generated/prisma/enums';

type Named = { type: AgreementType; title: LocalizedValue | null };

/** How an agreement is named when it has no title of its own: "Friendship treaty with Eskişehir". */
export async function untitledAgreement(type: AgreementType, partnerName: string | undefined): Promise<string> {
  const [t, common] = await Promise.all([getTranslations('Agreement'), getTranslations('Common')]);
  return partnerName ? t('untitled', { type: common(`agreementType.${type}`), partner: partnerName }) : common(`agreementType.${type}`);
}

/** An agreement's title, or its type and partner when the record has no title. */
export async function AgreementName({ agreement, partnerName }: { agreement: Named; partnerName: string | undefined }) {
  if (agreement.title) return <LocalizedText value={agreement.title} />;
  return <>{await untitledAgreement(agreement.type, partnerName)}</>;
}
