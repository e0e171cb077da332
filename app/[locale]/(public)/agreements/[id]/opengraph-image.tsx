import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { getTranslations } from 'next-intl/server';
import { isAppLocale } from '@/i18n/routing';
import { untitledAgreement } from '@/components/agreements/agreement-name';
import { getAgreement } from '@/lib/server/agreements/permalink';
import { parseAgreementId } from '@/lib/agreements/permalink-id';
import { formatStoredDate } from '@/lib/format';
import { ogCard, ogSize } from '@/lib/server/og/card';

export const size = ogSize;
export const contentType = 'image/png';

/** The agreement's share card: its type, title, year signed and the two parties. */
export default async function Image({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const { locale, id: segment } = await params;
  await connection(); // drawn from the database on request, never at build time
  const id = parseAgreementId(segment);
  if (!isAppLocale(locale) || id === null) notFound();
  const agreement = await getAgreement(locale, id);
  if (!agreement) notFound();
  const common = await getTranslations({ locale, namespace: 'Common' });
  return ogCard(locale, {
    kind: common(`agreementType.${agreement.type}`),
    title: agreement.title?.text ?? (await untitledAgreement(agreement.type, agreement.partner.name.text)),
    date: formatStoredDate(agreement.signedOn, agreement.signedPrecision, locale),
    counterpart: agreement.partner.name.text,
  });
}
