import { untitledAgreement } from '@/components/agreements/agreement-name';
import { getAgreement } from '@/lib/server/agreements/permalink';
import { parseAgreementId } from '@/lib/agreements/permalink-id';
import { formatStoredDate } from '@/lib/format';
import { ogSize, shareCard } from '@/lib/server/og/card';

export const size = ogSize;
export const contentType = 'image/png';

/** The agreement's share card: its type, title, year signed and the two parties. */
export default function Image({ params }: { params: Promise<{ locale: string; id: string }> }) {
  return shareCard(
    params,
    (locale, { id }) => {
      const parsed = parseAgreementId(id);
      return parsed === null ? Promise.resolve(null) : getAgreement(locale, parsed);
    },
    async (agreement, locale, common) => ({
      kind: common(`agreementType.${agreement.type}`),
      title: agreement.title?.text ?? (await untitledAgreement(agreement.type, agreement.partner.name.text)),
      date: formatStoredDate(agreement.signedOn, agreement.signedPrecision, locale),
      counterpart: agreement.partner.name.text,
    }),
  );
}
